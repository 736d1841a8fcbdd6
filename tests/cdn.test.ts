import { expect, fixture, html } from '@open-wc/testing';
import { withWarnings, view } from './support/helpers.js';

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
});
