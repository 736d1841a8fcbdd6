// `ask-for-help-card/react` on a server: Next.js and Docusaurus import it in Node, with no DOM, to
// render a page before its scripts run.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';

describe('ask-for-help-card/react, rendered on a server', () => {
  it('imports in Node, where there is no DOM', async () => {
    assert.equal(typeof globalThis.document, 'undefined');
    const { AskForHelpCard } = await import('ask-for-help-card/react');
    assert.equal(typeof AskForHelpCard, 'function');
  });

  it("writes the tag with the card's settings as the attributes the card reads, and the page's own", async () => {
    const { AskForHelpCard } = await import('ask-for-help-card/react');
    const html = renderToString(
      createElement(AskForHelpCard, {
        region: 'GB',
        headingLevel: 3,
        keepDefaults: true,
        resources: [{ name: 'Harbour <Line>', phone: '555 0100' }],
        id: 'help',
        className: 'wide',
        onSectionToggle: () => {},
      }),
    );
    assert.equal(
      html,
      '<ask-for-help-card region="GB" heading-level="3" keep-defaults="" resources="[{&quot;name&quot;:&quot;Harbour &lt;Line&gt;&quot;,&quot;phone&quot;:&quot;555 0100&quot;}]" id="help" class="wide"></ask-for-help-card>',
    );
  });
});
