// Time to a ready card, 1 and 100 per page, against the physical limit (the same markup as static
// HTML with the card's own stylesheet) and against the same card built from Shoelace's
// <sl-details>, as its CDN serves it and as a developer would ship it (bundled into one file).
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build, transform } from 'esbuild';
import { essay } from '../../dist/content/essay.js';
import { essaySections } from '../../dist/content/sections.js';
import { BUDGETS } from '../../scripts/budgets.mjs';
import { PREVIOUS, PREVIOUS_MODULE } from './previous.mjs';
import {
  cardsReady,
  page,
  range,
  readyScript,
  ROOT,
  shadowMarkup,
  staticCss,
  summary,
  ms,
  verdict,
} from '../common.mjs';

/** Rounds per page size in each session: one card loads fast, so it gets more rounds to steady its median. */
export const RUNS = { 1: Number(process.env.BENCH_RUNS ?? 30), 100: Number(process.env.BENCH_RUNS ?? 10) };
/** Sessions: the whole measure again in a freshly launched browser, so that one run's luck shows. */
export const SESSIONS = Number(process.env.BENCH_SESSIONS ?? 3);

const SHOELACE = 'node_modules/@shoelace-style/shoelace';
export const shoelaceVersion = JSON.parse(readFileSync(join(ROOT, SHOELACE, 'package.json'), 'utf8')).version;

export const CONTENDERS = {
  static: 'static HTML',
  card: 'ask-for-help-card',
  'card-previous': `ask-for-help-card at ${PREVIOUS}`,
  'shoelace-bundled': 'Shoelace, bundled',
  'shoelace-cdn': 'Shoelace, CDN',
};

// The same card from Shoelace: help list and essay as static HTML, each section an <sl-details>.
const shoelaceSections = essaySections
  .map((section, index) => {
    const paragraphs = essay.paragraphs
      .slice(section.from, section.to)
      .map((p) => `<p>${p}</p>`)
      .join('');
    return `<sl-details summary="${section.heading}"${index === 0 ? ' open' : ''}>${paragraphs}</sl-details>`;
  })
  .join('');
const shoelaceMarkup = shadowMarkup.replace(/<h3 class="section-heading visually-hidden"[\s\S]*$/, '');
export const shoelaceCard = `<div class="host">${shoelaceMarkup}${shoelaceSections}</div></article></div>`;
export const staticCard = `<div class="host">${shadowMarkup}</div>`;

const shoelaceReady = readyScript(`async () => {
  await customElements.whenDefined('sl-details');
  await Promise.all([...document.querySelectorAll('sl-details')].map((details) => details.updateComplete));
}`);

/**
 * Shoelace's <sl-details> as a developer ships it: its module and what it imports bundled into
 * one minified file by esbuild, its light theme minified into the page.
 */
export async function bundleShoelace(dir) {
  await build({
    entryPoints: [join(ROOT, SHOELACE, 'dist/components/details/details.js')],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    outfile: join(dir, 'shoelace-details.js'),
    logLevel: 'silent',
  });
  const { code } = await transform(readFileSync(join(ROOT, SHOELACE, 'dist/themes/light.css'), 'utf8'), {
    loader: 'css',
    minify: true,
  });
  return code;
}

/** Writes each contender's page with `count` cards into `dir`. */
export async function writeTimePages(dir, cardModule = '/dist/cdn/ask-for-help-card.js') {
  await mkdir(dir, { recursive: true });
  const shoelaceTheme = await bundleShoelace(dir);
  for (const count of [1, 100]) {
    const repeat = (html) => Array.from({ length: count }, () => html).join('\n');
    const pages = {
      static: page(
        `${count} × static HTML`,
        repeat(staticCard),
        `<style>${staticCss}</style>${readyScript('async () => {}')}`,
      ),
      card: page(
        `${count} × ask-for-help-card`,
        repeat('<ask-for-help-card region="US"></ask-for-help-card>'),
        `<script type="module" src="${cardModule}"></script>${cardsReady}`,
      ),
      'card-previous': page(
        `${count} × ask-for-help-card at ${PREVIOUS}`,
        repeat('<ask-for-help-card region="US"></ask-for-help-card>'),
        `<script type="module" src="${PREVIOUS_MODULE}"></script>${cardsReady}`,
      ),
      'shoelace-bundled': page(
        `${count} × Shoelace sl-details, bundled`,
        repeat(shoelaceCard),
        `<style>${shoelaceTheme}</style><style>${staticCss}</style><script type="module" src="/dist/bench/shoelace-details.js"></script>${shoelaceReady}`,
      ),
      'shoelace-cdn': page(
        `${count} × Shoelace sl-details, CDN`,
        repeat(shoelaceCard),
        `<link rel="stylesheet" href="/${SHOELACE}/cdn/themes/light.css"><style>${staticCss}</style>
        <script type="module" src="/${SHOELACE}/cdn/components/details/details.js"></script>${shoelaceReady}`,
      ),
    };
    for (const [name, html] of Object.entries(pages)) await writeFile(join(dir, `${name}-${count}.html`), html);
  }
}

/**
 * Times each contender in SESSIONS sessions, each in a browser `launch` starts afresh; in each, a
 * round loads all of them back to back, each first in turn. Returns the figures over every round,
 * and each session's median ratios.
 */
export async function timeToReady(launch, origin) {
  const sessions = [];
  for (let session = 0; session < SESSIONS; session++) {
    const browser = await launch();
    try {
      sessions.push(await timeSession(browser, origin));
    } finally {
      await browser.close();
    }
  }
  const names = Object.keys(CONTENDERS);
  return Object.fromEntries(
    [1, 100].map((count) => {
      const rounds = sessions.flatMap((session) => session[count]);
      return [
        count,
        { ...figures(rounds, names), sessions: sessions.map((session) => figures(session[count], names)) },
      ];
    }),
  );
}

