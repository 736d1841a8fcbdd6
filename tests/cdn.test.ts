import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { loadInFrame, withWarnings, view } from './support/helpers.js';

// The file a blogger's <script type="module"> loads, as `npm run build` wrote it. This test file
// never imports src/, so the page knows only what the CDN file defines.
const CDN_FILE = '/dist/cdn/ask-for-help-card.js';

describe('the CDN file, dropped into a page with a script tag', () => {
  it('is one self-contained module: no import of anything else', async () => {
    const source = await (await fetch(CDN_FILE)).text();
    expect(source).not.to.match(/(^|[;}\s])import\s*[\w{*'"(]|\bexport\s*\*\s*from\b/);
  });

  it('defines the card, which then renders the essay', async () => {
    await import(/* @vite-ignore */ CDN_FILE);
    expect(customElements.get('ask-for-help-card')).to.exist;
    const el = await fixture(html`<ask-for-help-card></ask-for-help-card>`);
    expect(view(el).querySelectorAll('.section-content p')).to.have.length(20);
  });

  it('survives being loaded a second time: one warning, nothing thrown, the card still works', async () => {
    await import(/* @vite-ignore */ CDN_FILE);
    await withWarnings(async (warnings) => {
      // A second copy (a theme and a plugin both add the script) is a second module instance.
      await import(/* @vite-ignore */ `${CDN_FILE}?second-copy`);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('<ask-for-help-card>: already defined');
      const el = await fixture(html`<ask-for-help-card></ask-for-help-card>`);
      expect(view(el).querySelectorAll('.section-content p')).to.have.length(20);
    });
  });

  describe('when a site gives the card lines of its own', () => {
    const SITE_CHECKS_FILE = '/dist/cdn/ask-for-help-card.site.js';

    it('loads the checks for them from a module beside the main file, which imports nothing', async () => {
      const source = await (await fetch(SITE_CHECKS_FILE)).text();
      expect(source).not.to.match(/(^|[;}\s])import\s*[\w{*'"(]|\bexport\s*\*\s*from\b/);
      await import(/* @vite-ignore */ CDN_FILE);
      const lines = [{ name: 'Harbour Line', phone: '0800 000 0000', url: 'javascript:alert(1)' }];
      await withWarnings(async (warnings) => {
        const el = await fixture(html`<ask-for-help-card region="GB" .resources=${lines}></ask-for-help-card>`);
        expect(view(el).querySelector('[part="resource-name"]')!.textContent).to.equal('Harbour Line');
        expect(view(el).querySelector('a[href="tel:08000000000"]')).to.exist;
        expect(warnings.messages).to.deep.equal([
          '<ask-for-help-card>: resources[0].url "javascript:alert(1)" is not an http(s) URL; link dropped',
        ]);
      });
      const loaded = performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
      expect(loaded).to.include(SITE_CHECKS_FILE);
    });

    it('shows the default list and says why where the checks cannot be had', async () => {
      const frame = await loadInFrame('/dist/fixtures/main-file-alone.html');
      const page = frame.contentWindow as Window & { warnings: string[] };
      const card = frame.contentDocument!.querySelector('ask-for-help-card') as HTMLElement & {
        updateComplete: Promise<boolean>;
      };
      await waitUntil(() => card.shadowRoot?.querySelector('[part="resource-name"]'), 'the card renders');
      await card.updateComplete;
      const names = [...card.shadowRoot!.querySelectorAll('[part="resource-name"]')].map((name) => name.textContent);
      expect(names).to.deep.equal(['Samaritans', 'Shout 85258', 'Find A Helpline', 'Befrienders Worldwide']);
      expect(page.warnings).to.deep.equal([
        '<ask-for-help-card>: 2 problems with its configuration:\n' +
          "  resources could not be checked (the card's checks for a site's own lines and words did not load)\n" +
          '  no usable resources; showing the default list',
      ]);
      frame.remove();
    });
  });
});
