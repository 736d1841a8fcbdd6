// A slow phone: time to a ready card under a throttled profile (4× CPU slowdown; 150 ms round
// trip, 1.6 Mbit/s down, 750 kbit/s up), files served gzipped as a host would. A report, not a
// target: it shows what bytes and requests cost where they matter most.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cardsReady, ms, page, prerendered, range, summary } from '../common.mjs';

export const PROFILE = { cpuSlowdown: 4, latency: 150, down: 1.6e6, up: 0.75e6 };
const RUNS = Number(process.env.BENCH_SLOW_RUNS ?? 7);

/** The contenders: the three pages the time measure writes, and the card prerendered. */
export const SLOW_PAGES = {
  'static-1': 'static HTML (the limit)',
  'card-1': 'the bare tag',
  'prerendered-1': 'the prerendered card (`renderCard()`), then its module',
  'shoelace-bundled-1': 'Shoelace, bundled',
};

export async function writeSlowPhonePages(dir) {
  await writeFile(
    join(dir, 'prerendered-1.html'),
    page(
      'Prerendered ask-for-help-card',
      prerendered,
      `<script type="module" src="/dist/cdn/ask-for-help-card.js"></script>${cardsReady}`,
    ),
  );
}

/** First contentful paint and time to ready of each page, each run in a fresh context. */
export async function slowPhone(browser, origin) {
  const names = Object.keys(SLOW_PAGES);
  const rounds = [];
  for (let run = 0; run < RUNS + 1; run++) {
    const round = {};
    for (const name of names.map((_, i) => names[(i + run) % names.length])) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
      const tab = await context.newPage();
      const cdp = await context.newCDPSession(tab);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: PROFILE.latency,
        downloadThroughput: PROFILE.down / 8,
        uploadThroughput: PROFILE.up / 8,
      });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: PROFILE.cpuSlowdown });
      await tab.goto(`${origin}/dist/bench/${name}.html`);
      const ready = await tab.waitForFunction(() => window.ready, null, { timeout: 120000 }).then((h) => h.jsonValue());
      const paint = await tab.evaluate(
        () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
      );
      round[name] = { ready, paint };
      await context.close();
    }
    if (run > 0) rounds.push(round);
  }
  return Object.fromEntries(
    names.map((name) => [
      name,
      { ready: summary(rounds.map((r) => r[name].ready)), paint: summary(rounds.map((r) => r[name].paint)) },
    ]),
  );
}

export const slowPhoneSection = (slow, weights) => `## A slow phone

A report, not a target. Each page loaded ${RUNS} times in a fresh context under a throttled profile:
${PROFILE.cpuSlowdown}× CPU slowdown, ${PROFILE.latency} ms round trip, ${PROFILE.down / 1e6} Mbit/s down and ${PROFILE.up / 1e6} Mbit/s up, a 390 px
phone viewport; files served gzipped (-9), as a host would. First contentful paint is when the
reader first sees anything; ready is the same moment as in the time measure (every card rendered
and working). The card's module is ${(weights.total.gzip / 1024).toFixed(1)} KiB gzip.

| page | first contentful paint | ready |
| --- | --- | --- |
${Object.entries(SLOW_PAGES)
  .map(([name, label]) => `| ${label} | ${range(slow[name].paint, ms)} | ${range(slow[name].ready, ms)} |`)
  .join('\n')}

On a slow phone the bytes and round trips dominate: the bare tag shows nothing of the card until
its module has arrived and run, while the prerendered card paints its help within a frame or two
of static HTML and becomes interactive when the module arrives.
`;
