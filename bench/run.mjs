#!/usr/bin/env node
/**
 * `npm run bench`: measures the built card in headless Chromium and rewrites BENCHMARKS.md.
 *
 * - Time to a ready card, 1 and 100 per page, against the physical limit (the same essay and
 *   links as static HTML with native <details> and the card's own stylesheet) and against the
 *   same card built from Shoelace's <sl-details>. Contenders alternate run by run; each load is
 *   a fresh browser context.
 * - Weight of the CDN file, gzip and brotli, and what each part contributes.
 * - Memory: heap per card, and heap growth over 2,000 attach/detach cycles (GC forced).
 * - Cumulative layout shift for the bare tag and the prerendered card with its module late.
 * - Lighthouse (12.2.3) on the built demo, all four categories.
 *
 * Expects `npm run build` and the demo build to have run (the npm script does both).
 */
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpus, totalmem } from 'node:os';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { build } from 'esbuild';
import { minifyHTMLLiterals } from 'minify-literals';
import lighthouse from 'lighthouse';
import { BUDGETS, TARGETS } from '../scripts/budgets.mjs';
import { serve } from '../scripts/static-server.mjs';
import { BARE_TAG_RESERVATION } from '../scripts/reservation.mjs';
import * as chromeLauncher from 'chrome-launcher';
import { chromiumArgs as systemChromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { renderCard } from '../dist/ssr/render-card.js';
import cardStyles from '../dist/ask-for-help-card.styles.js';
import { essay } from '../dist/content/essay.js';
import { essaySections } from '../dist/content/sections.js';

const ROOT = new URL('../', import.meta.url).pathname;
/** Rounds per page size: one card loads fast, so it gets more rounds to steady its median. */
const RUNS = { 1: Number(process.env.BENCH_RUNS ?? 45), 100: Number(process.env.BENCH_RUNS ?? 15) };
const CYCLES = 2000;
// --expose-gc as well, so the memory measures can force collections.
const chromiumArgs = [...systemChromiumArgs, '--js-flags=--expose-gc'];

// ---------------------------------------------------------------------------------------------
// Pages

const page = (title, body, head = '') => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title><link rel="icon" href="data:,">${head}</head>
<body style="margin: 0; font-family: Georgia, serif"><main style="max-inline-size: 44rem; margin-inline: auto; padding: 1rem">
${body}
</main></body></html>
`;

/** Marks `window.ready` once `whenReady` resolves and the page is laid out. */
const readyScript = (whenReady) => `<script type="module">
(${whenReady})().then(() => { document.body.getBoundingClientRect(); window.ready = performance.now(); });
</script>`;

const layoutShiftScript = `<script>
window.layoutShift = 0;
new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.layoutShift += e.value; })
  .observe({ type: 'layout-shift', buffered: true });
