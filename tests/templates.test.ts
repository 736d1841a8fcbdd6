import { expect } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { heading } from '../src/templates/heading.js';
import { emergencyTemplate, reachOutTemplate, regionControlTemplate, resourceTemplate } from '../src/templates/help.js';
import type { EssayView, RegionControl } from '../src/model/view.js';
import { essayTemplate } from '../src/templates/essay.js';
import { textOf } from './support/helpers.js';

/** Renders a template into a fresh element, as the card's shadow root would hold it. */
function shown(template: TemplateResult): HTMLElement {
  const host = document.createElement('div');
  render(template, host);
  return host;
}

describe("the card's templates, given plain data", () => {
  describe('a heading', () => {
    it('is written at the level asked for, with only the attributes given', () => {
      const h = shown(heading(3, { className: 'title', id: 'title', lang: 'en' }, 'Words')).firstElementChild!;
      expect(h.localName).to.equal('h3');
      expect([h.id, h.className, h.getAttribute('lang'), h.hasAttribute('part'), textOf(h)]).to.deep.equal([
        'title',
        'title',
        'en',
        false,
        'Words',
      ]);
    });

    it('stays a heading below level 6 and above level 1', () => {
      expect(shown(heading(9, { className: 'x' }, '')).firstElementChild!.localName).to.equal('h6');
      expect(shown(heading(0, { className: 'x' }, '')).firstElementChild!.localName).to.equal('h1');
    });
  });

  describe('the step for immediate danger', () => {
    it('leads to one button that calls the number, named as the emergency services', () => {
      const step = shown(
        emergencyTemplate({
          lead: 'In danger?',
          call: { label: 'Call 999', service: 'emergency services', href: 'tel:999' },
          unknown: 'Call your local number.',
        }),
      );
      expect(textOf(step.querySelector('.emergency-lead'))).to.equal('In danger?');
      const call = step.querySelector('a')!;
      expect([textOf(call), call.getAttribute('href')]).to.deep.equal(['Call 999', 'tel:999']);
      expect(call.getAttribute('aria-label')).to.equal('Call 999, emergency services');
    });

    it('says what to do, with no button, where the number is unknown', () => {
      const step = shown(emergencyTemplate({ lead: 'In danger?', unknown: 'Call your local number.' }));
      expect([textOf(step), step.querySelector('a')]).to.deep.equal(['Call your local number.', null]);
    });
  });

  describe('the region control', () => {
    const regions = [
      { code: 'DE', name: 'Germany' },
      { code: 'JP', name: 'Japan' },
    ];
    /** The control showing Japan, reached by the reader or not, with its handlers. */
    const japanShown = (given: Pick<RegionControl, 'reached'> & Partial<RegionControl>) =>
      shown(
        regionControlTemplate({
          label: 'Help for',
          anywhere: 'Anywhere',
          options: regions,
          selected: 'JP',
          onChange: () => undefined,
          onReach: () => undefined,
          ...given,
        }),
      );

    it('holds only "anywhere" and the region shown until the reader reaches it, and says so when they do', () => {
      let reached = 0;
      const control = japanShown({ reached: false, onReach: () => reached++ });
      const select = control.querySelector('select')!;
      expect([...select.options].map((option) => option.textContent)).to.deep.equal(['Anywhere', 'Japan']);
      expect(select.value).to.equal('JP');
      select.dispatchEvent(new Event('pointerdown'));
      document.body.append(control);
      try {
        select.focus();
      } finally {
        control.remove();
      }
      expect(reached).to.equal(2);
    });

    it('offers "anywhere" then the regions in the order given, with the one shown selected, and reports a choice', () => {
      let chosen = '';
      const control = japanShown({
        reached: true,
        onChange: (event) => (chosen = (event.currentTarget as HTMLSelectElement).value),
      });
      const select = control.querySelector('select')!;
      expect([...select.options].map((option) => option.textContent)).to.deep.equal(['Anywhere', 'Germany', 'Japan']);
      expect(select.value).to.equal('JP');
      select.value = 'DE';
      select.dispatchEvent(new Event('change'));
      expect(chosen).to.equal('DE');
    });
  });

  describe('a place to get help', () => {
    const place = shown(
      resourceTemplate(
        {
          name: 'よりそいホットライン',
          nameLang: 'ja',
          description: 'Línea gratuita.',
          descriptionLang: 'es',
          facts: ['Horario: las 24 horas, todos los días'],
          actions: [
            { kind: 'call', href: 'tel:0120279338', label: 'Llamar al 0120-279-338', external: false, primary: true },
            {
              kind: 'website',
              href: 'https://example.org/',
              label: 'Visitar el sitio web',
              printed: 'https://example.org/',
              external: true,
              primary: false,
            },
          ],
        },
        4,
      ),
    );

    it("names it at the level given, in the name's own language", () => {
      const name = place.querySelector('h4')!;
      expect([textOf(name), name.getAttribute('lang')]).to.deep.equal(['よりそいホットライン', 'ja']);
    });

    it("describes it in the description's language, with its facts", () => {
      expect(place.querySelector('.description')!.getAttribute('lang')).to.equal('es');
      expect(textOf(place.querySelector('.meta'))).to.equal('Horario: las 24 horas, todos los días');
    });

    it('links each way to reach it, and sends no referrer to other sites', () => {
      const [call, website] = place.querySelectorAll('a');
      expect([call.getAttribute('href'), call.hasAttribute('rel'), call.getAttribute('part')]).to.deep.equal([
        'tel:0120279338',
        false,
        'action action-call',
      ]);
      expect([
        website.getAttribute('rel'),
        website.getAttribute('referrerpolicy'),
        website.dataset.print,
      ]).to.deep.equal(['noopener noreferrer', 'no-referrer', 'https://example.org/']);
    });
  });

  describe('the reach-out offer', () => {
    it('shows the message, links it as a text, and copies it on a press', () => {
      let copies = 0;
      const offer = shown(
        reachOutTemplate(
          {
            heading: 'Reach out',
            intro: 'Send this.',
            message: 'Can we talk?',
            textLabel: 'Send',
            textHref: 'sms:?&body=Can%20we%20talk%3F',
            copyLabel: 'Copy',
            status: 'Copied.',
            onCopy: () => copies++,
          },
          3,
        ),
      );
      expect(textOf(offer.querySelector('blockquote'))).to.equal('Can we talk?');
      expect(offer.querySelector('a')!.getAttribute('href')).to.equal('sms:?&body=Can%20we%20talk%3F');
      offer.querySelector('button')!.click();
      expect([copies, textOf(offer.querySelector('.copy-status'))]).to.deep.equal([1, 'Copied.']);
    });
  });

  describe('the essay', () => {
    const calls: string[] = [];
    const view: EssayView = {
      sections: [
        { id: 'one', heading: 'First', paragraphs: ['A.', 'B.'], open: true },
        { id: 'two', heading: 'Second', paragraphs: ['C.'], open: false },
      ],
      level: 2,
      lang: 'fr',
      byline: 'Par Marisa Donnelly.',
      sourceLinkLabel: 'Lire sur Thought Catalog',
      toggleAllLabel: 'Tout déplier',
      headingsNote: 'Note.',
      onToggleAll: () => calls.push('all'),
      onToggle: () => calls.push('toggle'),
      onSectionButton: () => calls.push('section'),
    };

    it("keeps the essay in English and the card's own words in the card's language", () => {
      const essay = shown(essayTemplate(view));
      expect(essay.querySelector('.essay')!.getAttribute('lang')).to.equal('en');
      expect(essay.querySelector('.toggle-all')!.closest('[lang]')!.getAttribute('lang')).to.equal('fr');
      expect(essay.querySelector('.title')!.closest('[lang]')!.getAttribute('lang')).to.equal('en');
    });

    it('puts the title, byline and "Expand all" together above the sections', () => {
      const essay = shown(essayTemplate(view));
      const header = essay.querySelector('header')!;
      expect([
        textOf(header.querySelector('h2')),
        textOf(header.querySelector('.byline')),
        textOf(header.querySelector('button')),
      ]).to.deep.equal([
        'It’s Okay To Ask For Help, You Know',
        'Par Marisa Donnelly. Lire sur Thought Catalog',
        'Tout déplier',
      ]);
      expect(header.nextElementSibling!.firstElementChild!.localName).to.equal('h3');
    });

    it('gives each section a heading, its paragraphs, and the open state asked for', () => {
      const essay = shown(essayTemplate(view));
      expect([...essay.querySelectorAll('h3')].map(textOf)).to.deep.equal(['First', 'Second']);
      expect([...essay.querySelectorAll('details')].map((details) => details.open)).to.deep.equal([true, false]);
      expect([...essay.querySelectorAll('details')[0].querySelectorAll('p')].map(textOf)).to.deep.equal(['A.', 'B.']);
    });

    it("reports the reader's presses", () => {
      const essay = shown(essayTemplate(view));
      calls.length = 0;
      essay.querySelector<HTMLButtonElement>('.toggle-all')!.click();
      essay.querySelector<HTMLButtonElement>('h3 button')!.click();
      expect(calls.slice(0, 2)).to.deep.equal(['all', 'section']);
    });
  });
});
