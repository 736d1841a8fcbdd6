// Weight: what each reader loads, what each source module costs of it, and the leading library's
// disclosure component measured the same way.
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { BUDGETS, TARGETS } from '../../scripts/budgets.mjs';
import { moduleShares } from '../../scripts/module-shares.mjs';
import { brotli, gzip, kib, page, ROOT, verdict } from '../common.mjs';

const READERS = [
  ['English', ['ask-for-help-card.js']],
  ['Spanish', ['ask-for-help-card.js', 'ask-for-help-card.es.js']],
  ['French', ['ask-for-help-card.js', 'ask-for-help-card.fr.js']],
];

export async function weight() {
  const cdnFile = (name) => readFileSync(join(ROOT, 'dist/cdn', name));
  const main = cdnFile('ask-for-help-card.js');
  const readers = Object.fromEntries(
    READERS.map(([reader, files]) => [
      reader,
      { requests: files.length, gzip: files.reduce((sum, name) => sum + gzip(cdnFile(name)), 0) },
    ]),
  );
  return {
    total: { bytes: main.length, gzip: gzip(main), brotli: brotli(main) },
    readers,
    siteChecksGzip: gzip(cdnFile('ask-for-help-card.site.js')),
    shares: moduleShares(join(ROOT, 'dist/bench/cdn')),
  };
}

/**
 * The leading library's disclosure as a page loads it: every request a page with one
 * `<sl-details>` (Shoelace, its CDN build and light theme) or `<wa-details>` (Web Awesome, its
 * CDN build and default theme) makes, gzip -9 each; and the same bundled into one file by
 * esbuild, minified, beside its theme.
 */
export async function peers(browser, origin) {
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
  const dir = join(ROOT, 'dist/bench');
  await mkdir(dir, { recursive: true });
  const results = {};
  for (const [name, library] of Object.entries(libraries)) {
    const file = `peer-${name.split(' ')[0].toLowerCase()}.html`;
    const links = library.styles.map((href) => `<link rel="stylesheet" href="${href}">`).join('');
    await writeFile(
      join(dir, file),
      page(name, library.tag, `${links}<script type="module" src="${library.script}"></script>`),
    );
    const context = await browser.newContext();
    const tab = await context.newPage();
    const files = new Set();
    tab.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (pathname.startsWith('/node_modules/')) files.add(pathname);
    });
    await tab.goto(`${origin}/dist/bench/${file}`, { waitUntil: 'networkidle' });
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

const over = (bytes, limit) => (bytes > limit ? `, ${kib(bytes - limit)} over` : '');

export function weightVerdicts(weights) {
  const { English, ...others } = weights.readers;
  const code = weights.shares.modules.filter((m) => m.group === 'code').reduce((sum, m) => sum + m.gzip, 0);
  return [
    verdict(
      code <= TARGETS.codeGzip,
      `the card's own code at most ${kib(TARGETS.codeGzip)} gzip of the main file (${kib(code)}${over(code, TARGETS.codeGzip)})`,
    ),
    verdict(
      English.gzip <= TARGETS.englishReaderGzip && English.requests === 1,
      `an English reader loads at most ${kib(TARGETS.englishReaderGzip)} gzip in one request (${kib(English.gzip)}${over(English.gzip, TARGETS.englishReaderGzip)})`,
    ),
    verdict(
      Object.values(others).every(({ gzip: bytes, requests }) => bytes <= TARGETS.anyReaderGzip && requests <= 2),
      `a Spanish or French reader loads at most ${kib(TARGETS.anyReaderGzip)} gzip in two requests (${Object.entries(
        others,
      )
        .map(([reader, { gzip: bytes }]) => `${reader} ${kib(bytes)}`)
        .join(', ')})`,
    ),
  ];
}

/**
 * What each lever of the compaction saved, measured on the main file (gzip -9) when it landed,
 * each against the file just before it.
 */
