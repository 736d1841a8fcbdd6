import { expect, waitUntil } from '@open-wc/testing';
import { loadInFrame } from './support/helpers.js';

// The apps in tests/frameworks/ install the packed package as a user would, and are built by
// scripts/framework-apps.mjs before the suite runs.

async function openApp(name: string): Promise<Document> {
  return (await loadInFrame(`/tests/frameworks/dist/${name}.html`)).contentDocument!;
}

function namesIn(card: Element): string[] {
  return [...(card.shadowRoot?.querySelectorAll('.resource-name') ?? [])].map((name) => name.textContent!);
}

async function expectCardWorking(page: Document, selector: string, app: string) {
  // Frameworks render when they choose (React's root renders asynchronously).
  await waitUntil(
    () => page.querySelector(selector) && namesIn(page.querySelector(selector)!).length > 0,
    `${app}: the card never rendered`,
    { timeout: 5000 },
  );
  const card = page.querySelector(selector)!;
  expect(namesIn(card), `${app}: resources passed as a property`).to.deep.equal([
    'Harbour Listening Line',
    'Harbour Text Line',
  ]);
  card.shadowRoot!.querySelectorAll<HTMLElement>('[part~="summary"]')[1].click();
  const reads = page.getElementById('reads')!;
  await waitUntil(
    () => reads.textContent === `${app}:heavy-days`,
    `${app}: the app never heard the toggle (heard "${reads.textContent}")`,
    { timeout: 5000 },
  );
}

describe('in framework apps that installed the packed package', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('React 19 renders the ./react wrapper, passes resources and hears onSectionToggle', async () => {
    const page = await openApp('react');
    await expectCardWorking(page, '#wrapper', 'react-wrapper');
  });

  it('React 19 renders the plain tag, passes resources and hears onsection-toggle', async () => {
    const page = await openApp('react');
    await expectCardWorking(page, '#tag', 'react-tag');
  });

  it('Vue 3 renders the tag, passes :resources and hears @section-toggle', async () => {
    const page = await openApp('vue');
    await expectCardWorking(page, 'ask-for-help-card', 'vue');
  });

  it('Svelte 5 renders the tag, passes {resources} and hears onsection-toggle', async () => {
    const page = await openApp('svelte');
    await expectCardWorking(page, 'ask-for-help-card', 'svelte');
  });
});
