// Layout shift of a blog post with a card in it, and the card's height at common widths (the
// README's reservation for the bare tag is drawn from these).
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BARE_TAG_RESERVATION } from '../../scripts/reservation.mjs';
import { blogPost, page, prerendered, range, summary, verdict } from '../common.mjs';

/** The pages whose layout shift is measured, and the widths they are measured at. */
const SHIFT_PAGES = ['cls-bare', 'cls-bare-reserved', 'cls-bare-reserved-none', 'cls-prerendered'];
const SHIFT_WIDTHS = [375, 1000];
const HEIGHT_WIDTHS = [375, 768, 1280];
const HEIGHT_REGIONS = ['', 'US', 'GB', 'DE'];

const layoutShiftScript = `<script>
window.layoutShift = 0;
new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.layoutShift += e.value; })
  .observe({ type: 'layout-shift', buffered: true });
</script>`;

export async function writeLayoutShiftPages(dir) {
  await mkdir(dir, { recursive: true });
  // The bare tag, its module loaded with the page; with the README's reservation where asked.
  const bare = (title, tag, reserved) =>
    page(
      title,
      blogPost(tag),
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
      blogPost(prerendered),
      `${layoutShiftScript}<script>setTimeout(() => { const s = document.createElement('script'); s.type = 'module'; s.src = '/dist/cdn/ask-for-help-card.js'; document.head.append(s); }, 1000);</script>`,
    ),
  );
}

export async function layoutShift(browser, origin) {
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
export async function heights(browser, origin) {
  const rows = [];
  for (const width of HEIGHT_WIDTHS) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const tab = await context.newPage();
    await tab.goto(`${origin}/dist/bench/cls-bare.html`);
    await tab.waitForFunction(() => customElements.get('ask-for-help-card'), null, { timeout: 10000 });
    for (const region of HEIGHT_REGIONS) {
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

export const layoutShiftVerdicts = (shifts) => [
  verdict(
    shifts['cls-prerendered@375'].median <= 0.01 && shifts['cls-prerendered@1000'].median <= 0.01,
    `layout shift at most 0.01 for the prerendered card (${shifts['cls-prerendered@375'].median.toFixed(3)} at 375 px, ${shifts['cls-prerendered@1000'].median.toFixed(3)} at 1000 px)`,
  ),
];

export function layoutShiftSection(shifts, cardHeights) {
  const cls = (name) => SHIFT_WIDTHS.map((width) => range(shifts[`${name}@${width}`], (v) => v.toFixed(3))).join(' | ');
  return `## Layout shift

Cumulative layout shift (Layout Instability API) of a blog post with a card between paragraphs,
1 s after the card is ready; 5 runs.

| embed | 375 px wide | 1000 px wide |
| --- | --- | --- |
| bare \`<ask-for-help-card>\` tag, module loaded with the page | ${cls('cls-bare')} |
| bare tag with the README's reservation (\`region="US"\`) | ${cls('cls-bare-reserved')} |
| the same with no region, the shortest card | ${cls('cls-bare-reserved-none')} |
| prerendered card (\`renderCard()\`), module a second late | ${cls('cls-prerendered')} |

The card's height at common widths (the README's reservation is drawn from these):

| width | no region | US | GB | DE |
| --- | --- | --- | --- | --- |
${HEIGHT_WIDTHS.map((width) => {
  const cells = HEIGHT_REGIONS.map((region) => {
    const row = cardHeights.find((entry) => entry.width === width && entry.region === region);
    return `${Math.round(row.height)} px (${Math.round(row.em)} em)`;
  });
  return `| ${width} px | ${cells.join(' | ')} |`;
}).join('\n')}

The bare tag has no size until its module renders it, so the text below it moves once. The
README's reservation (\`scripts/reservation.mjs\`) holds the shortest card's height meanwhile, so
the page moves only by what the region's lines add; the prerendered snippet does not move.
`;
}