</script>`;

// The card's light-DOM twin: the prerendered markup without its shadow root, with the card's own
// stylesheet made to match it (:host becomes .host).
const prerendered = renderCard({ region: 'US' });
const shadowMarkup = prerendered.slice(
  prerendered.indexOf('</style>') + '</style>'.length,
  prerendered.lastIndexOf('</template>'),
);
const staticCss = cardStyles.cssText.replace(/:host\((\[[^\]]*\])\)/g, '.host$1').replace(/:host/g, '.host');
const staticCard = `<div class="host">${shadowMarkup}</div>`;

// The same card from Shoelace: help list and essay as static HTML, each section an <sl-details>.
const shoelaceMarkup = shadowMarkup.replace(/<h3 class="section-heading visually-hidden"[\s\S]*$/, '');
const shoelaceSections = essaySections
  .map((section, index) => {
    const paragraphs = essay.paragraphs
      .slice(section.from, section.to)
      .map((p) => `<p>${p}</p>`)
      .join('');
    return `<sl-details summary="${section.heading}"${index === 0 ? ' open' : ''}>${paragraphs}</sl-details>`;
  })
  .join('');
const shoelaceCard = `<div class="host">${shoelaceMarkup}${shoelaceSections}</div></article></div>`;

function contenders(count) {
  const times = (html) => Array.from({ length: count }, () => html).join('\n');
  return {
    card: page(
      `${count} × ask-for-help-card`,
      times('<ask-for-help-card region="US"></ask-for-help-card>'),
      `<script type="module" src="/dist/cdn/ask-for-help-card.js"></script>${readyScript(`async () => {
        await customElements.whenDefined('ask-for-help-card');
        await Promise.all([...document.querySelectorAll('ask-for-help-card')].map((card) => card.updateComplete));
      }`)}`,
    ),
    static: page(
      `${count} × static HTML`,
      times(staticCard),
      `<style>${staticCss}</style>${readyScript(`async () => {}`)}`,
    ),
    shoelace: page(
      `${count} × Shoelace sl-details`,
      times(shoelaceCard),
      `<link rel="stylesheet" href="/node_modules/@shoelace-style/shoelace/cdn/themes/light.css"><style>${staticCss}</style>
      <script type="module" src="/node_modules/@shoelace-style/shoelace/cdn/components/details/details.js"></script>${readyScript(`async () => {
        await customElements.whenDefined('sl-details');
        await Promise.all([...document.querySelectorAll('sl-details')].map((details) => details.updateComplete));
      }`)}`,
    ),
  };
}

async function writePages() {
  const dir = join(ROOT, 'dist/bench');
  await mkdir(dir, { recursive: true });
  for (const count of [1, 100]) {
    for (const [name, html] of Object.entries(contenders(count)))
      await writeFile(join(dir, `${name}-${count}.html`), html);
  }
  const blog = (card) =>
    `<h1>A blog post</h1><p>${essay.paragraphs[0]}</p>${card}<p>${essay.paragraphs[1]}</p><p>${essay.paragraphs[2]}</p>`;
  // The bare tag, its module loaded with the page; with the README's reservation where asked.
  const bare = (title, tag, reserved) =>
    page(
      title,
      blog(tag),
      `${reserved ? `<style>${BARE_TAG_RESERVATION}</style>` : ''}${layoutShiftScript}<script type="module" src="/dist/cdn/ask-for-help-card.js"></script>`,
    );
  const usTag = '<ask-for-help-card region="US"></ask-for-help-card>';
  await writeFile(join(dir, 'cls-bare.html'), bare('Bare tag', usTag, false));
  await writeFile(
    join(dir, 'cls-bare-reserved.html'),
    bare('Bare tag, space reserved as the README advises', usTag, true),
  );
  await writeFile(
    join(dir, 'cls-bare-reserved-none.html'),
    bare('Bare tag with no region, space reserved', '<ask-for-help-card></ask-for-help-card>', true),
  );
  await writeFile(
    join(dir, 'cls-prerendered.html'),
    page(
      'Prerendered, module a second late',
      blog(prerendered),
      `${layoutShiftScript}<script>setTimeout(() => { const s = document.createElement('script'); s.type = 'module'; s.src = '/dist/cdn/ask-for-help-card.js'; document.head.append(s); }, 1000);</script>`,
    ),
  );
  await writeFile(
    join(dir, 'memory.html'),
    page('Memory', '<div id="stage"></div>', '<script type="module" src="/dist/cdn/ask-for-help-card.js"></script>'),
  );
}

// ---------------------------------------------------------------------------------------------
// Measures

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const summary = (values) => ({
  median: median(values),
  min: Math.min(...values),
  max: Math.max(...values),
  runs: values.length,
});

async function timeToReady(browser, origin) {
  const results = {};
  for (const count of [1, 100]) {
    const names = ['static', 'card', 'shoelace'];
    const rounds = [];
    for (let run = 0; run < RUNS[count] + 1; run++) {
      // Alternate who goes first, run by run; the first round only warms the server and disk.
      const order = names.map((_, i) => names[(i + run) % names.length]);
      const round = {};
      for (const name of order) {
        const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
        const tab = await context.newPage();
        await tab.goto(`${origin}/dist/bench/${name}-${count}.html`);
        round[name] = await tab
          .waitForFunction(() => window.ready, null, { timeout: 60000 })
          .then((handle) => handle.jsonValue());
        await context.close();
      }
      if (run > 0) rounds.push(round);
    }
    // A round loads every contender back to back, so its ratios cancel a slow spell of the machine.
    const ratio = (name) => summary(rounds.map((round) => round[name] / round.static));
    results[count] = {
      ...Object.fromEntries(names.map((name) => [name, summary(rounds.map((round) => round[name]))])),
      ratio: { card: ratio('card'), shoelace: ratio('shoelace') },
      cardOverStatic: summary(rounds.map((round) => round.card - round.static)),
    };
  }
  return results;
}

async function heapUsed(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

async function memory(browser, origin) {
  const perCard = [];
  const growth = [];
  const series = [];
  for (let round = 0; round < 3; round++) {
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.goto(`${origin}/dist/bench/memory.html`);
    await tab.evaluate(() => customElements.whenDefined('ask-for-help-card'));
    const cdp = await context.newCDPSession(tab);
    const resources = [{ name: 'Harbour Line', phone: '555 0100', url: 'https://example.org', hours: '24/7' }];

    const empty = await heapUsed(cdp);
    await tab.evaluate(async (resources) => {
      const stage = document.getElementById('stage');
      for (let i = 0; i < 100; i++) {
        const card = document.createElement('ask-for-help-card');
        card.setAttribute('region', 'US');
        card.resources = resources;
        stage.append(card);
      }
      await Promise.all([...stage.children].map((card) => card.updateComplete));
    }, resources);
    perCard.push((await heapUsed(cdp)) - empty);
    await tab.evaluate(() => document.getElementById('stage').replaceChildren());

    const cycle = (count) =>
      tab.evaluate(
        async ({ count, resources }) => {
          const stage = document.getElementById('stage');
          for (let i = 0; i < count; i++) {
            const card = document.createElement('ask-for-help-card');
            card.setAttribute('region', 'US');
            card.resources = resources;
            stage.append(card);
            await card.updateComplete;
            card.remove();
          }
        },
        { count, resources },
      );
    await cycle(100); // warm-up: compiled code, template caches
    const start = await heapUsed(cdp);
    const readings = [0];
    for (let done = 0; done < CYCLES; done += 500) {
      await cycle(500);
      readings.push((await heapUsed(cdp)) - start);
    }
    growth.push(readings.at(-1));
    series.push(readings);
    await context.close();
  }
  return {
    perCard: summary(perCard.map((bytes) => bytes / 100)),
    growth: summary(growth),
    series: series[Math.floor(series.length / 2)],
  };
}

/** The pages whose layout shift is measured, and the widths they are measured at. */
const SHIFT_PAGES = ['cls-bare', 'cls-bare-reserved', 'cls-bare-reserved-none', 'cls-prerendered'];
const SHIFT_WIDTHS = [375, 1000];

async function layoutShift(browser, origin) {
  const results = {};
  for (const name of SHIFT_PAGES) {
    for (const width of SHIFT_WIDTHS) {
      const values = [];
      for (let run = 0; run < 5; run++) {
        const context = await browser.newContext({ viewport: { width, height: 800 } });
        const tab = await context.newPage();
        await tab.goto(`${origin}/dist/bench/${name}.html`);
        await tab.waitForFunction(() => customElements.get('ask-for-help-card'), null, { timeout: 10000 });
        await tab.evaluate(() => document.querySelector('ask-for-help-card').updateComplete);
        await tab.waitForTimeout(1000);
        values.push(await tab.evaluate(() => window.layoutShift));
        await context.close();
      }
      results[`${name}@${width}`] = summary(values);
    }
  }
  return results;
}

/** The card's height, in pixels and in ems of its text, at common widths, with and without a region. */
async function heights(browser, origin) {
  const rows = [];
  for (const width of [375, 768, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const tab = await context.newPage();
    await tab.goto(`${origin}/dist/bench/cls-bare.html`);
    await tab.waitForFunction(() => customElements.get('ask-for-help-card'), null, { timeout: 10000 });
    for (const region of ['', 'US', 'GB', 'DE']) {
      rows.push(
        await tab.evaluate(
          async ([region, width]) => {
            const card = document.querySelector('ask-for-help-card');
            card.region = region;
            await card.updateComplete;
            const height = card.getBoundingClientRect().height;
            return { width, region, height, em: height / parseFloat(getComputedStyle(card).fontSize) };
          },
          [region, width],
        ),
      );
    }
    await context.close();
  }
  return rows;
}

async function weight() {
  const file = readFileSync(join(ROOT, 'dist/cdn/ask-for-help-card.js'));
  const gzip = (data) => gzipSync(data, { level: 9 }).length;
  const brotli = (data) => brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const literals = {
    name: 'minify-literals',
    setup(bundle) {
      bundle.onLoad({ filter: /src\/.*\.ts$/ }, async ({ path }) => {
        const source = await readFile(path, 'utf8');
        return { contents: (await minifyHTMLLiterals(source, { fileName: path }))?.code ?? source, loader: 'ts' };
      });
    },
  };
  // What each part adds to the whole: the bundle built with and without it (left external),
  // minified as the CDN file is, compared.
  const bundle = async (external) => {
    const { outputFiles } = await build({
      entryPoints: [join(ROOT, 'src/index.ts')],
      bundle: true,
      minify: true,
      write: false,
      format: 'esm',
      target: 'es2022',
      external,
      plugins: [literals],
      tsconfig: join(ROOT, 'tsconfig.json'),
      logLevel: 'silent',
    });
    const text = outputFiles[0].contents;
    return { minified: text.length, gzip: gzip(text), brotli: brotli(text) };
  };
  // Each part as the modules import it (the element by ./, the model and templates by ../).
  const both = (path) => [`./${path}`, `../${path}`];
  const partsOf = {
    Lit: ['lit', 'lit/*', '@lit/*', 'lit-html', 'lit-html/*', 'lit-element/*', '@lit/reactive-element/*'],
    'The essay': both('content/essay.js'),
    'Default resources': both('content/help-lines.js'),
    'Time zones of 36 regions (region="auto")': both('content/time-zones.js'),
    'English words': both('content/strings.js'),
    'English dates and names written ahead': both('content/local-names.js'),
    Styles: [...both('ask-for-help-card.styles.js'), ...both('ask-for-help-card.tokens.js')],
  };
  const whole = await bundle([]);
  const parts = {};
  for (const [name, external] of Object.entries(partsOf)) {
    const without = await bundle(external);
    parts[name] = {
      minified: whole.minified - without.minified,
      gzip: whole.gzip - without.gzip,
      brotli: whole.brotli - without.brotli,
    };
  }
  parts["The card's own code"] = await bundle(Object.values(partsOf).flat());
  // What a reader of each language loads: the main file, and the language's own module.
  const cdnFile = (name) => readFileSync(join(ROOT, 'dist/cdn', name));
  const readers = Object.fromEntries(
    [
      ['English', ['ask-for-help-card.js']],
      ['Spanish', ['ask-for-help-card.js', 'ask-for-help-card.es.js']],
      ['French', ['ask-for-help-card.js', 'ask-for-help-card.fr.js']],
    ].map(([reader, files]) => [
      reader,
      { requests: files.length, gzip: files.reduce((sum, name) => sum + gzip(cdnFile(name)), 0) },
    ]),
  );
  return { total: { bytes: file.length, gzip: gzip(file), brotli: brotli(file) }, whole, parts, readers };
}

/**
 * The leading library's disclosure as a page loads it: every request a page with one
 * `<sl-details>` (Shoelace, its CDN build and light theme) or `<wa-details>` (Web Awesome, its
 * CDN build and default theme) makes, gzip -9 each; and the same bundled into one file by
 * esbuild, minified, beside its theme.
 */
async function peers(browser, origin) {
  const gzip = (data) => gzipSync(data, { level: 9 }).length;
  const libraries = {
    'Shoelace sl-details': {
      tag: '<sl-details summary="A section">Its words.</sl-details>',
      script: '/node_modules/@shoelace-style/shoelace/cdn/components/details/details.js',
      styles: ['/node_modules/@shoelace-style/shoelace/cdn/themes/light.css'],
      bundled: 'node_modules/@shoelace-style/shoelace/dist/components/details/details.js',
    },
    'Web Awesome wa-details': {
      tag: '<wa-details summary="A section">Its words.</wa-details>',
      script: '/node_modules/@awesome.me/webawesome/dist-cdn/components/details/details.js',
      styles: [
        '/node_modules/@awesome.me/webawesome/dist-cdn/styles/webawesome.css',
        '/node_modules/@awesome.me/webawesome/dist-cdn/styles/themes/default.css',
      ],
      bundled: 'node_modules/@awesome.me/webawesome/dist/components/details/details.js',
    },
  };
  const results = {};
  for (const [name, library] of Object.entries(libraries)) {
    const html = page(
      name,
      library.tag,
      `${library.styles.map((href) => `<link rel="stylesheet" href="${href}">`).join('')}<script type="module" src="${library.script}"></script>`,
    );
    await writeFile(join(ROOT, 'dist/bench', `peer-${name.split(' ')[0].toLowerCase()}.html`), html);
    const context = await browser.newContext();
    const tab = await context.newPage();
    const files = new Set();
    tab.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (pathname.startsWith('/node_modules/')) files.add(pathname);
    });
    await tab.goto(`${origin}/dist/bench/peer-${name.split(' ')[0].toLowerCase()}.html`, { waitUntil: 'networkidle' });
    await context.close();
    const shipped = [...files].reduce((sum, path) => sum + gzip(readFileSync(join(ROOT, path))), 0);
    const { outputFiles } = await build({
      entryPoints: [join(ROOT, library.bundled)],
      bundle: true,
      minify: true,
      write: false,
      format: 'esm',
      target: 'es2022',
      logLevel: 'silent',
    });
    const theme = library.styles.reduce((sum, href) => sum + gzip(readFileSync(join(ROOT, href))), 0);
    results[name] = { requests: files.size, shipped, bundled: gzip(outputFiles[0].contents), theme };
  }
  return results;
}

async function runLighthouse(origin) {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: ['--headless=new', ...chromiumArgs],
  });
  try {
    const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
    const pages = {};
    for (const path of ['/', '/prerendered.html']) {
      const { lhr } = await lighthouse(`${origin}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: categories,
      });
      pages[path] = {
        scores: Object.fromEntries(
          categories.map((id) => [lhr.categories[id].title, Math.round(lhr.categories[id].score * 100)]),
        ),
        failing: Object.values(lhr.audits)
          .filter(
            (audit) =>
              audit.score !== null &&
              audit.score < 1 &&
              audit.scoreDisplayMode !== 'informative' &&
              audit.scoreDisplayMode !== 'manual',
          )
          .filter((audit) =>
            categories.some((id) => lhr.categories[id].auditRefs.some((ref) => ref.id === audit.id && ref.weight > 0)),
          )
          .map((audit) => audit.title),
        metrics: {
          'First Contentful Paint': lhr.audits['first-contentful-paint'].displayValue,
          'Largest Contentful Paint': lhr.audits['largest-contentful-paint'].displayValue,
          'Total Blocking Time': lhr.audits['total-blocking-time'].displayValue,
          'Cumulative Layout Shift': lhr.audits['cumulative-layout-shift'].displayValue,
        },
      };
    }
    return { version: (await import('lighthouse/package.json', { with: { type: 'json' } })).default.version, pages };
  } finally {
    await chrome.kill();
  }
}

