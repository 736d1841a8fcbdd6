import { expect } from '@open-wc/testing';
import { loadInFrame, settle } from './support/helpers.js';

// The card loads and a reader uses every control it has; then the page is searched for anything
// the card asked for or left behind. Resource Timing lists every request the page made, whoever
// made it, in every engine.

type Page = Window & typeof globalThis;

async function storedDatabases(page: Page): Promise<string[]> {
  return 'databases' in page.indexedDB ? (await page.indexedDB.databases()).map((db) => db.name ?? '') : [];
}

// [page, the card's own files it may load, by name]: a card given lines of the site's own loads the
// checks for them.
const PAGES: [string, string, string[]][] = [
  ['an English page', '/tests/fixtures/privacy.html?lines=default', ['/dist/cdn/ask-for-help-card.js']],
  [
    "an English page with the site's own lines",
    '/tests/fixtures/privacy.html',
    ['/dist/cdn/ask-for-help-card.js', '/dist/cdn/ask-for-help-card.site.js'],
  ],
  [
    "a Spanish page with the site's own lines",
    '/tests/fixtures/privacy.html?lang=es',
    ['/dist/cdn/ask-for-help-card.es.js', '/dist/cdn/ask-for-help-card.js', '/dist/cdn/ask-for-help-card.site.js'],
  ],
];

describe('privacy', () => {
  for (const [name, path, ownFiles] of PAGES) {
    it(`on ${name}, requests only the card's own files from its module's origin, and sets no cookie and no storage, whatever the reader does`, async () => {
      const before = {
        local: localStorage.length,
        session: sessionStorage.length,
        cookie: document.cookie,
        databases: await storedDatabases(window),
      };

      const frame = await loadInFrame(path);
      const page = frame.contentWindow as Page;
      await page.customElements.whenDefined('ask-for-help-card');
      const card = frame.contentDocument!.querySelector('ask-for-help-card') as HTMLElement & {
        updateComplete: Promise<boolean>;
      };
      await card.updateComplete;
      const root = card.shadowRoot!;

      // Every control: each section, expand and collapse all, the region, the copy button, and
      // focus on every link (following one would leave the page, which is the reader's choice).
      for (const control of root.querySelectorAll<HTMLElement>('[part~="summary"]')) control.click();
      await settle(card);
      root.querySelector<HTMLButtonElement>('[part="toggle-all"]')!.click();
      await settle(card);
      root.querySelector<HTMLButtonElement>('[part="toggle-all"]')!.click();
      await settle(card);
      for (const region of ['GB', 'AU', '']) {
        const select = root.querySelector('select')!;
        select.focus();
        select.value = region;
        select.dispatchEvent(new Event('change'));
        await card.updateComplete;
      }
      root.querySelector<HTMLButtonElement>('[part="copy"]')!.click();
      await settle(card);
      for (const link of root.querySelectorAll<HTMLAnchorElement>('a')) link.focus();
      await new Promise((resolve) => setTimeout(resolve, 300));

      // The test server injects its own web-socket script into every page it serves; that one is
      // the harness's, not the card's.
      const requests = page.performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name))
        .filter((url) => !url.pathname.startsWith('/__web-dev-server'));
      expect(requests.map((url) => url.origin)).to.deep.equal(requests.map(() => location.origin));
      expect(requests.map((url) => url.pathname).sort()).to.deep.equal(ownFiles);
      expect(frame.contentDocument!.cookie).to.equal('');
      expect({
        local: page.localStorage.length,
        session: page.sessionStorage.length,
        cookie: document.cookie,
        databases: await storedDatabases(page),
      }).to.deep.equal(before);
      frame.remove();
    });
  }
});
