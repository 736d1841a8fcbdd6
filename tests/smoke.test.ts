import { fixture, html, expect } from '@open-wc/testing';
import '../src/index.js';
import type { AskForHelpCard } from '../src/index.js';

it('renders', async () => {
  const el = await fixture<AskForHelpCard>(html`<ask-for-help-card></ask-for-help-card>`);
  expect(el.shadowRoot!.querySelectorAll('p').length).to.be.greaterThan(20);
  await expect(el).to.be.accessible();
});
