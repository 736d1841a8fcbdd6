import { expect, fixture, html } from '@open-wc/testing';
import { essay } from '../src/content/essay.js';
import { sheetRegions } from '../src/content/help-lines.js';
import '../src/index.js';
import type { AskForHelpCard } from '../src/index.js';
import { textOf, view } from './support/helpers.js';

// A page may hold many cards: a list of posts, each with its card. Work they share is done once
// for the page; each card still shows its own region, its own sections and its page's scheme.

const cardsIn = (root: Element) => [...root.querySelectorAll<AskForHelpCard>('ask-for-help-card')];
const picker = (card: AskForHelpCard) => view(card).querySelector<HTMLSelectElement>('#region')!;
/** The regions a card's picker offers once the reader reaches it. */
const offered = (card: AskForHelpCard) => {
  picker(card).focus();
  return [...picker(card).options].map((option) => option.value).filter(Boolean);
};
const paragraphs = (card: AskForHelpCard) =>
  [...view(card).querySelectorAll('.section-content p')].map((paragraph) => textOf(paragraph));

async function rendered(cards: AskForHelpCard[]): Promise<void> {
  await Promise.all(cards.map((card) => card.updateComplete));
}

describe('a page with many cards', () => {
  it('gives each card the scheme of the box it sits in, when they all arrive at once', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      ${Array.from(
        { length: 12 },
        (_, index) =>
          html`<div style="background: ${index % 3 ? '#101114' : '#fafafa'}"><ask-for-help-card></ask-for-help-card></div>`,
      )}
    </div>`);
    const cards = cardsIn(page);
    await rendered(cards);
    expect(cards.map((card) => view(card).querySelector('.card')!.getAttribute('data-scheme'))).to.deep.equal(
      Array.from({ length: 12 }, (_, index) => (index % 3 ? 'dark' : 'light')),
    );
  });

  it("offers every region in each card's picker, each card with its own region chosen", async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <ask-for-help-card region="GB"></ask-for-help-card>
      <ask-for-help-card region="JP"></ask-for-help-card>
      <ask-for-help-card></ask-for-help-card>
    </div>`);
    const [britain, japan, anywhere] = cardsIn(page);
    for (const card of [britain, japan, anywhere]) expect(offered(card)).to.have.members([...sheetRegions]);
    expect([britain, japan, anywhere].map((card) => picker(card).value)).to.deep.equal(['GB', 'JP', '']);
    expect(picker(japan).selectedOptions[0].textContent).to.equal('Japan');
  });

  it('changes only the card whose region a reader chooses, and keeps that choice as sections open', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <ask-for-help-card region="GB"></ask-for-help-card><ask-for-help-card region="GB"></ask-for-help-card>
    </div>`);
    const [first, second] = cardsIn(page);
    picker(first).focus();
    picker(first).value = 'NZ';
    picker(first).dispatchEvent(new Event('change'));
    await rendered([first, second]);
    view(first).querySelector<HTMLElement>('details[data-section]:not([open]) > summary')!.click();
    await rendered([first, second]);
    expect([picker(first).value, picker(second).value]).to.deep.equal(['NZ', 'GB']);
    expect(picker(first).selectedOptions[0].textContent).to.equal('New Zealand');
    expect(offered(first)).to.have.length(sheetRegions.length);
  });

  it('holds no region a reader has not reached for: each picker only its chosen one until it is focused', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      ${Array.from({ length: 20 }, () => html`<ask-for-help-card region="GB"></ask-for-help-card>`)}
    </div>`);
    const cards = cardsIn(page);
    await rendered(cards);
    const options = cards.reduce((sum, card) => sum + picker(card).options.length, 0);
    expect(options).to.equal(cards.length * 2);
    expect(offered(cards[3])).to.have.length(sheetRegions.length);
    expect(picker(cards[3]).value).to.equal('GB');
    expect(picker(cards[4]).options).to.have.length(2);
  });

  it('names the regions in each card in its own language', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <ask-for-help-card region="DE"></ask-for-help-card>
      <ask-for-help-card region="DE" lang="es"></ask-for-help-card>
    </div>`);
    const [english, spanish] = cardsIn(page);
    await rendered([english, spanish]);
    expect(picker(english).selectedOptions[0].textContent).to.equal('Germany');
    expect(picker(spanish).selectedOptions[0].textContent).to.equal('Alemania');
  });

  it('shows the whole essay in every card', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      ${Array.from({ length: 5 }, () => html`<ask-for-help-card open-sections="all"></ask-for-help-card>`)}
    </div>`);
    for (const card of cardsIn(page)) expect(paragraphs(card)).to.deep.equal(essay.paragraphs);
  });
});
