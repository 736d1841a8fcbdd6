#!/usr/bin/env node
// Pages for the browser tests of prerendered cards, written into dist/fixtures/ from the built
// package: one to read with scripts off, one whose module arrives a second late.
import { mkdirSync, writeFileSync } from 'node:fs';
import { renderCard } from '../dist/ssr/render-card.js';

const page = (title, body, head = '') => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>${head}</head>
<body style="margin: 0; font-family: Georgia, serif">
<main style="max-inline-size: 44rem; margin-inline: auto; padding: 1rem">
<h1>A blog post</h1>
<p>Some words before the card.</p>
${body}
<p>Some words after the card.</p>
</main>
</body>
</html>
`;

// Adds up the page's layout shifts, then loads the card's module a second after the page.
const delayedModule = `<script>
window.layoutShift = 0;
if (PerformanceObserver.supportedEntryTypes.includes('layout-shift')) {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.layoutShift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
}
setTimeout(() => {
  const script = document.createElement('script');
  script.type = 'module';
  script.src = '/dist/cdn/ask-for-help-card.js';
  document.head.append(script);
}, 1000);
</script>`;

mkdirSync('dist/fixtures', { recursive: true });
// With scripts on, this page would run the card's module and mark itself; the scripts-off tests
// check that neither happened and the card is whole all the same.
const scriptsOn = `<script>document.documentElement.dataset.scriptsRan = 'yes';</script>
<script type="module" src="/dist/cdn/ask-for-help-card.js"></script>`;
writeFileSync('dist/fixtures/prerendered.html', page('Prerendered card', renderCard({ region: 'US' }), scriptsOn));
writeFileSync(
  'dist/fixtures/prerendered-delayed.html',
  page('Prerendered card, module a second late', renderCard({ region: 'US' }), delayedModule),
);
console.log('fixtures: wrote dist/fixtures/prerendered.html, dist/fixtures/prerendered-delayed.html');
