// Where a page's time goes while its cards first render: a CPU profile (the DevTools protocol's
// Profiler) of the page with 1 and with 100 bare cards, its samples summed by what they ran.
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { cardsReady, median, ms, page, ROOT } from '../common.mjs';

/** What a sample was doing, from the function and the source its position maps back to. */
function categorise(frame, sourceMap) {
  const { url, functionName, lineNumber, columnNumber } = frame;
  if (functionName === '(garbage collector)') return 'garbage collection';
  if (functionName === '(program)' || functionName === '(idle)' || functionName === '(root)') return undefined;
  if (!url) return 'the browser: style, layout, parsing, DOM (native)';
  if (!url.includes('/cdn/ask-for-help-card')) return 'the page';
  // The bundle's own top level: every module's top-level statements, run once as it is evaluated.
  if (!functionName && lineNumber === 0 && columnNumber === 0) return 'card: evaluating the module (its top level)';
  const source = originalPositionFor(sourceMap, { line: lineNumber + 1, column: columnNumber }).source ?? '';
  if (/lit-html|reactive-element|lit-element|css-tag/.test(source)) return `Lit: ${source.split('/').at(-1)}`;
  return `card: ${source.replace(/^.*\/src\//, 'src/')}`;
}

/**
 * Profiles `pages` (names under dist/bench/, each ready when `window.ready` is set) `runs` times each
 * and returns, per page, the median self time of each category.
 */
export async function profile(browser, origin, pages, runs = 5) {
  const sourceMap = new TraceMap(readFileSync(join(ROOT, 'dist/bench/cdn/ask-for-help-card.js.map'), 'utf8'));
  const results = {};
  for (const name of pages) {
    const runsOf = [];
    for (let run = 0; run < runs + 1; run++) {
      const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
      const tab = await context.newPage();
      const cdp = await context.newCDPSession(tab);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
      await tab.goto(`${origin}/dist/bench/${name}.html`);
      const ready = await tab.waitForFunction(() => window.ready, null, { timeout: 60000 }).then((h) => h.jsonValue());
      const { profile: cpu } = await cdp.send('Profiler.stop');
      await context.close();
      if (run === 0) continue; // warms the server and the disk
      const byId = new Map(cpu.nodes.map((node) => [node.id, node]));
      const self = {};
      for (let i = 0; i < cpu.samples.length; i++) {
        const category = categorise(byId.get(cpu.samples[i]).callFrame, sourceMap);
        if (category) self[category] = (self[category] ?? 0) + cpu.timeDeltas[i] / 1000;
      }
      runsOf.push({ ready, self });
    }
    const categories = [...new Set(runsOf.flatMap((r) => Object.keys(r.self)))];
    results[name] = {
      ready: median(runsOf.map((r) => r.ready)),
      self: Object.fromEntries(
        categories
          .map((category) => [category, median(runsOf.map((r) => r.self[category] ?? 0))])
          .sort((a, b) => b[1] - a[1]),
      ),
    };
  }
  return results;
}

/** The profile as Markdown rows: the categories that took at least `floor` ms in some page. */
export function profileTable(results, floor = 0.5) {
  const pages = Object.keys(results);
  const categories = [...new Set(pages.flatMap((page) => Object.keys(results[page].self)))].filter((category) =>
    pages.some((page) => (results[page].self[category] ?? 0) >= floor),
  );
  categories.sort((a, b) => (results[pages.at(-1)].self[b] ?? 0) - (results[pages.at(-1)].self[a] ?? 0));
  return [
    `| self time | ${pages.map((page) => `\`${page}\``).join(' | ')} |`,
    `| --- | ${pages.map(() => '---').join(' | ')} |`,
    ...categories.map(
      (category) => `| ${category} | ${pages.map((page) => ms(results[page].self[category] ?? 0)).join(' | ')} |`,
    ),
    `| ready (navigation start to every card rendered) | ${pages.map((page) => ms(results[page].ready)).join(' | ')} |`,
  ].join('\n');
}

/** The pages profiled: 1 and 100 bare cards, the module built with its source map. */
export const PROFILED = { 1: 'profile-1', 100: 'profile-100' };

export async function writeProfilePages(dir) {
  for (const [count, name] of Object.entries(PROFILED)) {
    await writeFile(
      join(dir, `${name}.html`),
      page(
        `${count} × ask-for-help-card, profiled`,
        Array.from({ length: Number(count) }, () => '<ask-for-help-card region="US"></ask-for-help-card>').join('\n'),
        `<script type="module" src="/dist/bench/cdn/ask-for-help-card.js"></script>${cardsReady}`,
      ),
    );
  }
}

/**
 * What the profile found when the per-card cost was cut, each figure the median self time of five
 * profiled loads of 100 cards, before and after the change.
 */
const FINDINGS = [
  "Every card read the page's colours when it connected. Each read came after the previous card had rendered, so it forced a style recalculation of the whole page: 52 ms of the card's own time for 100 cards. Cards connected together are now read together, just before the first renders, with each ancestor's colour read once: 6–10 ms.",
  "Each card's region picker rendered 66 option templates through Lit, 6,600 template instances for 100 cards. The options are now made once per language and cloned (Lit's `guard` keeps a card's copy until its language or region changes): Lit's own time went from 81 to 59 ms, the browser's native work from 135 to 111 ms, garbage collection from 30 to 21 ms.",
  "The essay's paragraphs are made once per page the same way (Lit's time 59 → 48 ms); the server still renders both as templates, so prerendered markup is unchanged.",
  "With 145 regions, 100 cards cloned 14,500 options no one saw, and a page of 100 bare cards was 1.21× slower to ready than the 63-region build (timed in the same rounds; the card's own picker code, native DOM work and garbage collection grew most). Each picker now holds only its chosen region until the reader reaches it (focus, a tap or a click), and fills at once before it opens: 100 cards are now 0.84× the 63-region build's time, one card 1.00×.",
  'Sorting the region names happened on every render; it is now done once per language and list.',
  "What is left for 100 cards is the browser's own work on 100 shadow roots (style, layout, DOM), Lit's render of each card's dynamic parts, and garbage collection.",
  "One card: from the moment its module has arrived to a rendered card took a median 26 ms here (the module's evaluation and its first render, measured by marks around the module), then 13 ms of layout, which static HTML pays too. The profile spreads those 26 ms thin: Lit preparing each template the first time, the stylesheet, the first check of each setting, none over 2 ms. Static HTML is ready in about 55 ms, so 1.3× leaves about 17 ms for all of it; with every feature kept that is out of reach, and a card prerendered with `renderCard()` paints at static HTML's cost instead.",
];

export function profileSection(results) {
  return `## Where the time goes

A CPU profile (the DevTools protocol's sampling profiler, 0.1 ms interval) of a page with 1 and
with 100 bare cards, the module built with its source map so each sample is charged to its
source module; medians of five loads. "The page" is everything outside the card's module (the
page's own scripts and the test driver's); "the browser" is native work: parsing, style, layout.

${profileTable(results, 0.5)}

What the profile found, and what changed:

${FINDINGS.map((finding) => `- ${finding}`).join('\n')}
`;
}
