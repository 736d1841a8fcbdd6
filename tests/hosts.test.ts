import { expect } from '@open-wc/testing';
import { HOSTS } from './hosts/hosts.mjs';
import { contrast, emulateMedia, loadInFrame, resetMedia } from './support/helpers.js';

// dist/hosts/ is written by scripts/build-hosts.mjs from tests/hosts/hosts.mjs before the suite.

type Card = HTMLElement & { updateComplete: Promise<boolean> };

/** Opens a host page in a frame as wide as a reader's screen, and waits for the card. */
async function openHost(name: string, width: number): Promise<{ frame: HTMLIFrameElement; card: Card }> {
  const frame = await loadInFrame(`/dist/hosts/${name}.html`, width);
  await frame.contentWindow!.customElements.whenDefined('ask-for-help-card');
  const card = frame.contentDocument!.querySelector('ask-for-help-card') as Card;
  await card.updateComplete;
  return { frame, card };
}

/** Whether a colour is dark: white text would contrast more on it than black. */
function isDark(color: string): boolean {
  return contrast(color, '#ffffff') > contrast(color, '#000000');
}

/** Whether the card on a host page looks light or dark, by its background. */
async function schemeOfCardOn(name: string): Promise<'light' | 'dark'> {
  const { frame, card } = await openHost(name, 1024);
  const background = frame.contentWindow!.getComputedStyle(card.shadowRoot!.querySelector('.card')!).backgroundColor;
  frame.remove();
  return isDark(background) ? 'dark' : 'light';
}

/** Every element of the card that holds text of its own, with the background behind it. */
function textsIn(card: Card): { element: Element; color: string; background: string }[] {
  const view = card.ownerDocument.defaultView!;
  const found = [];
  for (const element of card.shadowRoot!.querySelectorAll('*')) {
    const ownText = [...element.childNodes].some(
      (node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim(),
    );
    if (!ownText || !element.checkVisibility()) continue;
    let background = 'rgba(0, 0, 0, 0)';
    for (let node: Element | null = element; node; node = node.parentElement) {
      background = view.getComputedStyle(node).backgroundColor;
      if (!/rgba\(.*, 0\)$/.test(background) && background !== 'transparent') break;
    }
    found.push({ element, color: view.getComputedStyle(element).color, background });
  }
  return found;
}

describe('the card in a blog post on a real theme', () => {
  afterEach(resetMedia);

  for (const host of HOSTS) {
    describe(host.title, () => {
      it("sets its text at the post's size", async () => {
        const { frame, card } = await openHost(host.name, 1024);
        const view = frame.contentWindow!;
        const post = parseFloat(view.getComputedStyle(frame.contentDocument!.querySelector('.post-text')!).fontSize);
        const own = parseFloat(view.getComputedStyle(card.shadowRoot!.querySelector('.help-intro')!).fontSize);
        expect(Math.abs(own - post), `${own}px beside ${post}px`).to.be.at.most(1);
        frame.remove();
      });

      it(`is ${host.scheme.light} where the theme is ${host.scheme.light}`, async () => {
        expect(await schemeOfCardOn(host.name)).to.equal(host.scheme.light);
      });

      it(`is ${host.scheme.dark} for a reader who prefers dark`, async function () {
        await emulateMedia(this, { colorScheme: 'dark' });
        expect(await schemeOfCardOn(host.name)).to.equal(host.scheme.dark);
      });

      it('fits a 375-pixel phone without scrolling sideways', async () => {
        const { frame, card } = await openHost(host.name, 375);
        const document = frame.contentDocument!;
        expect(document.documentElement.scrollWidth, 'the page').to.be.at.most(375);
        expect(card.getBoundingClientRect().right, 'the card').to.be.at.most(375);
        for (const element of card.shadowRoot!.querySelectorAll('*')) {
          expect(element.getBoundingClientRect().right, element.className || element.localName).to.be.at.most(376);
        }
        frame.remove();
      });

      it('keeps every text at 4.5:1 against what is behind it', async () => {
        const { frame, card } = await openHost(host.name, 1024);
        const texts = textsIn(card);
        expect(texts.length).to.be.greaterThan(20);
        for (const { element, color, background } of texts) {
          const ratio = contrast(color, background);
          expect(ratio, `${element.localName}.${element.className}: ${color} on ${background}`).to.be.at.least(4.5);
        }
        frame.remove();
      });
    });
  }
});
