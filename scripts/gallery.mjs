#!/usr/bin/env node
// `npm run gallery`: photographs the card in each host page of tests/hosts/hosts.mjs, light and
// dark, at 1280 and 375 CSS pixels wide, into dist/gallery/, with an index.html to look at.
// Expects `npm run build:test` to have run (the npm script does it).
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { serve } from './static-server.mjs';
import { HOSTS } from '../tests/hosts/hosts.mjs';

const ROOT = new URL('../', import.meta.url).pathname;
const WIDTHS = [1280, 375];
const SCHEMES = ['light', 'dark'];

mkdirSync('dist/gallery', { recursive: true });
const server = await serve(ROOT);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const shots = [];
try {
  for (const host of HOSTS) {
    for (const scheme of SCHEMES) {
      for (const width of WIDTHS) {
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
        const page = await context.newPage();
        await page.goto(`${origin}/dist/hosts/${host.name}.html`);
        await page.evaluate(async () => {
          await customElements.whenDefined('ask-for-help-card');
          await document.querySelector('ask-for-help-card').updateComplete;
          await document.fonts.ready;
        });
        const file = `${host.name}-${scheme}-${width}.png`;
        await page.screenshot({ path: `dist/gallery/${file}`, fullPage: true });
        shots.push({ host, scheme, width, file });
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}

const figures = shots
  .map(
    ({ host, scheme, width, file }) =>
      `<figure><a href="${file}"><img src="${file}" alt="The card on ${host.title}, ${scheme}, ${width} px wide" loading="lazy" width="${width === 375 ? 188 : 320}"></a><figcaption>${host.title}: ${scheme}, ${width} px</figcaption></figure>`,
  )
  .join('\n');
writeFileSync(
  'dist/gallery/index.html',
  `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>ask-for-help-card on real themes</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem}main{display:flex;flex-wrap:wrap;gap:1.5rem;align-items:start}figure{margin:0;max-inline-size:20rem}img{border:1px solid #ccc;block-size:auto;max-inline-size:100%}figcaption{font-size:.85rem}</style>
</head>
<body>
<h1>&lt;ask-for-help-card&gt; on real themes</h1>
<p>Each theme's page is a blog post with the bare tag in it (<code>region="GB"</code>), photographed light and dark, 1280 and 375 CSS pixels wide. Click a picture for the whole page.</p>
<main>
${figures}
</main>
</body>
</html>
`,
);
console.log(`gallery: ${shots.length} screenshots and index.html in dist/gallery/`);