// ---------------------------------------------------------------------------------------------
// Report

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const ms = (value) => `${value.toFixed(1)} ms`;
const range = (s, format) => `${format(s.median)} (${format(s.min)}–${format(s.max)})`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function verdict(ok, text) {
  return `${ok ? 'met' : 'missed'}: ${text}`;
}

function report({ machine, started, seconds, times, weights, peerWeights, heap, shifts, cardHeights, lh }) {
  const ratio = (count, name) => times[count].ratio[name].median;
  const ratioRange = (count, name) => {
    const { median: middle, min, max } = times[count].ratio[name];
    return `${middle.toFixed(2)}× (${min.toFixed(2)}×–${max.toFixed(2)}×)`;
  };
  const targets = [
    verdict(
      ratio(1, 'card') <= BUDGETS.oneCardRatio,
      `1 card within ${BUDGETS.oneCardRatio}× of static HTML (${ratio(1, 'card').toFixed(2)}×${ratio(1, 'card') > BUDGETS.oneCardRatio ? `, ${(ratio(1, 'card') - BUDGETS.oneCardRatio).toFixed(2)}× over` : ''})`,
    ),
    verdict(
      ratio(100, 'card') <= BUDGETS.hundredCardsRatio,
      `100 cards within ${BUDGETS.hundredCardsRatio}× of static HTML (${ratio(100, 'card').toFixed(2)}×${ratio(100, 'card') > BUDGETS.hundredCardsRatio ? `, ${(ratio(100, 'card') - BUDGETS.hundredCardsRatio).toFixed(2)}× over` : ''})`,
    ),
    verdict(
      ratio(1, 'card') < ratio(1, 'shoelace') && ratio(100, 'card') < ratio(100, 'shoelace'),
      `ahead of the Shoelace build at 1 and 100 cards (${ratio(1, 'card').toFixed(2)}× vs ${ratio(1, 'shoelace').toFixed(2)}×; ${ratio(100, 'card').toFixed(2)}× vs ${ratio(100, 'shoelace').toFixed(2)}×)`,
    ),
    verdict(
      weights.readers.English.gzip <= TARGETS.englishReaderGzip && weights.readers.English.requests === 1,
      `an English reader loads at most ${kib(TARGETS.englishReaderGzip)} gzip in one request (${kib(weights.readers.English.gzip)}${weights.readers.English.gzip > TARGETS.englishReaderGzip ? `, ${kib(weights.readers.English.gzip - TARGETS.englishReaderGzip)} over` : ''})`,
    ),
    verdict(
      Object.values(weights.readers).every(({ gzip, requests }) => gzip <= TARGETS.anyReaderGzip && requests <= 2),
      `any reader loads at most ${kib(TARGETS.anyReaderGzip)} gzip, in two requests at most (${Object.entries(
        weights.readers,
      )
        .map(([reader, { gzip }]) => `${reader} ${kib(gzip)}`)
        .join(', ')})`,
    ),
    verdict(
      heap.growth.median < 2 * 1024 * 1024,
      `heap growth under 2 MB over ${CYCLES} cycles (${mb(heap.growth.median)})`,
    ),
    verdict(
      shifts['cls-prerendered@375'].median <= 0.01 && shifts['cls-prerendered@1000'].median <= 0.01,
      `layout shift at most 0.01 for the prerendered card (${shifts['cls-prerendered@375'].median.toFixed(3)} at 375 px, ${shifts['cls-prerendered@1000'].median.toFixed(3)} at 1000 px)`,
    ),
    verdict(
      Object.values(lh.pages['/'].scores).every((score) => score === 100),
      `100 in every Lighthouse category on the demo (${Object.entries(lh.pages['/'].scores)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')})`,
    ),
  ];
  const missed = targets.filter((line) => line.startsWith('missed'));

  return `# Benchmarks

Every figure here was written by \`npm run bench\` (this file is its output) on ${started.slice(0, 10)}, in
${seconds} s. Medians come with the fastest and slowest run in brackets. Speed is given as a
ratio to the physical limit: each round loads every contender back to back, and the ratio is the
median of the rounds' ratios, so a slow spell of this shared machine slows a round's contenders
alike and cancels out.

| machine | |
| --- | --- |
| processor | ${machine.cpu}, ${machine.cores} cores |
| memory | ${machine.memory} |
| browser | ${machine.browser} (headless, \`${chromiumPath}\`) |
| Node.js | ${machine.node} |
| runs | ${RUNS[1]} rounds with 1 card, ${RUNS[100]} with 100; each round loads every contender, in turn first, each load in a fresh browser context |

## Targets

${targets.map((line) => `- ${line}`).join('\n')}
${missed.length ? `\n${whatItWouldTake(weights, times, lh)}\n` : ''}
## Time to a ready card

From navigation start to the moment every card on the page has rendered (essay laid out,
controls working): for the card, its module defined and every \`updateComplete\` resolved; for
static HTML, the parsed page; for Shoelace, every \`<sl-details>\` updated. Then one forced layout.

- **Static HTML** is the physical limit: the card's own markup (from \`renderCard()\`) and its own
  stylesheet in the light DOM, sections as native \`<details>\`, no script.
- **Shoelace** is what a developer would otherwise build: the same help list and stylesheet, each
  essay section an \`<sl-details>\` (Shoelace ${JSON.parse(readFileSync(join(ROOT, 'node_modules/@shoelace-style/shoelace/package.json'))).version}, its CDN build, light theme).

| cards per page | static HTML | ask-for-help-card | ratio | Shoelace | ratio |
| --- | --- | --- | --- | --- | --- |
${[1, 100]
  .map(
    (count) =>
      `| ${count} | ${range(times[count].static, ms)} | ${range(times[count].card, ms)} | ${ratioRange(count, 'card')} | ${range(times[count].shoelace, ms)} | ${ratioRange(count, 'shoelace')} |`,
  )
  .join('\n')}

## Weight

The CDN file \`dist/cdn/ask-for-help-card.js\` (Lit, the essay, the 46 services with their English
descriptions, the time zones for \`region="auto"\`, the English words, styles, code): **${kib(weights.total.gzip)} gzip**,
${kib(weights.total.brotli)} brotli, ${kib(weights.total.bytes)} minified. Spanish and French (their words, the
sheet's descriptions, dates and names) are modules of their own beside it, which a page loads
only when a card speaks them, as the main file runs.

What each reader loads (gzip -9), against the budgets in \`scripts/budgets.mjs\`:

| reader | requests | gzip | budget |
| --- | --- | --- | --- |
${Object.entries(weights.readers)
  .map(
    ([reader, { requests, gzip }]) =>
      `| ${reader} | ${requests} | ${kib(gzip)} | ${kib(reader === 'English' ? BUDGETS.englishReaderGzip : BUDGETS.anyReaderGzip)} |`,
  )
  .join('\n')}

The leading library's disclosure component, measured here the same way (every request a page
with one component makes, and the component bundled into one file by esbuild beside its theme):

| component | requests as shipped | gzip as shipped | bundled | its theme | bundled with theme |
| --- | --- | --- | --- | --- | --- |
${Object.entries(peerWeights)
  .map(
    ([name, peer]) =>
      `| ${name} | ${peer.requests} | ${kib(peer.shipped)} | ${kib(peer.bundled)} | ${kib(peer.theme)} | ${kib(peer.bundled + peer.theme)} |`,
  )
  .join('\n')}

What each part contributes: the card's bundle built again with esbuild (template text minified as
in the build; ${kib(weights.whole.gzip)} gzip whole) and once without each part, the difference being the
part's share. The card's own code is the bundle with every other part left out.

| part | minified | gzip | brotli |
| --- | --- | --- | --- |
${Object.entries(weights.parts)
  .map(([name, part]) => `| ${name} | ${kib(part.minified)} | ${kib(part.gzip)} | ${kib(part.brotli)} |`)
  .join('\n')}

## Memory

Heap measured through the DevTools protocol after two forced garbage collections, in a page that
loads the CDN file. Three rounds; medians with the range.

| measure | result |
| --- | --- |
| heap per card (100 cards with a resource, attached and rendered) | ${range(heap.perCard, kb)} |
| heap growth over ${CYCLES} attach/render/detach cycles, after 100 to warm up | ${range(heap.growth, mb)} |
| growth after 0, 500, 1,000, 1,500, 2,000 cycles (middle round) | ${heap.series.map((bytes) => kb(bytes)).join(', ')} |

## Layout shift

Cumulative layout shift (Layout Instability API) of a blog post with a card between paragraphs,
1 s after the card is ready; 5 runs.

| embed | 375 px wide | 1000 px wide |
| --- | --- | --- |
| bare \`<ask-for-help-card>\` tag, module loaded with the page | ${range(shifts['cls-bare@375'], (v) => v.toFixed(3))} | ${range(shifts['cls-bare@1000'], (v) => v.toFixed(3))} |
| bare tag with the README's reservation (\`region="US"\`) | ${range(shifts['cls-bare-reserved@375'], (v) => v.toFixed(3))} | ${range(shifts['cls-bare-reserved@1000'], (v) => v.toFixed(3))} |
| the same with no region, the shortest card | ${range(shifts['cls-bare-reserved-none@375'], (v) => v.toFixed(3))} | ${range(shifts['cls-bare-reserved-none@1000'], (v) => v.toFixed(3))} |
| prerendered card (\`renderCard()\`), module a second late | ${range(shifts['cls-prerendered@375'], (v) => v.toFixed(3))} | ${range(shifts['cls-prerendered@1000'], (v) => v.toFixed(3))} |

The card's height at common widths (the README's reservation is drawn from these):

| width | no region | US | GB | DE |
| --- | --- | --- | --- | --- |
${[375, 768, 1280]
  .map((width) => {
    const cells = ['', 'US', 'GB', 'DE'].map((region) => {
      const row = cardHeights.find((entry) => entry.width === width && entry.region === region);
      return `${Math.round(row.height)} px (${Math.round(row.em)} em)`;
    });
    return `| ${width} px | ${cells.join(' | ')} |`;
  })
  .join('\n')}

The bare tag has no size until its module renders it, so the text below it moves once. The
README's reservation (\`scripts/reservation.mjs\`) holds the shortest card's height meanwhile, so
the page moves only by what the region's lines add; the prerendered snippet does not move.

## Lighthouse

Lighthouse ${lh.version}, its default (mobile, simulated throttling), against \`vite build --mode demo\`
served from loopback.

| page | ${Object.keys(lh.pages['/'].scores).join(' | ')} | FCP | LCP | TBT | CLS |
| --- | ${Object.keys(lh.pages['/'].scores)
    .map(() => '---')
    .join(' | ')} | --- | --- | --- | --- |
${Object.entries(lh.pages)
  .map(
    ([path, result]) =>
      `| \`${path}\` | ${Object.values(result.scores).join(' | ')} | ${Object.values(result.metrics).join(' | ')} |`,
  )
  .join('\n')}
