// Lighthouse on the built demo, all four categories.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromiumPath } from '../../scripts/chromium.mjs';
import { chromiumArgs, verdict } from '../common.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

export async function runLighthouse(origin) {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: ['--headless=new', ...chromiumArgs],
  });
  try {
    const pages = {};
    for (const path of ['/', '/prerendered.html']) {
      const { lhr } = await lighthouse(`${origin}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIES,
      });
      const weighted = (audit) =>
        CATEGORIES.some((id) => lhr.categories[id].auditRefs.some((ref) => ref.id === audit.id && ref.weight > 0));
      pages[path] = {
        scores: Object.fromEntries(
          CATEGORIES.map((id) => [lhr.categories[id].title, Math.round(lhr.categories[id].score * 100)]),
        ),
        failing: Object.values(lhr.audits)
          .filter((audit) => audit.score !== null && audit.score < 1)
          .filter((audit) => audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual')
          .filter(weighted)
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

export const lighthouseVerdicts = (lh) => [
  verdict(
    Object.values(lh.pages['/'].scores).every((score) => score === 100),
    `100 in every Lighthouse category on the demo (${Object.entries(lh.pages['/'].scores)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')})`,
  ),
];

export function lighthouseSection(lh) {
  const names = Object.keys(lh.pages['/'].scores);
  return `## Lighthouse

Lighthouse ${lh.version}, its default (mobile, simulated throttling), against \`vite build --mode demo\`
served from loopback.

| page | ${names.join(' | ')} | FCP | LCP | TBT | CLS |
| --- | ${names.map(() => '---').join(' | ')} | --- | --- | --- | --- |
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
  .join('')}`;
}
