import { expect } from '@open-wc/testing';
import type { AskForHelpCard } from '../src/index.js';
import { loadInFrame, skipBecause, textOf } from './support/helpers.js';
import { emergencyLine, helpHeading } from './support/queries.js';

/** Pages of the blogs scripts/blog-sites.mjs built from the packed package. */
const PAGES = [
  ['/tests/sites/eleventy/_site-esm/posts/shortcode/index.html', 'an Eleventy post with the shortcode'],
  ['/tests/sites/eleventy/_site-esm/posts/bare-tag/index.html', 'an Eleventy post with a bare tag'],
  ['/tests/sites/eleventy/_site-cjs/posts/bare-tag/index.html', 'the same post from a CommonJS config'],
  ['/tests/sites/astro/_site/posts/mdx-post/index.html', 'an Astro MDX post'],
  ['/tests/sites/astro/_site/two-cards/index.html', 'an Astro page with two cards'],
  ['/tests/sites/hugo/_site/posts/two-cards/index.html', 'a Hugo post with two shortcodes'],
  ['/tests/sites/wordpress/_site/one-card/index.html', "a WordPress author's post with the block"],
  ['/tests/sites/wordpress/_site/two-cards/index.html', "a WordPress author's post with two blocks"],
];

/** Loads a page's HTML into a frame as another copy of it: its scripts left out, and its cards too if asked. */
async function loadCopy(path: string, { withCards }: { withCards: boolean }): Promise<HTMLIFrameElement> {
  const html = await (await fetch(path)).text();
  const copy = new DOMParser().parseFromString(html, 'text/html');
  for (const script of copy.querySelectorAll('script')) script.remove();
  if (!withCards) for (const card of copy.querySelectorAll('ask-for-help-card')) card.remove();
  copy.head.prepend(Object.assign(copy.createElement('base'), { href: new URL(path, location.href).href }));
  const frame = document.createElement('iframe');
  frame.style.cssText = 'inline-size: 800px; block-size: 900px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html>${copy.documentElement.outerHTML}`;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** How the page's own elements (everything but its cards) are styled. */
function styleOfPost(page: Document): string[] {
  const view = page.defaultView!;
  return [...page.body.querySelectorAll('*')]
    .filter((element) => !element.closest('ask-for-help-card') && element.localName !== 'base')
    .map((element) => {
      const style = view.getComputedStyle(element);
      const properties = ['margin', 'padding', 'color', 'font', 'line-height', 'display', 'border', 'background-color'];
      return `${element.localName}: ${properties.map((property) => style.getPropertyValue(property)).join('; ')}`;
    });
}

for (const [path, name] of PAGES) {
  describe(`${name}, before its module runs`, () => {
    it("restyles nothing of the post: every element of the page's own is styled as on the page without the card", async () => {
      const [withCards, without] = [
        await loadCopy(path, { withCards: true }),
        await loadCopy(path, { withCards: false }),
      ];
      try {
        expect(styleOfPost(withCards.contentDocument!)).to.deep.equal(styleOfPost(without.contentDocument!));
      } finally {
        withCards.remove();
        without.remove();
      }
    });

    it('shows the card styled, its call for immediate danger a filled button', async () => {
      const frame = await loadCopy(path, { withCards: true });
      try {
        const card = frame.contentDocument!.querySelector('ask-for-help-card')!;
        const view = frame.contentWindow!;
        expect(view.getComputedStyle(card.querySelector('.card')!).borderTopWidth).to.equal('1px');
        const call = card.querySelector('.emergency-call')!;
        expect(textOf(call)).to.equal('Call 999');
        expect(view.getComputedStyle(call).backgroundColor).not.to.equal('rgba(0, 0, 0, 0)');
        expect(view.getComputedStyle(call).textDecorationLine).to.equal('none');
      } finally {
        frame.remove();
      }
    });
  });

  describe(`${name}, as a reader opens it`, () => {
    let frame: HTMLIFrameElement;
    let card: AskForHelpCard;
    let errors: unknown[];

    before(async () => {
      errors = [];
      frame = await loadInFrame(path);
      const page = frame.contentWindow!;
      page.addEventListener('error', (event) => errors.push(event.error));
      await page.customElements.whenDefined('ask-for-help-card');
      card = frame.contentDocument!.querySelector('ask-for-help-card') as AskForHelpCard;
      await card.updateComplete;
    });
    after(() => frame.remove());

    it('upgrades the card in place: the help for the United Kingdom, its prerendered markup unseen', () => {
      expect(textOf(card.shadowRoot!.querySelector('.help-heading'))).to.equal('Talk to someone now');
      expect(emergencyLine(card).href).to.equal('tel:999');
      expect(card.querySelector(':scope > .card')!.checkVisibility()).to.equal(false);
      expect(errors).to.deep.equal([]);
    });

    it('requests nothing from another site: the site serves the card itself', () => {
      const origin = frame.contentWindow!.location.origin;
      const requests = frame.contentWindow!.performance.getEntriesByType('resource').map((entry) => entry.name);
      expect(requests.filter((url) => new URL(url).origin !== origin)).to.deep.equal([]);
      expect(requests.some((url) => url.includes('/_site') && new URL(url).pathname.endsWith('.js'))).to.equal(true);
    });

    it('keeps the layout shift at 0.01 or below', async function () {
      const page = frame.contentWindow as Window & typeof globalThis;
      if (!page.PerformanceObserver.supportedEntryTypes.includes('layout-shift'))
        skipBecause(this, 'this engine does not report layout shifts (no Layout Instability API)');
      // Every shift since the page began, as the observer hands over what it buffered.
      const shifts = await new Promise<number>((resolve) => {
        let sum = 0;
        const observer = new page.PerformanceObserver((list) => {
          for (const entry of list.getEntries()) sum += (entry as PerformanceEntry & { value: number }).value;
        });
        observer.observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => {
          observer.disconnect();
          resolve(sum);
        }, 200);
      });
      expect(shifts).to.be.at.most(0.01);
    });
  });
}