${Object.entries(lh.pages)
  .filter(([, result]) => result.failing.length)
  .map(
    ([path, result]) =>
      `\nAudits below full marks on \`${path}\` (weighted in a category): ${result.failing.join('; ')}.`,
  )
  .join('')}

## Method and command

\`\`\`sh
npm ci && npm run bench     # BENCH_RUNS=N sets the rounds per page size (default 45 with 1 card, 15 with 100)
\`\`\`

\`bench/run.mjs\` builds nothing itself: \`npm run bench\` runs \`npm run build\` and the demo build
first, writes its pages into \`dist/bench/\`, serves the repository on loopback, drives Debian's
Chromium through Playwright (CHROME_PATH overrides it) and rewrites this file.
`;
}

function whatItWouldTake(weights, times, lh) {
  const lines = ['Where a target is missed, what it would take:', ''];
  if (weights.readers.English.gzip > TARGETS.englishReaderGzip) {
    const part = (name) => weights.parts[name].gzip;
    lines.push(
      `- **Weight.** The English reader's one file holds what every reader needs: Lit (${kib(part('Lit'))}), the essay (${kib(part('The essay'))}), the 46 services with their English descriptions (${kib(part('Default resources'))}), the time zones of 36 regions for the README's own \`region="auto"\` embed (${kib(part('Time zones of 36 regions (region="auto")'))}), the styles (${kib(part('Styles'))}), the English words and names (${kib(part('English words') + part('English dates and names written ahead'))}), and the card's own code (${kib(part("The card's own code"))}: the checks and their warnings, the controllers for language, region, sections and the page's scheme, the templates). Spanish and French already travel apart. Meeting ${kib(TARGETS.englishReaderGzip)} in one request would mean dropping features: the time-zone table (or a second request for \`auto\`), the checks' exact warnings, or the page-scheme detection.`,
    );
  }
  if (times[1].ratio.card.median > 1.3 || times[100].ratio.card.median > 1.5) {
    lines.push(
      `- **Speed.** With one card, the page waits for the module (${kib(weights.total.bytes)} to fetch, parse and run) before anything renders: ${ms(times[1].cardOverStatic.median)} over static HTML (the median of the rounds), most of it fixed cost that 100 cards share. A profile of that page shows the browser already fetching the module early (its preload scanner finds the tag in the head); what remains is evaluating the module (Lit's start-up, the styles, the definition) and the first render into a shadow root. The card already keeps Intl out of that render in its shipped languages (a page's first Intl formatter loads locale data, which cost as much as the render itself), and \`region="auto"\` reads the time zone through Temporal where the engine has it. Closing the rest would take a smaller module (see weight) or less work on first render; prerendering (\`renderCard()\`) shows the same content at the static-HTML cost and the module then only upgrades it.`,
    );
  }
  const scores = lh.pages['/'].scores;
  if (!Object.values(scores).every((score) => score === 100)) {
    lines.push(
      `- **Lighthouse.** ${Object.entries(scores)
        .filter(([, score]) => score < 100)
        .map(([name, score]) => `${name} ${score}`)
        .join(', ')}: see the audits listed under Lighthouse below.`,
    );
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------

const started = new Date().toISOString();
const t0 = Date.now();
await writePages();
const server = await serve(ROOT);
const origin = `http://127.0.0.1:${server.address().port}`;
const demoServer = await serve(join(ROOT, 'dist/demo'));
const demoOrigin = `http://127.0.0.1:${demoServer.address().port}`;
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  const machine = {
    cpu: cpus()[0].model.trim(),
    cores: cpus().length,
    memory: `${Math.round(totalmem() / 1024 ** 3)} GiB`,
    browser: `Chromium ${browser.version()}`,
    node: process.version,
  };
  console.log('bench: time to a ready card…');
  const times = await timeToReady(browser, origin);
  console.log('bench: weight…');
  const weights = await weight();
  const peerWeights = await peers(browser, origin);
  console.log('bench: memory…');
  const heap = await memory(browser, origin);
  console.log('bench: layout shift…');
  const shifts = await layoutShift(browser, origin);
  const cardHeights = await heights(browser, origin);
  console.log('bench: Lighthouse…');
  const lh = await runLighthouse(demoOrigin);
  const seconds = Math.round((Date.now() - t0) / 1000);
  await writeFile(
    join(ROOT, 'BENCHMARKS.md'),
    report({ machine, started, seconds, times, weights, peerWeights, heap, shifts, cardHeights, lh }),
  );
  console.log(`bench: wrote BENCHMARKS.md in ${seconds} s`);
} finally {
  await browser.close();
  server.close();
  demoServer.close();
}
