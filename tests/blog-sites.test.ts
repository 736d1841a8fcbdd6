import { expect } from '@open-wc/testing';
import type { AskForHelpCard } from '../src/index.js';
import { loadInFrame, skipBecause, textOf } from './support/helpers.js';
import { emergencyLine } from './support/queries.js';

/** Pages of the blogs scripts/blog-sites.mjs built from the packed package. */
const PAGES = [
  ['/tests/sites/eleventy/_site-esm/posts/shortcode/index.html', 'an Eleventy post with the shortcode'],
  ['/tests/sites/eleventy/_site-esm/posts/bare-tag/index.html', 'an Eleventy post with a bare tag'],
  ['/tests/sites/eleventy/_site-cjs/posts/bare-tag/index.html', 'the same post from a CommonJS config'],
  ['/tests/sites/astro/_site/posts/mdx-post/index.html', 'an Astro MDX post'],
  ['/tests/sites/astro/_site/two-cards/index.html', 'an Astro page with two cards'],
  ['/tests/sites/hugo/_site/posts/two-cards/index.html', 'a Hugo post with two shortcodes'],
];

for (const [path, name] of PAGES) {
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

    it('upgrades the card in place: the help for the United Kingdom, its plain copy unseen', () => {
      expect(textOf(card.shadowRoot!.querySelector('.help-heading'))).to.equal('Talk to someone now');
      expect(emergencyLine(card).href).to.equal('tel:999');
      expect(card.querySelector('.ask-for-help-card-plain')!.checkVisibility()).to.equal(false);
      expect(errors).to.deep.equal([]);
    });

    it('requests nothing from another site: the site serves the card itself', () => {
      const origin = frame.contentWindow!.location.origin;
      const requests = frame.contentWindow!.performance.getEntriesByType('resource').map((entry) => entry.name);
      expect(requests.filter((url) => new URL(url).origin !== origin)).to.deep.equal([]);
      expect(requests.some((url) => url.includes('/_site') && url.endsWith('.js'))).to.equal(true);
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