/** Pages of the Next.js app and the Docusaurus site scripts/blog-sites.mjs built from the packed package, rendered on a server. */
const NEXT_PAGES = [
  ['/tests/sites/next/out/', 'a Next.js app router page (a client component in a server component)'],
  ['/tests/sites/next/out/pages-router/', 'a Next.js pages router page'],
  ['/tests/sites/docusaurus/build/blog/2026/12/01/asking-for-help/', 'a Docusaurus MDX blog post'],
  ['/tests/sites/docusaurus/build/', "a Docusaurus site's own React page"],
];

for (const [path, name] of NEXT_PAGES) {
  describe(`${name}, as a reader opens it`, () => {
    let frame: HTMLIFrameElement;
    let errors: string[];

    before(async function () {
      this.timeout(10000);
      errors = [];
      frame = document.createElement('iframe');
      frame.style.cssText = 'inline-size: 800px; block-size: 900px; border: 0';
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      frame.src = path;
      document.body.append(frame);
      await loaded;
      const page = frame.contentWindow!;
      page.addEventListener('error', (event) => errors.push(String(event.error)));
      await page.customElements.whenDefined('ask-for-help-card');
      const card = frame.contentDocument!.querySelector('ask-for-help-card') as AskForHelpCard;
      await card.updateComplete;
      // React sets the card's properties as it hydrates.
      for (let tries = 0; tries < 40 && emergencyLine(card).href !== 'tel:999'; tries++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        await card.updateComplete;
      }
    });
    after(() => frame.remove());

    it('comes from the server with the region asked for, on the tag', async () => {
      const html = await (await fetch(path)).text();
      expect(html).to.match(/<ask-for-help-card region="GB"/);
    });

    it('shows the card for the United Kingdom once React has hydrated: Samaritans, 116 123 and 999', () => {
      const card = frame.contentDocument!.querySelector('ask-for-help-card') as AskForHelpCard;
      expect(emergencyLine(card).href).to.equal('tel:999');
      expect(textOf(card.shadowRoot!.querySelector('.resource-name'))).to.equal('Samaritans');
      expect(card.shadowRoot!.querySelector('a[href="tel:116123"]')).to.exist;
      expect(errors).to.deep.equal([]);
    });

    it('requests nothing from another site', () => {
      const origin = frame.contentWindow!.location.origin;
      const requests = frame.contentWindow!.performance.getEntriesByType('resource').map((entry) => entry.name);
      expect(requests.filter((url) => new URL(url).origin !== origin)).to.deep.equal([]);
    });
  });
}

