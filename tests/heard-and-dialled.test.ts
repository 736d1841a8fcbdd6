import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { STATUS_CLEARED_AFTER_MS } from '../src/controllers/status-controller.js';
import '../src/index.js';
import type { AskForHelpCard } from '../src/index.js';
import { httpHref, mailtoHref, telHref } from '../src/model/links.js';
import { accessibilityTree, textOf, view, withWarnings } from './support/helpers.js';
import { emergencyLine, links, resourceNames } from './support/queries.js';

/** A card with a site's own lines (and any other attributes), rendered. */
async function cardWith(resources: unknown[], extra = html``): Promise<AskForHelpCard> {
  const wrapper = await fixture<HTMLElement>(
    html`<div><ask-for-help-card .resources=${resources}></ask-for-help-card>${extra}</div>`,
  );
  const el = wrapper.querySelector('ask-for-help-card')!;
  await el.updateComplete;
  return el;
}

/** Waits for the card's observers and timers to act, and for the update they ask for. */
async function settled(el: AskForHelpCard, ms = 0): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
  await el.updateComplete;
}

/** Text as a reader sees it laid out: the visible order of its characters, left to right. */
function seenInOrder(element: Element): string {
  const range = document.createRange();
  const characters: { x: number; character: string }[] = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    for (let index = 0; index < text.length; index++) {
      if (!/\S/.test(text[index]) || /[\u2066-\u2069]/.test(text[index])) continue;
      range.setStart(node, index);
      range.setEnd(node, index + 1);
      const box = range.getBoundingClientRect();
      if (box.width > 0) characters.push({ x: box.left, character: text[index] });
    }
  }
  return characters
    .sort((a, b) => a.x - b.x)
    .map((c) => c.character)
    .join('');
}