/** Every contender's time, ratio to static HTML and share of rounds it beat the card in. */
function figures(rounds, names) {
  return Object.fromEntries(
    names.map((name) => [
      name,
      {
        time: summary(rounds.map((round) => round[name])),
        ratio: summary(rounds.map((round) => round[name] / round.static)),
        /** Against the previous build's card in the same round. */
        toPrevious: summary(rounds.map((round) => round[name] / round['card-previous'])),
        beatsCard: rounds.filter((round) => round[name] < round.card).length / rounds.length,
      },
    ]),
  );
}

async function timeSession(browser, origin) {
  const results = {};
  const names = Object.keys(CONTENDERS);
  for (const count of [1, 100]) {
    const rounds = [];
    for (let run = 0; run < RUNS[count] + 1; run++) {
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
      // The first round only warms the server and the disk.
      if (run > 0) rounds.push(round);
    }
    results[count] = rounds;
  }
  return results;
}

const ratioOf = (times, count, name) => times[count][name].ratio.median;
const ratioRange = (s) => `${s.median.toFixed(2)}× (${s.min.toFixed(2)}×–${s.max.toFixed(2)}×)`;

/** The targets on speed, met or missed. */
export function timeVerdicts(times) {
  const card = (count) => ratioOf(times, count, 'card');
  const over = (count, limit) => (card(count) > limit ? `, ${(card(count) - limit).toFixed(2)}× over` : '');
  const peer = (count) => ratioOf(times, count, 'shoelace-bundled');
  return [
    verdict(
      card(1) <= BUDGETS.oneCardRatio,
      `1 card within ${BUDGETS.oneCardRatio}× of static HTML (${card(1).toFixed(2)}×${over(1, BUDGETS.oneCardRatio)})`,
    ),
    verdict(
      card(100) <= BUDGETS.hundredCardsRatio,
      `100 cards within ${BUDGETS.hundredCardsRatio}× of static HTML (${card(100).toFixed(2)}×${over(100, BUDGETS.hundredCardsRatio)})`,
    ),
    verdict(
      [1, 100].every((count) => times[count].card.toPrevious.median <= BUDGETS.previousBuildRatio),
      `no more than ${Math.round((BUDGETS.previousBuildRatio - 1) * 100)}% slower than the card at ${PREVIOUS} (63 regions), timed in the same rounds, at 1 and 100 cards (${[
        1, 100,
      ]
        .map((count) => `${times[count].card.toPrevious.median.toFixed(2)}× at ${count}`)
        .join(', ')})`,
    ),
    verdict(
      card(1) <= peer(1) && card(100) <= peer(100),
      `no slower than Shoelace bundled at 1 and 100 cards (${card(1).toFixed(2)}× vs ${peer(1).toFixed(2)}×; ${card(100).toFixed(2)}× vs ${peer(100).toFixed(2)}×)`,
    ),
  ];
}

export function timeSection(times) {
  const names = Object.keys(CONTENDERS);
  return `## Time to a ready card

From navigation start to the moment every card on the page has rendered (essay laid out,
controls working): for the card, its module defined and every \`updateComplete\` resolved; for
static HTML, the parsed page; for Shoelace, every \`<sl-details>\` updated. Then one forced layout.

- **Static HTML** is the physical limit: the card's own markup (from \`renderCard()\`) and its own
  stylesheet in the light DOM, sections as native \`<details>\`, no script.
- **Shoelace** is what a developer would otherwise build: the same help list and stylesheet, each
  essay section an \`<sl-details>\` (Shoelace ${shoelaceVersion}, light theme). **Bundled**: its
  module and everything it imports in one file minified by esbuild, the theme minified into the
  page, as a developer ships it. **CDN**: its CDN build as published, one request per module.

| cards per page | ${names.map((name) => CONTENDERS[name]).join(' | ')} |
| --- | ${names.map(() => '---').join(' | ')} |
${[1, 100]
  .map((count) => `| ${count} | ${names.map((name) => range(times[count][name].time, ms)).join(' | ')} |`)
  .join('\n')}

**ask-for-help-card at ${PREVIOUS}** is the card as that commit built it (63 regions), from the
same bare tags, timed in the same rounds. Today's card against it, round by round (median,
fastest–slowest): ${[1, 100]
    .map((count) => `${ratioRange(times[count].card.toPrevious)} with ${count} card${count > 1 ? 's' : ''}`)
    .join('; ')}.

Each session's median ratio to static HTML (the whole measure in a freshly launched browser):

| cards per page | session | ${names.slice(1).join(' | ')} |
| --- | --- | ${names
    .slice(1)
    .map(() => '---')
    .join(' | ')} |
${[1, 100]
  .flatMap((count) =>
    times[count].sessions.map(
      (session, index) =>
        `| ${count} | ${index + 1} | ${names
          .slice(1)
          .map((name) => `${session[name].ratio.median.toFixed(2)}×`)
          .join(' | ')} |`,
    ),
  )
  .join('\n')}

Over every round of every session: ratios to static HTML, round by round (median, fastest–slowest),
and how often each beat the card in the same round (a ratio cancels a slow spell of the machine,
since a round loads every contender back to back):

| cards per page | ${names.slice(1).join(' | ')} |
| --- | ${names
    .slice(1)
    .map(() => '---')
    .join(' | ')} |
${[1, 100]
  .map(
    (count) =>
      `| ${count} | ${names
        .slice(1)
        .map(
          (name) =>
            `${ratioRange(times[count][name].ratio)}${name === 'card' ? '' : `, ahead in ${Math.round(times[count][name].beatsCard * 100)}%`}`,
        )
        .join(' | ')} |`,
  )
  .join('\n')}
`;
}
