import { expect } from '@open-wc/testing';
import { loadInFrame, settle } from './support/helpers.js';

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
    expect([...root.querySelectorAll('.resource-name')].map((n) => n.textContent)).to.include.members(['Harbour Line', '988 Suicide & Crisis Lifeline']);
  });

  it('is styled', () => {
    const box = page.getComputedStyle(card.shadowRoot!.querySelector('.card')!);
    expect(box.backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(box.borderTopLeftRadius).to.equal('12px');
  });

  it('works: a section opens', async () => {
    const summary = card.shadowRoot!.querySelectorAll('summary')[2];
    summary.click();
    await settle(card);
    expect(summary.parentElement!.hasAttribute('open')).to.equal(true);
  });

  it('causes no policy violation', () => {
    expect(page.violations).to.deep.equal([]);
  });
});
