import { expect } from '@open-wc/testing';
import { loadInFrame, settle, skipBecause } from './support/helpers.js';

// tests/fixtures/strict-csp.html is served with
//   default-src 'none'; script-src 'self'; style-src 'self';
//   require-trusted-types-for 'script'; trusted-types lit-html
// and loads the CDN file, as a site with a strict policy would.

type StrictPage = Window & typeof globalThis & { violations: string[] };

describe('on a page with a strict Content-Security-Policy and Trusted Types', () => {
  let frame: HTMLIFrameElement;
  let page: StrictPage;
  let card: HTMLElement & { updateComplete: Promise<boolean> };

  before(async () => {
    frame = await loadInFrame('/tests/fixtures/strict-csp.html');
    page = frame.contentWindow as StrictPage;
    await page.customElements.whenDefined('ask-for-help-card');
    card = frame.contentDocument!.querySelector('ask-for-help-card') as typeof card;
    await card.updateComplete;
  });

  after(() => frame.remove());

  it('is really under that policy', async () => {
    const response = await fetch('/tests/fixtures/strict-csp.html');
    expect(response.headers.get('content-security-policy')).to.contain("require-trusted-types-for 'script'");
  });

  it('renders the essay and the help lines', () => {
    const root = card.shadowRoot!;
    expect(root.querySelectorAll('.section-content p')).to.have.length(20);
    expect([...root.querySelectorAll('.resource-name')].map((n) => n.textContent)).to.include.members([
      'Harbour Line',
      '988 Suicide & Crisis Lifeline',
    ]);
  });

  it('is styled', () => {
    const box = page.getComputedStyle(card.shadowRoot!.querySelector('.card')!);
    expect(box.backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(box.borderTopLeftRadius).to.equal('12px');
  });

  it('works: a section opens', async () => {
    const control = card.shadowRoot!.querySelectorAll<HTMLElement>('[part~="summary"]')[2];
    control.click();
    await settle(card);
    expect(control.getAttribute('aria-expanded')).to.equal('true');
  });

  it('causes no policy violation', () => {
    expect(page.violations).to.deep.equal([]);
  });
});

/** What the site owner reads where Trusted Types keep Lit out, whichever way. */
const TRUSTED_TYPES_ERROR =
  "<ask-for-help-card>: this page's Trusted Types policy refuses Lit's, so the card cannot render: allow trusted-types lit-html, with 'allow-duplicates' if another script on the page uses Lit";

// [the page, what it is, what else it loads first]
for (const [path, what, otherLit] of [
  ['/tests/fixtures/trusted-types-without-lit.html', 'whose Trusted Types policy leaves Lit out', false],
  [
    '/tests/fixtures/trusted-types-another-lit.html',
    "whose Trusted Types policy allows Lit's once, where another script's Lit came first",
    true,
  ],
] as const) {
  describe(`on a page ${what}`, () => {
    type Page = Window & typeof globalThis & { consoleErrors: string[]; uncaughtErrors: string[] };
    let frame: HTMLIFrameElement;
    let page: Page;

    before(async function () {
      frame = await loadInFrame(path);
      page = frame.contentWindow as Page;
      if (!('trustedTypes' in page)) skipBecause(this, 'this engine does not enforce Trusted Types');
      if (otherLit) await page.customElements.whenDefined('sl-details');
      // Long enough for the card's module to load and fail, and for the page's handlers to hear it.
      await new Promise((resolve) => setTimeout(resolve, 500));
    });

    after(() => frame?.remove());

    it("tells the site owner, in one console error, what the policy needs: lit-html, and 'allow-duplicates' beside another Lit", () => {
      expect(page.consoleErrors).to.deep.equal([TRUSTED_TYPES_ERROR]);
      expect(page.uncaughtErrors).to.deep.equal([]);
    });

    it('leaves the fallback inside the tag for the reader', () => {
      const fallback = frame.contentDocument!.getElementById('fallback')!;
      expect(fallback.checkVisibility()).to.equal(true);
      expect(fallback.textContent).to.equal('If you are struggling, call or text 988.');
    });
  });
}
