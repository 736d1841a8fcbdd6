#!/usr/bin/env node
/**
 * `npm run bench`: measures the built card in headless Chromium and rewrites BENCHMARKS.md. Each
 * measure is a module of its own under bench/measures/, with the pages it loads and its part of
 * the report:
 *
 * - time.mjs: time to a ready card, 1 and 100 per page, against static HTML, the card as an
 *   earlier commit built it (previous.mjs), and Shoelace's <sl-details> (bundled, and from its
 *   CDN), in three sessions.
 * - profile.mjs: where that time goes, from a CPU profile charged to source modules.
 * - weight.mjs: what each reader loads, each source module's share, the peers' weight.
 * - slow-phone.mjs: first paint and ready under a throttled CPU and network.
 * - memory.mjs, layout-shift.mjs, lighthouse.mjs.
 *
 * Expects `npm run build`, the demo build and the source-mapped CDN build in dist/bench/cdn/ (the
 * npm script runs all three).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cpus, totalmem } from 'node:os';
import { chromium } from 'playwright';
import { serve } from '../scripts/static-server.mjs';
import { chromiumPath } from '../scripts/chromium.mjs';
import { chromiumArgs, ROOT } from './common.mjs';
import { RUNS, SESSIONS, timeSection, timeToReady, timeVerdicts, writeTimePages } from './measures/time.mjs';
import { PROFILED, profile, profileSection, writeProfilePages } from './measures/profile.mjs';
import { peers, weight, weightSection, weightVerdicts } from './measures/weight.mjs';
import { slowPhone, slowPhoneSection, writeSlowPhonePages } from './measures/slow-phone.mjs';
import { memory, memorySection, memoryVerdicts, writeMemoryPage } from './measures/memory.mjs';
import {
  heights,
  layoutShift,
  layoutShiftSection,
  layoutShiftVerdicts,
  writeLayoutShiftPages,
} from './measures/layout-shift.mjs';
import { lighthouseSection, lighthouseVerdicts, runLighthouse } from './measures/lighthouse.mjs';
import { buildPrevious, PREVIOUS } from './measures/previous.mjs';

const started = new Date().toISOString();
const t0 = Date.now();
const pages = join(ROOT, 'dist/bench');
console.log(`bench: building the card at ${PREVIOUS}…`);
buildPrevious();
await writeTimePages(pages);
await writeProfilePages(pages);
await writeSlowPhonePages(pages);
await writeMemoryPage(pages);
await writeLayoutShiftPages(pages);

const server = await serve(ROOT);
const origin = `http://127.0.0.1:${server.address().port}`;
const gzipServer = await serve(ROOT, { gzip: true });
const gzipOrigin = `http://127.0.0.1:${gzipServer.address().port}`;
const demoServer = await serve(join(ROOT, 'dist/demo'));
const demoOrigin = `http://127.0.0.1:${demoServer.address().port}`;
const launch = () => chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const browser = await launch();
try {
  const machine = {
    cpu: cpus()[0].model.trim(),
    cores: cpus().length,
    memory: `${Math.round(totalmem() / 1024 ** 3)} GiB`,
    browser: `Chromium ${browser.version()}`,
    node: process.version,
  };
  console.log('bench: time to a ready card…');
  const times = await timeToReady(launch, origin);
  console.log('bench: profile…');
  const profiles = await profile(browser, origin, Object.values(PROFILED));
  console.log('bench: weight…');
  const weights = await weight();
  const peerWeights = await peers(browser, origin);
  console.log('bench: a slow phone…');
  const slow = await slowPhone(browser, gzipOrigin);
  console.log('bench: memory…');
  const heap = await memory(browser, origin);
  console.log('bench: layout shift…');
  const shifts = await layoutShift(browser, origin);
  const cardHeights = await heights(browser, origin);
  console.log('bench: Lighthouse…');
  const lh = await runLighthouse(demoOrigin);
  const seconds = Math.round((Date.now() - t0) / 1000);
  const targets = [
    ...timeVerdicts(times),
    ...weightVerdicts(weights),
    ...memoryVerdicts(heap),
    ...layoutShiftVerdicts(shifts),
    ...lighthouseVerdicts(lh),
  ];
  const report = `# Benchmarks

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
| runs | ${SESSIONS} sessions of ${RUNS[1]} rounds with 1 card and ${RUNS[100]} with 100; each round loads every contender, in turn first, each load in a fresh browser context |

## Targets

${targets.map((line) => `- ${line}`).join('\n')}

${timeSection(times)}
${profileSection(profiles)}
${weightSection(weights, peerWeights)}
${slowPhoneSection(slow, weights)}
${memorySection(heap)}
${layoutShiftSection(shifts, cardHeights)}
${lighthouseSection(lh)}

## Method and command

\`\`\`sh
npm ci && npm run bench     # BENCH_RUNS=N rounds per session, BENCH_SESSIONS=N sessions, BENCH_SLOW_RUNS=N slow-phone loads
\`\`\`

\`bench/run.mjs\` builds nothing itself: \`npm run bench\` runs \`npm run build\`, the demo build and a
source-mapped copy of the CDN files in \`dist/bench/cdn/\` (for the profile and the module table)
first. Each measure in \`bench/measures/\` writes its pages into \`dist/bench/\`; the repository is
served on loopback, Debian's Chromium is driven through Playwright (CHROME_PATH overrides it), and
this file is rewritten.
`;
  await writeFile(join(ROOT, 'BENCHMARKS.md'), report);
  console.log(`bench: wrote BENCHMARKS.md in ${seconds} s`);
} finally {
  await browser.close();
  server.close();
  gzipServer.close();
  demoServer.close();
}