describe('what a link shows is what it does', () => {
  describe('when a keyword or number holds a direction-changing character', () => {
    it("never lets it reverse the card's words: the keyword is dropped, with a warning", async () => {
      await withWarnings(async (warnings) => {
        const el = await cardWith([{ name: 'Line', sms: '12345', smsBody: '\u202eHELP' }]);
        const [text] = links(el);
        expect(text).to.deep.equal({ label: 'Text 12345', href: 'sms:12345' });
        expect(seenInOrder(view(el).querySelector('[part~="action-text"]')!)).to.equal('Text12345');
        expect(warnings.messages).to.deep.equal([
          '<ask-for-help-card>: resources[0].smsBody "\u202eHELP" has invisible or direction-changing characters; field dropped',
        ]);
      });
    });

    it("keeps a site's words in order after a value that holds a bidi override", async () => {
      // A site's own string may put a value first; the value's override must end with it.
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <ask-for-help-card
            .strings=${{ hours: '{hours} (opening times)' }}
            .resources=${[{ name: 'Line', phone: '1201', hours: '\u202eNights' }]}
          ></ask-for-help-card>
        </div>`,
      );
      const el = wrapper.querySelector('ask-for-help-card')!;
      await el.updateComplete;
      const hours = [...view(el).querySelectorAll('.meta span')].find((span) => span.textContent!.includes('opening'))!;
      expect(seenInOrder(hours).endsWith('(openingtimes)')).to.equal(true);
    });

    it('drops a number, address or web address with a zero-width or bidi character in it', () => {
      expect(telHref('116\u200b123')).to.equal(undefined);
      expect(mailtoHref('help\u202e@example.org')).to.equal(undefined);
      expect(httpHref('https://exa\u200bmple.org/')).to.equal(undefined);
      expect(httpHref('https://example.org/\u202ehelp')).to.equal(undefined);
    });
  });

  describe('when a phone field holds two numbers, or a trunk prefix', () => {
    for (const [written, why] of [
      ['116 123 / 999', 'a slash'],
      ['116 123\u2028999', 'a line separator'],
      ['116 123\u3000999', 'an ideographic space'],
      ['116 123  999', 'two spaces'],
      ['116 123\n999', 'a line break'],
      ['0800 111 0 111 - 0800 111 0 222', 'a spaced dash'],
      ['116 123 - 116 111', 'a dash with spaces around it'],
      ['116 123 -116 111', 'a dash with a space before it'],
    ] as const) {
      it(`never dials two numbers joined by ${why}: the call is dropped, with a warning`, async () => {
        await withWarnings(async (warnings) => {
          const el = await cardWith([{ name: 'Line', phone: written, url: 'https://example.org' }]);
          expect(links(el).map((link) => link.href)).to.deep.equal(['https://example.org/']);
          expect(warnings.messages[0]).to.contain('resources[0].phone');
          expect(warnings.messages[0]).to.contain('is not one phone number');
        });
      });
    }

    it('dials a trunk prefix written with spaces, ( 0 ), as a person does, without the 0', () => {
      expect(telHref('+44 ( 0 ) 20 7946 0958')).to.equal('tel:+442079460958');
      expect(telHref('+44 (0) 20 7946 0958')).to.equal('tel:+442079460958');
    });

    it('makes no call link from a trunk prefix with no country code before it or no number after it', async () => {
      for (const written of ['+(0)', '+1 (0)', '+ (0) 20 7946 0958'])
        expect(telHref(written), written).to.equal(undefined);
      await withWarnings(async (warnings) => {
        const el = await cardWith([{ name: 'Line', phone: '+1 (0)', url: 'https://example.org' }]);
        expect(links(el).map((link) => link.href)).to.deep.equal(['https://example.org/']);
        expect(warnings.messages[0]).to.contain('resources[0].phone "+1 (0)" is not one phone number');
      });
    });

    it('dials +44 (0)20 7946 0958 as a person does, without the 0 after the country code', () => {
      expect(telHref('+44 (0)20 7946 0958')).to.equal('tel:+442079460958');
      expect(telHref('(0)20 7946 0958')).to.equal('tel:02079460958');
      expect(telHref('(555) 555-1234')).to.equal('tel:5555551234');
      expect(telHref('0800\u00a0111\u00a00\u00a0111')).to.equal('tel:08001110111');
    });
  });

  describe("when a site's words name a number of their own", () => {
    it('ignores a call button that would name one number and dial another, with a warning', async () => {
      await withWarnings(async (warnings) => {
        const wrapper = await fixture<HTMLElement>(
          html`<div>
            <ask-for-help-card
              region="US"
              .strings=${{ emergencyCall: 'Call 999', call: 'Call 988 now' }}
            ></ask-for-help-card>
          </div>`,
        );
        const el = wrapper.querySelector('ask-for-help-card')!;
        await el.updateComplete;
        expect(emergencyLine(el).href).to.equal('tel:911');
        expect(view(el).querySelector('[part="emergency-call"]')!.getAttribute('aria-label')).to.equal(
          'Call 911, emergency services',
        );
        expect(links(el)[0]).to.deep.equal({ label: 'Call 988', href: 'tel:988' });
        expect(warnings.messages).to.deep.equal([
          '<ask-for-help-card>: 2 problems with its configuration:\n' +
            '  strings.emergencyCall "Call 999" does not fill {number} as the card\'s own does; ignored\n' +
            '  strings.call "Call 988 now" does not fill {phone} as the card\'s own does; ignored',
        ]);
      });
    });

    it('ignores day names that are not seven, so hours never name a day that is not there', async () => {
      await withWarnings(async (warnings) => {
        const el = await fixture<AskForHelpCard>(
          html`<ask-for-help-card region="CR" .strings=${{ weekdays: 'Mon Tue Wed Thu Fri Sat' }}></ask-for-help-card>`,
        );
        const meta = [...view(el).querySelectorAll('.meta')].map(textOf).join(' ');
        expect(meta).to.contain('14:00–22:00, Monday to Friday; 09:00–16:00 on Saturdays');
        expect(warnings.messages).to.deep.equal([
          '<ask-for-help-card>: strings.weekdays does not name seven days; ignored',
        ]);
      });
    });

    it('ignores an empty or invisible word, so that no link is left without a name', async () => {
      await withWarnings(async (warnings) => {
        const el = await fixture<AskForHelpCard>(
          html`<ask-for-help-card region="GB" .strings=${{ call: '', emergencyCall: '\u200b\u200b' }}></ask-for-help-card>`,
        );
        expect(links(el)[0].label).to.equal('Call 116 123');
        expect(textOf(view(el).querySelector('[part="emergency-call"]'))).to.equal('Call 999');
        expect(warnings.messages[0]).to.contain('strings.call is empty or invisible; ignored');
      });
    });
  });

  describe('when an address holds what a link would read otherwise', () => {
    it('encodes a # in an email address, so the message goes to the whole address', () => {
      expect(mailtoHref('help#desk@example.org')).to.equal('mailto:help%23desk@example.org');
    });

    it('drops an address with a look-alike at sign', () => {
      expect(mailtoHref('help\uff20example.org')).to.equal(undefined);
      expect(mailtoHref('help\uff20evil.example@example.org')).to.equal(undefined);
    });

    it('drops a web address with a user part, which opens another site than it seems to', async () => {
      await withWarnings(async (warnings) => {
        const el = await cardWith([
          { name: 'Line', phone: '116 123', url: 'https://realsite.org@evil.example/', chatUrl: 'https://u:p@x.org/' },
        ]);
        expect(links(el).map((link) => link.href)).to.deep.equal(['tel:116123']);
        expect(warnings.messages[0]).to.contain(
          'resources[0].url "https://realsite.org@evi…" has a user part before an @, which hides where it leads; link dropped',
        );
      });
    });
  });

  describe('when a value is empty, invisible, cut or huge', () => {
    it('drops a place whose name is only invisible characters', async () => {
      await withWarnings(async (warnings) => {
        const el = await cardWith([
          { name: '\u200b\u200b', phone: '1' },
          { name: 'Real line', phone: '2' },
        ]);
        expect(resourceNames(el)).to.deep.equal(['Real line']);
        expect(warnings.messages[0]).to.contain('resources[0].name is empty or invisible; entry dropped');
      });
    });

    it('never cuts an emoji in half at the length limit', async () => {
      const el = await cardWith([{ name: `${'a'.repeat(298)}😀 and more`, phone: '1' }]);
      const name = resourceNames(el)[0];
      expect(name.endsWith('a…')).to.equal(true);
      expect(/[\ud800-\udbff](?![\udc00-\udfff])/.test(name)).to.equal(false);
    });

    it('offers the default message for an empty reach-out-message', async () => {
      await withWarnings(async (warnings) => {
        const el = await fixture<AskForHelpCard>(html`<ask-for-help-card reach-out-message=""></ask-for-help-card>`);
        expect(textOf(view(el).querySelector('[part="reach-out-message"]'))).to.equal(
          'I am having a hard time right now. Could we talk?',
        );
        expect(warnings.messages).to.deep.equal([
          '<ask-for-help-card>: reachOutMessage is empty; using the default message',
        ]);
      });
    });

    it('opens the first section when open-sections names no section at all', async () => {
      await withWarnings(async (warnings) => {
        const el = await fixture<AskForHelpCard>(html`<ask-for-help-card open-sections="ALL"></ask-for-help-card>`);
        const open = [...view(el).querySelectorAll('details')].map((d) => d.open);
        expect(open).to.deep.equal([true, false, false, false, false, false]);
        expect(warnings.messages[0]).to.contain('open-sections names "ALL", which is not a section');
      });
    });

    it('echoes a megabyte of region in a warning of a line', async () => {
      await withWarnings(async (warnings) => {
        await fixture<AskForHelpCard>(html`<ask-for-help-card region=${'x'.repeat(1_000_000)}></ask-for-help-card>`);
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0].length).to.be.below(200);
      });
    });
  });
});

describe('what a screen reader hears is what a reader needs', () => {
  describe('in Switzerland, where the emergency number and the help line differ by one digit', () => {
    it('names the emergency link as the emergency services, in each language', async () => {
      for (const [lang, name] of [
        ['en', 'Call 144, emergency services'],
        ['es', 'Llamar al 144, servicios de emergencia'],
        ['fr', 'Appeler le 144, services d’urgence'],
      ]) {
        const el = await fixture<AskForHelpCard>(
          html`<ask-for-help-card region="CH" lang=${lang}></ask-for-help-card>`,
        );
        const call = view(el).querySelector('[part="emergency-call"]')!;
        expect(call.getAttribute('aria-label'), lang).to.equal(name);
        expect(name.startsWith(textOf(call)), `${lang}: the name begins with the words shown`).to.equal(true);
        expect(links(el)[0].label, lang).to.not.contain('emergency');
      }
    });

    it("exposes that name in the engine's accessibility tree", async function () {
      await fixture<AskForHelpCard>(html`<ask-for-help-card region="CH"></ask-for-help-card>`);
      const tree = await accessibilityTree(this);
      const linkNames = tree.filter((node) => node.role === 'link').map((node) => node.name);
      expect(linkNames).to.include('Call 144, emergency services');
      expect(linkNames).to.include('Call 143');
    });
  });

  describe('on a page in a language the card does not ship', () => {
    it('marks its English words as English, and writes its date and region names in English', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="de"><ask-for-help-card region="AT"></ask-for-help-card></div>`,
      );
      const el = wrapper.querySelector('ask-for-help-card')!;
      const language = (selector: string) => view(el).querySelector(selector)!.closest('[lang]')!.getAttribute('lang');
      expect(language('.help-heading')).to.equal('en');
      expect(language('[part="emergency-call"]')).to.equal('en');
      expect(textOf(view(el).querySelector('.checked'))).to.equal('Details checked December 5, 2026.');
      expect(view(el).querySelector('select')!.selectedOptions[0].textContent).to.equal('Austria');
    });

    it("gives the engine's accessibility tree the card's English words", async function () {
      await fixture<HTMLElement>(html`<div lang="de"><ask-for-help-card region="AT"></ask-for-help-card></div>`);
      const tree = await accessibilityTree(this);
      expect(tree.some((node) => node.role === 'heading' && node.name === 'Talk to someone now')).to.equal(true);
      expect(tree.some((node) => node.role === 'link' && node.name === 'Call 144, emergency services')).to.equal(true);
    });

    it("leaves a site's own words in the page's language", async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="de"><ask-for-help-card .strings=${{ helpHeading: 'Sprich jetzt mit jemandem' }}></ask-for-help-card></div>`,
      );
      const el = wrapper.querySelector('ask-for-help-card')!;
      expect(view(el).querySelector('.help-heading')!.closest('[lang]')).to.equal(null);
    });
  });

  describe('on a right-to-left page', () => {
    it('reads the English card left to right, its punctuation at the end', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="ar" dir="rtl"><ask-for-help-card region="GB"></ask-for-help-card></div>`,
      );
      const el = wrapper.querySelector('ask-for-help-card')!;
      for (const selector of ['.help-heading', '.help-intro', '.byline', '.section-content p'])
        expect(getComputedStyle(view(el).querySelector(selector)!).direction, selector).to.equal('ltr');
    });
  });

  describe('when something changes', () => {
    it('has one status region from the start, which says the new region and its emergency number', async () => {
      const el = await fixture<AskForHelpCard>(html`<ask-for-help-card region="GB"></ask-for-help-card>`);
      const status = view(el).querySelectorAll('[role="status"]');
      expect(status).to.have.length(1);
      expect(getComputedStyle(status[0]).display).not.to.equal('none');
      expect(textOf(status[0])).to.equal('');
      const select = view(el).querySelector('select')!;
      select.focus();
      select.value = 'CH';
      select.dispatchEvent(new Event('change'));
      await settled(el, 150);
      expect(textOf(status[0])).to.equal('Showing help for Switzerland. In immediate danger, call 144.');
    });

    it("exposes the status region, and what it says, in the engine's accessibility tree", async function () {
      const el = await fixture<AskForHelpCard>(html`<ask-for-help-card region="GB"></ask-for-help-card>`);
      const before = await accessibilityTree(this);
      expect(before.filter((node) => node.role === 'status')).to.have.length(1);
      const select = view(el).querySelector('select')!;
      select.focus();
      select.value = 'CH';
      select.dispatchEvent(new Event('change'));
      await settled(el, 150);
      const tree = await accessibilityTree(this);
      expect(tree.filter((node) => node.role === 'status')).to.have.length(1);
      const said = tree.filter((node) => node.role === 'StaticText').map((node) => node.name);
      expect(said).to.include('Showing help for Switzerland. In immediate danger, call 144.');
    });

    it('says a second copy again, then clears', async () => {
      const el = await fixture<AskForHelpCard>(html`<ask-for-help-card></ask-for-help-card>`);
      const status = view(el).querySelector('[role="status"]')!;
      const copy = view(el).querySelector<HTMLButtonElement>('[part="copy"]')!;
      const heard: string[] = [];
      new MutationObserver(() => heard.push(textOf(status))).observe(status, {
        childList: true,
        characterData: true,
        subtree: true,
      });
      const saidSoFar = () => heard.filter(Boolean).length;
      copy.click();
      await waitUntil(() => saidSoFar() === 1, 'the first copy is said');
      copy.click();
      await waitUntil(() => saidSoFar() === 2, 'the second copy is said');
      expect(heard.filter(Boolean)[0]).to.equal(heard.filter(Boolean)[1]);
      expect(textOf(view(el).querySelector('.copy-status'))).to.equal(heard.filter(Boolean)[0]);
      await waitUntil(() => textOf(status) === '', 'the status region is cleared', {
        timeout: STATUS_CLEARED_AFTER_MS + 1000,
      });
      expect(textOf(view(el).querySelector('.copy-status')), 'the confirmation stays in view').not.to.equal('');
    });
  });

  describe('with several cards on a page', () => {
    it('gives each card one landmark, named by its heading and the region it shows', async function () {
      await fixture(
        html`<div>
          <ask-for-help-card region="GB"></ask-for-help-card><ask-for-help-card region="US"></ask-for-help-card>
        </div>`,
      );
      const tree = await accessibilityTree(this);
      const LANDMARKS = ['region', 'banner', 'complementary', 'contentinfo', 'form', 'main', 'navigation', 'search'];
      const landmarks = tree.filter((node) => LANDMARKS.includes(node.role));
      expect(landmarks.map((node) => [node.role, node.name])).to.have.deep.members([
        ['region', 'Talk to someone now United Kingdom'],
        ['region', 'Talk to someone now United States'],
      ]);
    });
  });
});

