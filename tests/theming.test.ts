import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { AskForHelpCard } from '../src/index.js';
import tokens from '../src/ask-for-help-card.tokens.js';
import styles from '../src/ask-for-help-card.styles.js';
import { withWarnings, contrast, emulateMedia, resetMedia, view } from './support/helpers.js';

/** The card's whole stylesheet: its tokens and its rules. */
const sheets = tokens.cssText + styles.cssText;

interface Manifest {
  modules: {
    declarations?: { tagName?: string; cssProperties?: { name: string }[]; cssParts?: { name: string }[] }[];
  }[];
}

async function cardDeclaration() {
  const manifest: Manifest = await (await fetch('/custom-elements.json')).json();
  const declaration = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .find((d) => d.tagName === 'ask-for-help-card');
  if (!declaration) throw new Error('custom-elements.json does not list <ask-for-help-card>');
  return declaration;
}

const LOOK = [
  'color',
  'backgroundColor',
  'borderTopColor',
  'borderInlineStartColor',
  'outlineColor',
  'fontFamily',
  'fontSize',
  'paddingTop',
  'rowGap',
  'borderTopLeftRadius',
  'textDecorationColor',
] as const;

/** Everything a reader could see change, for every element in the card. */
function look(el: AskForHelpCard): string {
  return [...view(el).querySelectorAll('*')]
    .map((node) => LOOK.map((property) => getComputedStyle(node)[property]).join('|'))
    .join('\n');
}

/** A value for a custom property that no default could already have. */
function distinctValue(name: string): string {
  if (name.endsWith('font-family')) return 'monospace';
  if (name.endsWith('font-size')) return '23px';
  if (name.endsWith('spacing')) return '37px';
  if (name.endsWith('radius')) return '19px';
  return 'rgb(1, 2, 3)';
}

/** Waits for the card to hear of a change on the page, and for the update it asks for. */
async function nextUpdate(el: AskForHelpCard): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 50));
  await el.updateComplete;
}

function background(el: AskForHelpCard): string {
  return getComputedStyle(view(el).querySelector('.card')!).backgroundColor;
}

