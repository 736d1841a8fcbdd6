// Memory: heap per card, and heap growth over many attach/render/detach cycles (GC forced).
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { kb, mb, page, range, summary, verdict } from '../common.mjs';

export const CYCLES = 2000;

export async function writeMemoryPage(dir) {
  await mkdir(dir, { recursive: true });
  await writeFile(
    join(dir, 'memory.html'),
    page('Memory', '<div id="stage"></div>', '<script type="module" src="/dist/cdn/ask-for-help-card.js"></script>'),
  );
}

async function heapUsed(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

export async function memory(browser, origin) {
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

export const memoryVerdicts = (heap) => [
  verdict(
    heap.growth.median < 2 * 1024 * 1024,
    `heap growth under 2 MB over ${CYCLES} cycles (${mb(heap.growth.median)})`,
  ),
];

export const memorySection = (heap) => `## Memory

Heap measured through the DevTools protocol after two forced garbage collections, in a page that
loads the CDN file. Three rounds; medians with the range.

| measure | result |
| --- | --- |
| heap per card (100 cards with a resource, attached and rendered) | ${range(heap.perCard, kb)} |
| heap growth over ${CYCLES} attach/render/detach cycles, after 100 to warm up | ${range(heap.growth, mb)} |
| growth after 0, 500, 1,000, 1,500, 2,000 cycles (middle round) | ${heap.series.map((bytes) => kb(bytes)).join(', ')} |
`;
