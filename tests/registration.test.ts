import { expect, fixture, html } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
// The side-effect-free entry: importing it defines nothing.
import { AskForHelpCard, define } from '../src/element.js';
import { withWarnings, skipBecause } from './support/helpers.js';

function paragraphsIn(card: Element | null): number {
  return card?.shadowRoot?.querySelectorAll('.section-content p').length ?? 0;
}

describe('registering the card', () => {
  it('defines nothing on import of the element entry', () => {
    expect(customElements.get('ask-for-help-card')).to.equal(undefined);
  });

  it("registers under a tag of the site's own, then under its own tag too, without a quarrel", async () => {
    await withWarnings(async (warnings) => {
      define('crisis-help-card');
      const custom = await fixture(
        staticHtml`<${unsafeStatic('crisis-help-card')} region="GB"></${unsafeStatic('crisis-help-card')}>`,
      );
      expect(custom).to.be.instanceOf(AskForHelpCard);
      expect(paragraphsIn(custom)).to.equal(20);

      define();
      define();
      const standard = await fixture(html`<ask-for-help-card></ask-for-help-card>`);
      expect(paragraphsIn(standard)).to.equal(20);
      expect(warnings.messages).to.deep.equal([]);
    });
  });

  it('names itself by its own tag in warnings', async () => {
    define('crisis-help-card');
    await withWarnings(async (warnings) => {
      await fixture(
        staticHtml`<${unsafeStatic('crisis-help-card')} heading-level="0"></${unsafeStatic('crisis-help-card')}>`,
      );
      expect(warnings.messages[0]).to.match(/^<crisis-help-card>: heading-level "0"/);
    });
  });

  it("registers in a scoped registry, invisible to the page's own", async function () {
    let registry: CustomElementRegistry;
    try {
      registry = new CustomElementRegistry();
    } catch {
      skipBecause(
        this,
        'this engine has no scoped custom element registries (new CustomElementRegistry() is not allowed)',
      );
    }
    define('help-card', registry!);
    const host = document.createElement('div');
    document.body.append(host);
    try {
      const root = host.attachShadow({ mode: 'open', customElementRegistry: registry! } as ShadowRootInit);
      root.innerHTML = '<help-card region="AU"></help-card>';
      const card = root.querySelector('help-card') as HTMLElement & { updateComplete?: Promise<boolean> };
      await card.updateComplete;
      expect(card).to.be.instanceOf(AskForHelpCard);
      expect(paragraphsIn(card)).to.equal(20);
      expect(customElements.get('help-card')).to.equal(undefined);
    } finally {
      host.remove();
    }
  });
});