describe('theming the card', () => {
  afterEach(async () => {
    document.documentElement.style.colorScheme = '';
    await resetMedia();
  });

  describe('with CSS custom properties', () => {
    it('documents exactly the --ask-for-help-card-* properties its styles read', async () => {
      const documented = (await cardDeclaration()).cssProperties!.map((p) => p.name).sort();
      const read = [...new Set(sheets.match(/--ask-for-help-card-[\w-]+/g))].sort();
      expect(documented).to.deep.equal(read);
    });

    it('defines every private token it uses, and uses every one it defines', () => {
      const defined = new Set([...sheets.matchAll(/(--_[\w-]+)\s*:/g)].map((match) => match[1]));
      const used = new Set([...sheets.matchAll(/var\((--_[\w-]+)/g)].map((match) => match[1]));
      expect(
        [...used].filter((token) => !defined.has(token)),
        'used, never defined',
      ).to.deep.equal([]);
      expect(
        [...defined].filter((token) => !used.has(token)),
        'defined, never used',
      ).to.deep.equal([]);
    });

    it('reads each public property once, into its private token', () => {
      for (const name of new Set(sheets.match(/--ask-for-help-card-[\w-]+/g))) {
        expect(sheets.split(`var(${name},`).length - 1, name).to.equal(1);
      }
    });

    it('changes what the reader sees for every documented property', async () => {
      const el = await fixture<AskForHelpCard>(html`<ask-for-help-card region="GB"></ask-for-help-card>`);
      // Focus a control from the keyboard, so that the focus ring is drawn.
      await sendKeys({ press: 'Tab' });
      const before = look(el);
      for (const { name } of (await cardDeclaration()).cssProperties!) {
        el.style.setProperty(name, distinctValue(name));
        expect(look(el) !== before, `${name} changes nothing the reader sees`).to.equal(true);
        el.style.removeProperty(name);
      }
    });

    it("inherits the page's font until told otherwise", async () => {
      const el = await fixture<AskForHelpCard>(
        html`<div style="font-family: Georgia, serif"><ask-for-help-card></ask-for-help-card></div>`,
      );
      const card = el.querySelector('ask-for-help-card')!;
      expect(getComputedStyle(view(card).querySelector('p')!).fontFamily).to.equal('Georgia, serif');
    });
  });

  describe('with CSS parts', () => {
    it('lets the page style every documented part', async () => {
      const el = await fixture<AskForHelpCard>(
        html`<ask-for-help-card
          region="US"
          .resources=${[{ name: 'All ways', phone: '1', sms: '2', chatUrl: 'https://a.example', url: 'https://b.example', email: 'c@d.example' }]}
        ></ask-for-help-card>`,
      );
      const probe = document.createElement('style');
      document.head.append(probe);
      try {
        for (const { name } of (await cardDeclaration()).cssParts!) {
          probe.textContent = `ask-for-help-card::part(${name}) { scroll-margin-top: 17px; }`;
          const parts = [...view(el).querySelectorAll(`[part~="${name}"]`)];
          expect(parts, `no element has part ${name}`).not.to.be.empty;
          for (const part of parts) expect(getComputedStyle(part).scrollMarginTop, name).to.equal('17px');
        }
      } finally {
        probe.remove();
      }
    });
  });

  describe('in light and dark', () => {
    it("stays light on a page that never opted into dark, whatever the reader's system prefers", async function () {
      await emulateMedia(this, { colorScheme: 'dark' });
      const el = await fixture<AskForHelpCard>(html`<ask-for-help-card></ask-for-help-card>`);
      expect(background(el)).to.equal('rgb(255, 255, 255)');
    });

    it('turns dark with a page that supports dark, when the reader prefers it', async function () {
      document.documentElement.style.colorScheme = 'light dark';
      await emulateMedia(this, { colorScheme: 'dark' });
      const el = await fixture<AskForHelpCard>(html`<ask-for-help-card></ask-for-help-card>`);
      expect(background(el)).to.equal('rgb(23, 25, 28)');
      await emulateMedia(this, { colorScheme: 'light' });
      await nextUpdate(el);
      expect(background(el)).to.equal('rgb(255, 255, 255)');
    });

    describe('on a dark theme that never declares color-scheme', () => {
      const theme = document.createElement('style');
      theme.textContent = 'html.night body { background: #15161a; color: #e6e6e6 }';
      before(() => document.head.append(theme));
      after(() => theme.remove());
      afterEach(() => document.documentElement.classList.remove('night'));

      it('is dark, as the page behind it is', async () => {
        document.documentElement.classList.add('night');
        const el = await fixture<AskForHelpCard>(html`<ask-for-help-card></ask-for-help-card>`);
        expect(background(el)).to.equal('rgb(23, 25, 28)');
      });

      it('follows the page when it switches theme, without a reload', async () => {
        const el = await fixture<AskForHelpCard>(html`<ask-for-help-card></ask-for-help-card>`);
        expect(background(el)).to.equal('rgb(255, 255, 255)');
        document.documentElement.classList.add('night');
        await nextUpdate(el);
        expect(background(el)).to.equal('rgb(23, 25, 28)');
        document.documentElement.classList.remove('night');
        await nextUpdate(el);
        expect(background(el)).to.equal('rgb(255, 255, 255)');
      });

      it('stays light in a light box on that dark page', async () => {
        document.documentElement.classList.add('night');
        const box = await fixture<HTMLElement>(
          html`<div style="background: #fafafa"><ask-for-help-card></ask-for-help-card></div>`,
        );
        expect(background(box.querySelector('ask-for-help-card')!)).to.equal('rgb(255, 255, 255)');
      });
    });

    it('is dark on a page that is dark', async () => {
      document.documentElement.style.colorScheme = 'dark';
      const el = await fixture<AskForHelpCard>(html`<ask-for-help-card></ask-for-help-card>`);
      expect(background(el)).to.equal('rgb(23, 25, 28)');
    });

    it('can be forced light or dark by the scheme attribute', async () => {
      const dark = await fixture<AskForHelpCard>(html`<ask-for-help-card scheme="dark"></ask-for-help-card>`);
      expect(background(dark)).to.equal('rgb(23, 25, 28)');
      document.documentElement.style.colorScheme = 'dark';
      const light = await fixture<AskForHelpCard>(html`<ask-for-help-card scheme="light"></ask-for-help-card>`);
      expect(background(light)).to.equal('rgb(255, 255, 255)');
    });

    for (const scheme of ['light', 'dark'] as const) {
      it(`keeps every kind of text at 4.5:1 or more against the ${scheme} background`, async () => {
        const el = await fixture<AskForHelpCard>(
          html`<ask-for-help-card
            scheme=${scheme}
            .resources=${[{ name: 'Line', description: 'd', hours: '24/7', phone: '1' }]}
          ></ask-for-help-card>`,
        );
        const backdrop = background(el);
        for (const selector of [
          '.section-content p',
          '.byline',
          '.meta',
          '.headings-note',
          '.action',
          '[part~="summary"]',
          '.toggle-all',
          '.byline a',
        ]) {
          const color = getComputedStyle(view(el).querySelector(selector)!).color;
          expect(contrast(color, backdrop), `${selector} in ${scheme}`).to.be.at.least(4.5);
        }
      });
    }

    it('passes an automated accessibility audit in the dark scheme', async () => {
      const el = await fixture<AskForHelpCard>(html`<ask-for-help-card scheme="dark"></ask-for-help-card>`);
      await expect(el).to.be.accessible();
    });

    it('warns about a scheme it does not know and follows the page', async () => {
      await withWarnings(async (warnings) => {
        const el = await fixture<AskForHelpCard>(html`<ask-for-help-card scheme="sepia"></ask-for-help-card>`);
        await el.updateComplete;
        expect(el.scheme).to.equal('auto');
        expect(background(el)).to.equal('rgb(255, 255, 255)');
        expect(warnings.messages).to.deep.equal([
          '<ask-for-help-card>: scheme "sepia" is not auto, light or dark; using auto',
        ]);
      });
    });
  });

  describe('in forced colours', () => {
    it("keeps every control outlined in the system's colours", async function () {
      await emulateMedia(this, { forcedColors: 'active' });
      const el = await fixture<AskForHelpCard>(
        html`<ask-for-help-card .resources=${[{ name: 'Line', phone: '1' }]}></ask-for-help-card>`,
      );
      for (const selector of ['.action', '.toggle-all']) {
        const style = getComputedStyle(view(el).querySelector(selector)!);
        expect(parseFloat(style.borderTopWidth), selector).to.be.at.least(1);
        expect(style.borderTopColor, selector).not.to.equal(style.backgroundColor);
      }
      const chevron = getComputedStyle(view(el).querySelector('[part~="summary"]')!, '::before');
      expect(chevron.borderTopStyle).to.equal('solid');
    });

    it("keeps the emergency call distinct from a help line's call", async function () {
      await emulateMedia(this, { forcedColors: 'active' });
      const el = await fixture<AskForHelpCard>(html`<ask-for-help-card region="CH"></ask-for-help-card>`);
      const [emergency, call] = ['[part="emergency-call"]', '[part~="action-call"]'].map((selector) =>
        getComputedStyle(view(el).querySelector(selector)!),
      );
      expect(emergency.borderTopStyle).to.equal('double');
      expect(call.borderTopStyle).to.equal('solid');
      expect(parseFloat(emergency.borderTopWidth)).to.be.greaterThan(parseFloat(call.borderTopWidth));
    });
  });
});
