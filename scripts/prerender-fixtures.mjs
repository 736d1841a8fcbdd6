#!/usr/bin/env node
// Pages for the browser tests of prerendered cards, written into dist/fixtures/ from the built
// package: one to read with scripts off, one whose module arrives a second late.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import MarkdownIt from 'markdown-it';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkSmartypants from 'remark-smartypants';
import remarkRehype from 'remark-rehype';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
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
// region="auto" prerendered: worldwide help in the HTML, the reader's region after the module runs.
writeFileSync(
  'dist/fixtures/prerendered-auto.html',
  page('Prerendered card, region auto', renderCard({ region: 'auto' }), delayedModule),
);
// With scripts on, this page would run the card's module and mark itself; the scripts-off tests
// check that neither happened and the card is whole all the same.
const scriptsOn = `<script>document.documentElement.dataset.scriptsRan = 'yes';</script>
<script type="module" src="/dist/cdn/ask-for-help-card.js"></script>`;
writeFileSync('dist/fixtures/prerendered.html', page('Prerendered card', renderCard({ region: 'US' }), scriptsOn));
// A theme whose dark mode is a class on its body, as Hugo's PaperMod writes it for defaultTheme = "dark".
const darkByClass = `<style>:root { --theme: rgb(255, 255, 255); --primary: rgb(30, 30, 30); }
.dark { --theme: rgb(29, 30, 32); --primary: rgb(218, 218, 219); }
body { background: var(--theme); color: var(--primary); }</style>`;
writeFileSync(
  'dist/fixtures/prerendered-dark-class.html',
  page('Prerendered card on a dark theme', renderCard({ region: 'US' }), darkByClass + scriptsOn).replace(
    '<body ',
    '<body class="dark" ',
  ),
);
writeFileSync(
  'dist/fixtures/prerendered-delayed.html',
  page('Prerendered card, module a second late', renderCard({ region: 'US' }), delayedModule),
);

// A Markdown post with the snippet pasted in, as Eleventy (markdown-it) and Astro (remark with
// smart punctuation, then rehype) would publish it, with the card's module on the page.
const markdownPost = `Some words before the card -- and a "quote".\n\n${renderCard({ region: 'GB' })}\n\nThe words after the card.\n`;
const fromMarkdownIt = new MarkdownIt({ html: true }).render(markdownPost);
const fromRemark = String(
  await unified()
    .use(remarkParse)
    .use(remarkSmartypants)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    .use(rehypeStringify)
    .process(markdownPost),
);
const withModule = '<script type="module" src="/dist/cdn/ask-for-help-card.js"></script>';
// A French post. It asks the test server, by a cookie only its browser sends for the next few
// seconds, to hold back the French module a second.
// The page hears every change to the card's help heading, from the moment its module runs.
const headingsHeard = `<script>
window.headings = [];
const card = document.querySelector('ask-for-help-card');
customElements.whenDefined('ask-for-help-card').then(() =>
  new MutationObserver(() => window.headings.push(card.shadowRoot.querySelector('.help-heading')?.textContent.trim())).observe(
    card.shadowRoot,
    { childList: true, subtree: true, characterData: true },
  ),
);
</script>`;
const holdFrench = `<script>document.cookie = 'hold=french; path=/dist/cdn/; max-age=5';</script>`;
writeFileSync(
  'dist/fixtures/prerendered-fr.html',
  page(
    'Une carte pré-rendue',
    renderCard({ lang: 'fr', region: 'FR' }) + headingsHeard,
    holdFrench + withModule,
  ).replace('<html lang="en">', '<html lang="fr">'),
);
// A French post whose French module stalls (the test server holds this copy's back six seconds):
// the card shows the page's fallback, then itself in English. The page notes what a reader sees
// every quarter second from the start, since some engines hold its load event for the module.
cpSync('dist/cdn', 'dist/fixtures/stalled-cdn', { recursive: true });
const readerSees = `<script>
window.seen = [];
const stalled = document.querySelector('ask-for-help-card');
const look = () => window.seen.push({
  at: Math.round(performance.now()),
  fallback: document.querySelector('.fallback').checkVisibility(),
  height: stalled.getBoundingClientRect().height,
  heading: stalled.shadowRoot?.querySelector('.help-heading')?.textContent.trim() ?? null,
});
look();
setInterval(look, 250);
</script>`;
writeFileSync(
  'dist/fixtures/stalled-french.html',
  page(
    'Une carte dont le français tarde',
    '<ask-for-help-card region="FR"><p class="fallback">En cas de danger immédiat, appelez le <a href="tel:112">112</a>.</p></ask-for-help-card>' +
      readerSees,
    '<script type="module" src="/dist/fixtures/stalled-cdn/ask-for-help-card.js"></script>',
  ).replace('<html lang="en">', '<html lang="fr">'),
);
// Pages in a language other than the card's: a Spanish page with a card prerendered in English (no
// lang given), and a German one, where the card ships no words.
for (const [lang, region] of [
  ['es', 'MX'],
  ['de', 'DE'],
])
  writeFileSync(
    `dist/fixtures/prerendered-on-${lang}-page.html`,
    page(`A ${lang} post`, renderCard({ region }), withModule).replace('<html lang="en">', `<html lang="${lang}">`),
  );
// A page whose copy of the card's module has nothing beside it (a site that copied the main file
// alone): a card given lines of the site's own cannot load the checks for them.
mkdirSync('dist/fixtures/main-file-alone', { recursive: true });
cpSync('dist/cdn/ask-for-help-card.js', 'dist/fixtures/main-file-alone/ask-for-help-card.js');
writeFileSync(
  'dist/fixtures/main-file-alone.html',
  page(
    'A card whose checks for a site’s own lines are missing',
    `<ask-for-help-card region="GB" resources='[{"name":"Harbour Line","phone":"0800 000 0000"}]'></ask-for-help-card>`,
    '<script>window.warnings = []; const warn = console.warn; console.warn = (...words) => { window.warnings.push(words.join(" ")); warn(...words); };</script>' +
      '<script type="module" src="/dist/fixtures/main-file-alone/ask-for-help-card.js"></script>',
  ),
);
const markdownPage = (title, html) => page(title, `<article id="post">${html}</article>`, withModule);
writeFileSync('dist/fixtures/markdown-it.html', markdownPage('A post from markdown-it', fromMarkdownIt));
writeFileSync('dist/fixtures/remark.html', markdownPage('A post from remark', fromRemark));
console.log(
  'fixtures: wrote the prerendered, delayed, stalled, main-file-alone, markdown-it and remark pages into dist/fixtures/',
);