describe('at the edges of the page', () => {
  it('moves into a document with no window without an error', async () => {
    const el = await fixture<AskForHelpCard>(html`<ask-for-help-card region="GB"></ask-for-help-card>`);
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    try {
      for (const elsewhere of [
        document.implementation.createHTMLDocument(''),
        new DOMParser().parseFromString('<body></body>', 'text/html'),
      ]) {
        elsewhere.body.append(el);
        await settled(el, 10);
        document.body.append(el);
        await settled(el, 10);
      }
    } finally {
      window.removeEventListener('error', onError);
      el.remove();
    }
    expect(errors).to.deep.equal([]);
  });

  for (const [background, name] of [
    ['oklch(0.2 0.02 260)', 'oklch()'],
    ['lab(12% 2 -8)', 'lab()'],
    ['lch(10% 5 270)', 'lch()'],
    ['color(display-p3 0.08 0.09 0.12)', 'color(display-p3 …)'],
    ['color-mix(in oklch, black 85%, white)', 'color-mix()'],
  ]) {
    it(`reads a dark ${name} page as dark, and a light one as light`, async () => {
      for (const [shade, scheme] of [
        [background, 'dark'],
        [`oklch(0.97 0.01 90)`, 'light'],
      ]) {
        const wrapper = await fixture<HTMLElement>(
          html`<div style="background: ${shade}"><ask-for-help-card></ask-for-help-card></div>`,
        );
        const el = wrapper.querySelector('ask-for-help-card')!;
        expect(view(el).querySelector('.card')!.getAttribute('data-scheme'), shade).to.equal(scheme);
      }
    });
  }
});
