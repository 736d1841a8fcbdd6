import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { AskForHelpCard } from '../src/index.js';
import { MAX_URL_LENGTH } from '../src/model/resources.js';
import { MAX_TEXT_LENGTH } from '../src/model/untrusted.js';
import { skipBecause, textOf, view, withWarnings } from './support/helpers.js';
import { helpHeading, resourceNames } from './support/queries.js';

/** Waits for the card's observers to hear a change, and for the update they ask for. */
async function afterChange(el: AskForHelpCard): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  await el.updateComplete;
}

describe('a careless or hostile page', () => {
  describe('when the page puts the card in a box that shrinks to fit its content', () => {
    /** The card is as wide as its words need, and "Call 999" shows whole. */
    function expectFitsItsWords(el: AskForHelpCard) {
      const call = view(el).querySelector<HTMLElement>('[part="emergency-call"]')!;
      expect(el.getBoundingClientRect().width).to.be.greaterThan(300);
      expect(call.scrollWidth <= call.clientWidth + 1 && call.getBoundingClientRect().width > 40).to.equal(true);
    }

    for (const [where, markup] of [
      [
        'a flex row beside an image',
        html`<div style="display: flex; gap: 1em; inline-size: 900px"><img alt="" width="200" height="100" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" /><ask-for-help-card region="GB"></ask-for-help-card></div>`,
      ],
      [
        'a float',
        html`<div style="inline-size: 900px"><div style="float: inline-start; max-inline-size: 100%"><ask-for-help-card region="GB"></ask-for-help-card></div></div>`,
      ],
      [
        'a table cell',
        html`<table style="inline-size: auto"><tr><td><ask-for-help-card region="GB"></ask-for-help-card></td></tr></table>`,
      ],
      [
        'an inline-block',
        html`<div style="inline-size: 900px"><span style="display: inline-block"><ask-for-help-card region="GB"></ask-for-help-card></span></div>`,
      ],
    ] as const) {
      it(`in ${where}, takes the width its words need and shows "Call 999" whole`, async () => {
        const wrapper = await fixture<HTMLElement>(markup);
        const el = wrapper.querySelector('ask-for-help-card')!;
        await el.updateComplete;
        expectFitsItsWords(el);
      });
    }

    it('in a modal dialog, takes the width its words need and shows "Call 999" whole', async () => {
      const dialog = await fixture<HTMLDialogElement>(
        html`<dialog><ask-for-help-card region="GB"></ask-for-help-card></dialog>`,
      );
      const el = dialog.querySelector('ask-for-help-card')!;
      dialog.showModal();
      try {
        await el.updateComplete;
        expectFitsItsWords(el);
      } finally {
        dialog.close();
      }
    });

    it('in a popover, takes the width its words need and shows "Call 999" whole', async function () {
      if (!('showPopover' in HTMLElement.prototype)) skipBecause(this, 'this engine has no popover');
      const popover = await fixture<HTMLElement>(
        html`<div popover="manual"><ask-for-help-card region="GB"></ask-for-help-card></div>`,
      );
      const el = popover.querySelector('ask-for-help-card')!;
      popover.showPopover();
      try {
        await el.updateComplete;
        expectFitsItsWords(el);
      } finally {
        popover.hidePopover();
      }
    });
  });

  describe('when the page changes the language', () => {
    it('speaks French as soon as the card itself is given lang="fr"', async () => {
      const el = await fixture<AskForHelpCard>(html`<ask-for-help-card lang="en"></ask-for-help-card>`);
      el.setAttribute('lang', 'fr');
      await afterChange(el);
      expect(helpHeading(el)).to.equal('Parler à quelqu’un maintenant');
    });

    it("follows a change of an ancestor's lang, and of the document's", async () => {
      const wrapper = await fixture<HTMLElement>(html`<div lang="en"><ask-for-help-card></ask-for-help-card></div>`);
      const el = wrapper.querySelector('ask-for-help-card')!;
      wrapper.setAttribute('lang', 'es');
      await afterChange(el);
      expect(helpHeading(el)).to.equal('Habla con alguien ahora');
      wrapper.removeAttribute('lang');
      const pageLang = document.documentElement.lang;
      try {
        document.documentElement.lang = 'fr';
        await afterChange(el);
        expect(helpHeading(el)).to.equal('Parler à quelqu’un maintenant');
      } finally {
        document.documentElement.lang = pageLang;
      }
    });
  });

  describe('when a service comes as some other kind of object', () => {
    it("reads a class instance's getters, an inherited name and a hidden one", async () => {
      class Line {
        get name() {
          return 'Class Line';
        }
        get phone() {
          return '555 0100';
        }
      }
      const inherited = Object.create({ name: 'Inherited Line' });
      const hidden = Object.defineProperty({}, 'name', { value: 'Hidden Line', enumerable: false });
      const el = await fixture<AskForHelpCard>(
        html`<ask-for-help-card .resources=${[new Line(), inherited, hidden]}></ask-for-help-card>`,
      );
      expect(resourceNames(el)).to.deep.equal(['Class Line', 'Inherited Line', 'Hidden Line']);
      expect(view(el).querySelector('[part~="action-call"]')!.getAttribute('href')).to.equal('tel:5550100');
    });

    it('reads each field once, so a name that changes as it is read shows as first given', async () => {
      let reads = 0;
      const shifting = Object.defineProperty({}, 'name', { enumerable: true, get: () => (reads++ === 0 ? 'A' : 42) });
      const el = await fixture<AskForHelpCard>(html`<ask-for-help-card .resources=${[shifting]}></ask-for-help-card>`);
      expect(resourceNames(el)).to.deep.equal(['A']);
      expect(reads).to.equal(1);
    });

    it('drops a service whose name reads as blank, with a warning naming it, whatever it came as', async () => {
      class Blank {
        get name() {
          return '   ';
        }
      }
      const { messages, result: el } = await withWarnings(() =>
        fixture<AskForHelpCard>(
          html`<ask-for-help-card .resources=${[new Blank(), { name: 'Kept' }]}></ask-for-help-card>`,
        ),
      );
      expect(resourceNames(el)).to.deep.equal(['Kept']);
      expect(messages).to.deep.equal(['<ask-for-help-card>: resources[0].name is empty or invisible; entry dropped']);
    });
  });

  describe('when a link is long', () => {
    it('links a long address whole, never cut', async () => {
      const url = `https://example.org/help?${'q'.repeat(300)}`;
      const el = await fixture<AskForHelpCard>(
        html`<ask-for-help-card .resources=${[{ name: 'Line', url }]}></ask-for-help-card>`,
      );
      expect(view(el).querySelector('[part~="action-website"]')!.getAttribute('href')).to.equal(url);
    });

    it(`drops an address over ${MAX_URL_LENGTH} characters whole, and says so`, async () => {
      const url = `https://example.org/help?${'q'.repeat(MAX_URL_LENGTH)}`;
      const { messages, result: el } = await withWarnings(() =>
        fixture<AskForHelpCard>(
          html`<ask-for-help-card .resources=${[{ name: 'Line', url, phone: '555 0100' }]}></ask-for-help-card>`,
        ),
      );
      expect(view(el).querySelector('[part~="action-website"]')).to.equal(null);
      expect(view(el).querySelector('[part~="action-call"]')).not.to.equal(null);
      expect(messages).to.deep.equal([
        `<ask-for-help-card>: resources[0].url has ${url.length} characters, over the ${MAX_URL_LENGTH} a link may have; link dropped (a link is never cut)`,
      ]);
    });
  });

  describe('when the page gives very long words', () => {
    it(`cuts a 1 MB reach-out message to ${MAX_TEXT_LENGTH} characters, in the text and its link, with one warning`, async () => {
      const { messages, result: el } = await withWarnings(() =>
        fixture<AskForHelpCard>(
          html`<ask-for-help-card .reachOutMessage=${'a'.repeat(1_000_000)}></ask-for-help-card>`,
        ),
      );
      expect(view(el).querySelector('[part="reach-out-message"]')!.textContent).to.have.length(MAX_TEXT_LENGTH);
      expect(view(el).querySelector('[part~="action-reach-out"]')!.getAttribute('href')!.length).to.be.below(
        MAX_TEXT_LENGTH * 10,
      );
      expect(messages).to.deep.equal([
        `<ask-for-help-card>: reachOutMessage has 1000000 characters; cut to ${MAX_TEXT_LENGTH}`,
      ]);
    });

    it(`cuts a 1 MB replacement word to ${MAX_TEXT_LENGTH} characters, with one warning`, async () => {
      const { messages, result: el } = await withWarnings(() =>
        fixture<AskForHelpCard>(
          html`<ask-for-help-card .strings=${{ helpHeading: 'b'.repeat(1_000_000) }}></ask-for-help-card>`,
        ),
      );
      expect(helpHeading(el)).to.have.length(MAX_TEXT_LENGTH);
      expect(messages).to.deep.equal([
        `<ask-for-help-card>: strings.helpHeading has 1000000 characters; cut to ${MAX_TEXT_LENGTH}`,
      ]);
    });

    it("fills a placeholder only from the card's own names", async () => {
      const el = await fixture<AskForHelpCard>(
        html`<ask-for-help-card
          .strings=${{ textKeyword: 'Send {keyword} to {sms}' }}
          .resources=${[{ name: 'Line', sms: '988', smsBody: '{toString}' }]}
        ></ask-for-help-card>`,
      );
      expect(textOf(view(el).querySelector('[part~="action-text"]'))).to.equal('Send {toString} to 988');
    });
  });

  describe('when the card is moved into another document and back', () => {
    it('keeps its styles there and after it returns', async () => {
      const el = await fixture<AskForHelpCard>(html`<ask-for-help-card></ask-for-help-card>`);
      const radius = () => getComputedStyle(view(el).querySelector('.card')!).borderTopLeftRadius;
      expect(radius()).to.equal('12px');
      const frame = document.createElement('iframe');
      document.body.append(frame);
      try {
        frame.contentDocument!.body.append(el);
        await el.updateComplete;
        expect(frame.contentWindow!.getComputedStyle(view(el).querySelector('.card')!).borderTopLeftRadius).to.equal(
          '12px',
        );
        document.body.append(el);
        await el.updateComplete;
        expect(radius()).to.equal('12px');
      } finally {
        frame.remove();
        el.remove();
      }
    });
  });
});