const LEVERS = [
  ['The help lines travel column by column, variant names only where they differ, the region list derived', -0.6],
  ['Time zones written small: whole folders by region (`Australia/`), other zones by their last part', -0.58],
  ["The element's properties in a static table, not decorators (Lit's decorator helpers leave the bundle)", -0.46],
  ["Options and paragraphs cloned per page, with Lit's `guard` (a speed lever: its price in bytes)", +0.47],
  ['The sheet grown to 90 services and 145 regions (its price, before the levers below)', +2.76],
  ["The checks for a site's own lines and words in a module of their own, loaded only by a card given them", -1.06],
  ["terser after the bundler's minifier (three passes)", -0.3],
  ["The check of a site's own reach-out message joins them", -0.16],
  ['Language variants that sort region names otherwise (en-GB, es-MX, fr-CA) left to the browser', -0.09],
  ['No comments in the built file (tree-shaking annotations served no one)', -0.06],
];

export function weightSection(weights, peerWeights) {
  const { shares } = weights;
  const groups = ['Lit', 'data', 'styles', 'code'];
  const groupTotal = (group) => shares.modules.filter((m) => m.group === group).reduce((sum, m) => sum + m.gzip, 0);
  return `## Weight

The CDN file \`dist/cdn/ask-for-help-card.js\` (Lit, the essay, the sheet's services with their English
descriptions, the time zones for \`region="auto"\`, the English words, styles, code): **${kib(weights.total.gzip)} gzip**,
${kib(weights.total.brotli)} brotli, ${kib(weights.total.bytes)} minified. Spanish and French (their words, the
sheet's descriptions, dates and names) are modules of their own beside it, which a page loads
only when a card speaks them, as the main file runs.

What each reader loads (gzip -9), against the targets and the budgets the suite enforces, both
in \`scripts/budgets.mjs\`:

| reader | requests | gzip | target | enforced budget |
| --- | --- | --- | --- | --- |
${Object.entries(weights.readers)
  .map(([reader, { requests, gzip: bytes }]) => {
    const key = reader === 'English' ? 'englishReaderGzip' : 'anyReaderGzip';
    return `| ${reader} | ${requests} | ${kib(bytes)} | ${kib(TARGETS[key])} | ${kib(BUDGETS[key])} |`;
  })
  .join('\n')}

### What each module costs

Each source module's share of the main file's ${kib(shares.whole)} gzip, from the build's source map (every
byte of the minified file goes to the module it came from; each module's bytes are gzipped alone
and the figures scaled to add up to the whole): ${groups.map((group) => `${group} ${kib(groupTotal(group))}`).join(', ')}.

| module | group | minified | gzip share |
| --- | --- | --- | --- |
${shares.modules
  .map(
    (m) => `| \`${m.name}\` | ${m.group} | ${(m.minified / 1024).toFixed(2)} KiB | ${(m.gzip / 1024).toFixed(2)} KiB |`,
  )
  .join('\n')}

What each lever changed, measured on the main file when it landed:

| lever | gzip |
| --- | --- |
${LEVERS.map(([lever, saved]) => `| ${lever} | ${saved > 0 ? '+' : '−'}${Math.abs(saved).toFixed(2)} KiB |`).join('\n')}

The card's own code (the "code" group above) weighs ${kib(groupTotal('code'))} of the main file, against a target
of ${kib(TARGETS.codeGzip)}. The checks for a site's own lines, words and message travel beside it in
\`ask-for-help-card.site.js\` (${kib(weights.siteChecksGzip)} gzip), which only a card given them loads.

### The leading library's disclosure, measured the same way

Every request a page with one component makes, and the component bundled into one file by
esbuild beside its theme:

| component | requests as shipped | gzip as shipped | bundled | its theme | bundled with theme |
| --- | --- | --- | --- | --- | --- |
${Object.entries(peerWeights)
  .map(
    ([name, peer]) =>
      `| ${name} | ${peer.requests} | ${kib(peer.shipped)} | ${kib(peer.bundled)} | ${kib(peer.theme)} | ${kib(peer.bundled + peer.theme)} |`,
  )
  .join('\n')}
`;
}