describe('a Hugo post with the shortcode in a sentence, which Markdown keeps in a paragraph', () => {
  let frame: HTMLIFrameElement;
  let card: AskForHelpCard;

  before(async () => {
    frame = await loadInFrame('/tests/sites/hugo/_site/posts/in-a-sentence/');
    await frame.contentWindow!.customElements.whenDefined('ask-for-help-card');
    card = frame.contentDocument!.querySelector('ask-for-help-card') as AskForHelpCard;
    await card.updateComplete;
  });
  after(() => frame.remove());

  it("shows the card's help once: the live card, and not the markup the paragraph spilled", () => {
    expect(emergencyLine(card).href).to.equal('tel:999');
    const spilled = frame.contentDocument!.querySelector('article[data-ask-for-help-card]')!;
    expect(spilled.parentElement!.localName, 'spilled out of the card').not.to.equal('ask-for-help-card');
    expect(spilled.checkVisibility()).to.equal(false);
    const text = frame.contentDocument!.body.innerText;
    expect(text).to.contain('Need to talk?');
    expect(text).to.contain('The words after the card, on the next line.');
    expect(text).not.to.contain('Call 116 123');
  });
});

/** The WordPress posts scripts/wordpress-site.mjs saved, as a reader opens them. */
describe("a WordPress author's posts, as a reader opens them", () => {
  /** Each post's cards, upgraded, and what went wrong or off the site while they did. */
  async function open(slug: string) {
    const errors: unknown[] = [];
    const frame = await loadInFrame(`/tests/sites/wordpress/_site/${slug}/`);
    const page = frame.contentWindow!;
    page.addEventListener('error', (event) => errors.push(event.error));
    await page.customElements.whenDefined('ask-for-help-card');
    const cards = [...frame.contentDocument!.querySelectorAll('ask-for-help-card')] as AskForHelpCard[];
    await Promise.all(cards.map((card) => card.updateComplete));
    const offSite = page.performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((url) => new URL(url).origin !== page.location.origin);
    return { frame, cards, errors, offSite };
  }

  it('two blocks: Samaritans, 116 123 and 999 for the United Kingdom, and the Mexican card in Spanish', async () => {
    const { frame, cards, errors, offSite } = await open('two-cards');
    try {
      const [britain, mexico] = cards;
      expect(textOf(britain.shadowRoot!.querySelector('.resource-name'))).to.equal('Samaritans');
      expect(britain.shadowRoot!.querySelector('a[href="tel:116123"]')).to.exist;
      expect(emergencyLine(britain).href).to.equal('tel:999');
      expect(helpHeading(mexico)).to.equal('Habla con alguien ahora');
      expect(emergencyLine(mexico).href).to.equal('tel:911');
      expect(errors).to.deep.equal([]);
      expect(offSite).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it("the shortcode: the United Kingdom's lines, in Spanish, from the site alone", async () => {
    const { frame, cards, errors, offSite } = await open('shortcode');
    try {
      expect(cards.length).to.equal(1);
      const [card] = cards;
      expect(helpHeading(card)).to.equal('Habla con alguien ahora');
      expect(textOf(card.shadowRoot!.querySelector('.resource-name'))).to.equal('Samaritans');
      expect(card.shadowRoot!.querySelector('a[href="tel:116123"]')).to.exist;
      expect(emergencyLine(card).href).to.equal('tel:999');
      expect(card.querySelector(':scope > .card')!.checkVisibility()).to.equal(false);
      expect(errors).to.deep.equal([]);
      expect(offSite).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
