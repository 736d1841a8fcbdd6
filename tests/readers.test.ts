import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { AskForHelpCard } from '../src/index.js';
import { essay } from '../src/content/essay.js';
import { deviceTimeZone, emergencyNumberFor, guessRegion } from '../src/model/regions.js';
import { writtenNames } from '../src/model/names.js';
import { byName, dateForm } from '../src/model/written-forms.js';
import { CARD_LANGUAGES } from '../src/content/strings.js';
import { loadLocale, localeData } from '../src/model/locales.js';
import { withWarnings, emulateMedia, resetMedia, settle, skipBecause, textOf, view } from './support/helpers.js';
import { emergencyLine, links, resourceNames } from './support/queries.js';

async function card(template: ReturnType<typeof html>): Promise<AskForHelpCard> {
  return fixture<AskForHelpCard>(template);
}

describe('help for every reader', () => {
  describe('in the United States', () => {
    it('puts the 988 Lifeline (call and text) and Crisis Text Line (HOME to 741741) first, and 911 for danger', async () => {
      const el = await card(html`<ask-for-help-card region="US"></ask-for-help-card>`);
      expect(resourceNames(el)).to.deep.equal([
        '988 Suicide & Crisis Lifeline',
        'Crisis Text Line',
        'Find A Helpline',
        'Befrienders Worldwide',
      ]);
      const hrefs = links(el).map((link) => link.href);
      expect(hrefs).to.include.members(['tel:988', 'sms:988', 'https://988lifeline.org/chat', 'sms:741741?&body=HOME']);
      expect(links(el)).to.deep.include({ label: 'Text HOME to 741741', href: 'sms:741741?&body=HOME' });
      expect(emergencyLine(el)).to.deep.equal({ text: 'If you are in immediate danger: Call 911', href: 'tel:911' });
    });
  });

  describe('in the United Kingdom', () => {
    it('gives Samaritans on 116 123, Shout on 85258 and 999', async () => {
      const el = await card(html`<ask-for-help-card region="GB"></ask-for-help-card>`);
      expect(resourceNames(el).slice(0, 2)).to.deep.equal(['Samaritans', 'Shout 85258']);
      expect(links(el)).to.deep.include({ label: 'Call 116 123', href: 'tel:116123' });
      expect(links(el)).to.deep.include({ label: 'Text SHOUT to 85258', href: 'sms:85258?&body=SHOUT' });
      expect(emergencyLine(el).href).to.equal('tel:999');
      expect(resourceNames(el)).not.to.include('988 Suicide & Crisis Lifeline');
    });
  });

  describe('in Australia', () => {
    it('gives Lifeline on 13 11 14 and 000', async () => {
      const el = await card(html`<ask-for-help-card region="au"></ask-for-help-card>`);
      expect(resourceNames(el)[0]).to.equal('Lifeline Australia');
      expect(links(el)).to.deep.include({ label: 'Call 13 11 14', href: 'tel:131114' });
      expect(emergencyLine(el)).to.deep.equal({ text: 'If you are in immediate danger: Call 000', href: 'tel:000' });
    });
  });

  describe('where the region is unknown', () => {
    it('gives the worldwide directories and the generic emergency line, never a national one', async () => {
      const el = await card(html`<ask-for-help-card region=""></ask-for-help-card>`);
      expect(resourceNames(el)).to.deep.equal(['Find A Helpline', 'Befrienders Worldwide']);
      expect(emergencyLine(el)).to.deep.equal({
        text: 'If you are in immediate danger, call your local emergency number.',
        href: undefined,
      });
    });

    it('would use the EU-wide number in a member state the sheet gave no number of its own, and nowhere else', () => {
      // Every member state has its own number in today's sheet: the fallback is for a sheet that has not.
      expect(emergencyNumberFor('HR', { EU: '112' })).to.equal('112');
      expect(emergencyNumberFor('NO', { EU: '112' })).to.equal(undefined);
      expect(emergencyNumberFor('HR', { EU: '112', HR: '194' })).to.equal('194');
    });

    it('warns about a region that is not a region', async () => {
      await withWarnings(async (warnings) => {
        const el = await card(html`<ask-for-help-card region="United States"></ask-for-help-card>`);
        expect(resourceNames(el)).to.deep.equal(['Find A Helpline', 'Befrienders Worldwide']);
        expect(warnings.messages).to.deep.equal([
          '<ask-for-help-card>: region "United States" is not a two-letter region code or auto; showing worldwide help',
        ]);
      });
    });
  });

  describe('when a script gives a region that is not text', () => {
    it('shows worldwide help and says so', async () => {
      await withWarnings(async (warnings) => {
        const el = await card(
          html`<ask-for-help-card
            .region=${42 as unknown as string}
            .reachOutMessage=${{} as unknown as string}
          ></ask-for-help-card>`,
        );
        expect(resourceNames(el)).to.deep.equal(['Find A Helpline', 'Befrienders Worldwide']);
        expect(textOf(view(el).querySelector('[part="reach-out-message"]'))).to.equal(
          'I am having a hard time right now. Could we talk?',
        );
        expect(warnings.messages[0].split('\n').slice(1)).to.deep.equal([
          '  region a number is not a two-letter region code or auto; showing worldwide help',
          '  reachOutMessage is an object, not a string; using the default message',
        ]);
      });
    });
  });

  describe('when the region is guessed', () => {
    it('reads the time zone alone, and asks no server', () => {
      expect(guessRegion('Europe/London')).to.equal('GB');
      expect(guessRegion('Australia/Perth')).to.equal('AU');
      expect(guessRegion('Asia/Tokyo')).to.equal('JP');
      expect(guessRegion('Etc/UTC')).to.equal(undefined);
    });

    it("reads the device's own time zone: the one whose clock the device keeps", () => {
      const zone = deviceTimeZone()!;
      // The zone named must give this device's offset from UTC, now and half a year away.
      for (const when of [new Date(), new Date(Date.now() + 182 * 86400000)]) {
        const parts = new Intl.DateTimeFormat('en-US', {
          timeZone: zone,
          hourCycle: 'h23',
          year: 'numeric',
          month: 'numeric',
          day: 'numeric',
          hour: 'numeric',
          minute: 'numeric',
        }).formatToParts(when);
        const field = (type: string) => Number(parts.find((part) => part.type === type)!.value);
        const asUtc = Date.UTC(field('year'), field('month') - 1, field('day'), field('hour'), field('minute'));
        const offset = Math.round((asUtc - Math.floor(when.getTime() / 60000) * 60000) / 60000);
        expect(offset, zone).to.equal(-when.getTimezoneOffset());
      }
    });

    it("shows the guess in the card's region control", async () => {
      const el = await card(html`<ask-for-help-card region="auto"></ask-for-help-card>`);
      const guess = guessRegion();
      expect(view(el).querySelector('select')!.value).to.equal(guess ?? '');
    });
  });

  describe('when the reader changes the region in the card', () => {
    it('says which region it shows and switches the lines and the emergency number', async () => {
      const el = await card(html`<ask-for-help-card region="US"></ask-for-help-card>`);
      const select = view(el).querySelector('select')!;
      expect(textOf(view(el).querySelector('label[for="region"]'))).to.equal('Showing help for');
      expect(select.selectedOptions[0].textContent).to.equal('United States');
      select.focus();
      select.value = 'NZ';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(resourceNames(el)[0]).to.equal('1737, Need to talk?');
      expect(emergencyLine(el).href).to.equal('tel:111');
      expect(view(el).querySelector('select')!.selectedOptions[0].textContent).to.equal('New Zealand');
    });
  });

  describe('when a site brings its own lines', () => {
    const local = { name: 'Harbour Town Listening Line', phone: '555 0100', regions: ['US'] };

    it('replaces the defaults, and labels a national line when no region is chosen', async () => {
      const el = await card(html`<ask-for-help-card .resources=${[local]}></ask-for-help-card>`);
      expect(resourceNames(el)).to.deep.equal(['Harbour Town Listening Line']);
      expect(textOf(view(el).querySelector('.meta'))).to.equal('Serves: United States');
    });

    it('adds them before the defaults when asked to keep them', async () => {
      const el = await card(
        html`<ask-for-help-card keep-defaults region="US" .resources=${[local]}></ask-for-help-card>`,
      );
      expect(resourceNames(el)).to.deep.equal([
        'Harbour Town Listening Line',
        '988 Suicide & Crisis Lifeline',
        'Crisis Text Line',
        'Find A Helpline',
        'Befrienders Worldwide',
      ]);
    });

    it('falls back to the worldwide directories when none of them serves the region', async () => {
      const el = await card(html`<ask-for-help-card region="GB" .resources=${[local]}></ask-for-help-card>`);
      expect(resourceNames(el)).to.deep.equal(['Find A Helpline', 'Befrienders Worldwide']);
    });
  });

  describe('reaching out to someone they trust', () => {
    let original: PropertyDescriptor | undefined;
    beforeEach(() => (original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')));
    afterEach(() => {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
      if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
    });

    function useClipboard(writeText: (text: string) => Promise<void>) {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    }

    it("opens the reader's messages with the message filled in and no recipient", async () => {
      const el = await card(html`<ask-for-help-card></ask-for-help-card>`);
      expect(textOf(view(el).querySelector('[part="reach-out-message"]'))).to.equal(
        'I am having a hard time right now. Could we talk?',
      );
      expect(links(el, '[part~="action-reach-out"]')).to.deep.equal([
        {
          label: 'Send as a text',
          href: 'sms:?&body=I%20am%20having%20a%20hard%20time%20right%20now.%20Could%20we%20talk%3F',
        },
      ]);
    });

    it("takes the site's own message from a property", async () => {
      const el = await card(
        html`<ask-for-help-card .reachOutMessage=${'Can you call me tonight?'}></ask-for-help-card>`,
      );
      expect(links(el, '[part~="action-reach-out"]')[0].href).to.equal('sms:?&body=Can%20you%20call%20me%20tonight%3F');
    });

    it('copies the message and says so where a screen reader hears it', async () => {
      let copied = '';
      useClipboard(async (text) => void (copied = text));
      const el = await card(html`<ask-for-help-card></ask-for-help-card>`);
      view(el).querySelector<HTMLButtonElement>('[part="copy"]')!.click();
      await settle(el);
      expect(copied).to.equal('I am having a hard time right now. Could we talk?');
      const shown = view(el).querySelector('.copy-status')!;
      expect(textOf(shown)).to.equal('Copied. Paste it into a message to someone you trust.');
      expect(shown.getBoundingClientRect().height).to.be.greaterThan(0);
      const status = view(el).querySelector('[role="status"]')!;
      await waitUntil(() => textOf(status) !== '', 'the status region says it');
      expect(textOf(status)).to.equal('Copied. Paste it into a message to someone you trust.');
    });

    it('says how to copy by hand when the browser refuses', async () => {
      useClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
      const el = await card(html`<ask-for-help-card></ask-for-help-card>`);
      view(el).querySelector<HTMLButtonElement>('[part="copy"]')!.click();
      await settle(el);
      expect(textOf(view(el).querySelector('.copy-status'))).to.equal(
        'Could not copy. Select the message above to copy it.',
      );
      const status = view(el).querySelector('[role="status"]')!;
      await waitUntil(() => textOf(status) !== '', 'the status region says it');
      expect(textOf(status)).to.equal('Could not copy. Select the message above to copy it.');
    });
  });

  describe("in the reader's language", () => {
    it('speaks Spanish on a Spanish page, and keeps the essay in English', async () => {
      const wrapper = await fixture(html`<div lang="es"><ask-for-help-card region="US"></ask-for-help-card></div>`);
      const el = wrapper.querySelector('ask-for-help-card')!;
      // The card renders once its Spanish words have loaded.
      await el.updateComplete;
      expect(textOf(view(el).querySelector('.help-heading'))).to.equal('Habla con alguien ahora');
      expect(emergencyLine(el).text).to.equal('Si estás en peligro inmediato: Llamar al 911');
      expect(textOf(view(el).querySelector('[part="toggle-all"]'))).to.equal('Desplegar todo');
      expect(view(el).querySelector('[part="essay"]')!.getAttribute('lang')).to.equal('en');
    });

    it('speaks French when the card itself says lang="fr-CA"', async () => {
      const el = await card(html`<ask-for-help-card lang="fr-CA" region="CA"></ask-for-help-card>`);
      expect(textOf(view(el).querySelector('.help-heading'))).to.equal('Parler à quelqu’un maintenant');
      expect(emergencyLine(el).text).to.equal('Si vous êtes en danger immédiat : Appeler le 911');
      expect(textOf(view(el).querySelector('[part="byline"]'))).to.contain('février 2017');
    });

    it("writes the check date as the page's variant of the card's language writes dates", async () => {
      const british = await card(html`<ask-for-help-card lang="en-GB"></ask-for-help-card>`);
      expect(textOf(view(british).querySelector('.checked'))).to.equal('Details checked 5 December 2026.');
    });

    it('writes an English sentence with an English date on a page in a language it does not ship', async () => {
      const swiss = await card(html`<ask-for-help-card lang="de-CH" region="CH"></ask-for-help-card>`);
      expect(textOf(view(swiss).querySelector('.checked'))).to.equal('Details checked December 5, 2026.');
      expect(view(swiss).querySelector('select')!.selectedOptions[0].textContent).to.equal('Switzerland');
    });

    /** Every language and variant whose dates and names the card writes out ahead of time. */
    async function writtenTags(): Promise<string[]> {
      await Promise.all(CARD_LANGUAGES.map((language) => loadLocale(language)));
      const tags = CARD_LANGUAGES.flatMap((language) => [language, ...Object.keys(localeData(language)!.variants)]);
      // Variants that sort the regions otherwise (en-GB, es-MX, fr-CA) are left to the browser.
      expect(tags).to.include.members(['en', 'en-US', 'es', 'es-ES', 'fr', 'fr-FR']);
      return tags;
    }

    it('has written out, ahead of time, the dates this browser would write', async () => {
      // The card uses these instead of building Intl formatters while it first renders.
      for (const lang of await writtenTags()) {
        for (const [iso, text] of Object.entries(writtenNames(lang)!.dates)) {
          const { date, options } = dateForm(iso);
          expect(text, `${lang} ${iso}`).to.equal(new Intl.DateTimeFormat(lang, options).format(date));
        }
      }
    });

    it('has written out, ahead of time, the region and language names this browser would write', async function () {
      // Names change between CLDR releases: CLDR 44 named `tl` Filipino and writes "Trinidad and
      // Tobago" in en-AU. An engine on an older ICU (WebKitGTK on Debian 12's ICU 72) names them
      // as before; the card's names, written by Node's newer ICU, are the newer ones.
      if (new Intl.DisplayNames(['en'], { type: 'language' }).of('tl') === 'Tagalog')
        skipBecause(this, "this engine's ICU carries a CLDR older than 44, whose names differ from the card's");
      for (const lang of await writtenTags()) {
        const written = writtenNames(lang)!;
        // Hong Kong, Macao and Palestine go by CLDR's short names, which engines of every CLDR
        // release agree on.
        const long = new Intl.DisplayNames([lang], { type: 'region' });
        const short = new Intl.DisplayNames([lang], { type: 'region', style: 'short' });
        const named = (code: string) => (['HK', 'MO', 'PS'].includes(code) ? short : long).of(code)!;
        const inOrder = byName(
          Object.keys(written.regions).map((code) => ({ code, name: named(code) })),
          lang,
        );
        expect(Object.entries(written.regions), `${lang} regions`).to.deep.equal(
          inOrder.map(({ code, name }) => [code, name]),
        );
        // WebKit capitalises a language name as if it stood alone ("Inglés"); within the card's
        // sentence CLDR's form ("inglés"), which the other engines give, is the right one.
        const languageNames = new Intl.DisplayNames([lang], { type: 'language' });
        for (const [code, name] of Object.entries(written.languages)) {
          expect(name.toLocaleLowerCase(lang), `${lang} ${code}`).to.equal(
            languageNames.of(code)!.toLocaleLowerCase(lang),
          );
        }
      }
    });

    it('offers British names in British order on an en-GB page, as the browser writes and sorts them', async () => {
      const el = await card(html`<ask-for-help-card lang="en-GB" region="KN"></ask-for-help-card>`);
      view(el).querySelector('select')!.focus();
      const options = [...view(el).querySelectorAll('option')].slice(1).map((option) => option.textContent!);
      expect(options).to.include.members(['St Kitts & Nevis', 'St Barthélemy', 'US Virgin Islands']);
      expect(options).to.deep.equal([...options].sort((a, b) => a.localeCompare(b, 'en-GB')));
      expect(view(el).querySelector('select')!.selectedOptions[0].textContent).to.equal('St Kitts & Nevis');
    });

    it('falls back to English for a language it has no table for', async () => {
      const el = await card(html`<ask-for-help-card lang="de"></ask-for-help-card>`);
      expect(textOf(view(el).querySelector('.help-heading'))).to.equal('Talk to someone now');
    });

    it('reads a lang that is not a language as English, and keeps working', async () => {
      const el = await card(html`<ask-for-help-card lang="not a language!" region="US"></ask-for-help-card>`);
      expect(textOf(view(el).querySelector('.help-heading'))).to.equal('Talk to someone now');
      expect(view(el).querySelectorAll('.section-content p')).to.have.length(20);
    });

    it('ignores, and names, a replacement that is not a string the card uses', async () => {
      await withWarnings(async (warnings) => {
        const strings = { helpHeading: 42, headline: 'x', expandAll: 'Open everything' } as unknown as Record<
          string,
          string
        >;
        const el = await card(html`<ask-for-help-card .strings=${strings}></ask-for-help-card>`);
        expect(textOf(view(el).querySelector('.help-heading'))).to.equal('Talk to someone now');
        expect(textOf(view(el).querySelector('[part="toggle-all"]'))).to.equal('Open everything');
        expect(warnings.messages).to.deep.equal([
          '<ask-for-help-card>: 2 problems with its configuration:\n  strings.helpHeading is a number, not a string; ignored\n  strings.headline is not a string the card uses; ignored',
        ]);
      });
    });

    it('lets a site change any word per card', async () => {
      const el = await card(
        html`<ask-for-help-card
          region="GB"
          .strings=${{ helpHeading: 'Need to talk?', emergency: 'In danger right now? Ring {number}.' }}
        ></ask-for-help-card>`,
      );
      expect(textOf(view(el).querySelector('.help-heading'))).to.equal('Need to talk?');
      expect(emergencyLine(el)).to.deep.equal({ text: 'In danger right now? Ring 999. Call 999', href: 'tel:999' });
    });
  });

  describe('right to left', () => {
    /** A Hebrew page whose site gives the card its words in Hebrew, or leaves them English. */
    async function cardIn(dir: 'ltr' | 'rtl', strings = {}) {
      const wrapper = await fixture(
        html`<div dir=${dir} lang="he"><ask-for-help-card .strings=${strings}></ask-for-help-card></div>`,
      );
      return wrapper.querySelector('ask-for-help-card')!;
    }
    const hebrew = { reachOutMessage: 'קשה לי עכשיו. אפשר לדבר?', sourceLink: 'לקריאה ב־{publisher}' };

    it("mirrors the layout of a site's right-to-left words: the message's accent edge sits on the right", async () => {
      const rtl = await cardIn('rtl', hebrew);
      const message = getComputedStyle(view(rtl).querySelector('.reach-out-message')!);
      expect(message.direction).to.equal('rtl');
      expect(message.borderRightWidth).to.equal('3px');
      expect(message.borderLeftWidth).to.equal('0px');
    });

    it('keeps the English essay left to right, its chevrons pointing as in English', async () => {
      const [ltr, rtl] = [await cardIn('ltr', hebrew), await cardIn('rtl', hebrew)];
      const chevron = (el: AskForHelpCard) =>
        getComputedStyle(view(el).querySelectorAll('[part~="summary"]')[1], '::before').transform;
      expect(getComputedStyle(view(rtl).querySelector('.section-content p')!).direction).to.equal('ltr');
      expect(Math.sign(new DOMMatrix(chevron(ltr)).b)).to.equal(1);
      expect(Math.sign(new DOMMatrix(chevron(rtl)).b)).to.equal(1);
    });

    it("reads the card's own English left to right on a right-to-left page", async () => {
      const rtl = await cardIn('rtl');
      const message = getComputedStyle(view(rtl).querySelector('.reach-out-message')!);
      expect(message.direction).to.equal('ltr');
      expect(message.borderLeftWidth).to.equal('3px');
    });
  });

  describe('on paper', () => {
    afterEach(resetMedia);

    it('prints all 20 paragraphs and writes out every web address', async function () {
      const el = await card(html`<ask-for-help-card></ask-for-help-card>`);
      await emulateMedia(this, { media: 'print' });
      const paragraphs = [...view(el).querySelectorAll<HTMLElement>('.section-content p')];
      expect(paragraphs.map((p) => p.textContent)).to.deep.equal([...essay.paragraphs]);
      for (const paragraph of paragraphs) expect(paragraph.checkVisibility(), paragraph.textContent!).to.equal(true);
      const website = view(el).querySelector('[part~="action-website"]')!;
      expect(getComputedStyle(website, '::after').content).to.equal('" (https://findahelpline.com/)"');
      expect(getComputedStyle(view(el).querySelector('[part="toggle-all"]')!).display).to.equal('none');
    });
  });

  describe('in high contrast', () => {
    afterEach(resetMedia);

    it('keeps every control outlined and secondary text at full strength when more contrast is asked for', async function () {
      const el = await card(html`<ask-for-help-card region="US"></ask-for-help-card>`);
      await emulateMedia(this, { contrast: 'more' });
      const body = getComputedStyle(view(el).querySelector('.section-content p')!).color;
      expect(getComputedStyle(view(el).querySelector('.byline')!).color).to.equal(body);
      for (const selector of ['.action', '.toggle-all', 'select']) {
        expect(parseFloat(getComputedStyle(view(el).querySelector(selector)!).borderTopWidth), selector).to.equal(2);
      }
    });

    it('passes an automated accessibility audit in forced colours', async function () {
      const el = await card(html`<ask-for-help-card region="US"></ask-for-help-card>`);
      await emulateMedia(this, { forcedColors: 'active' });
      await expect(el).to.be.accessible();
    });
  });
});
