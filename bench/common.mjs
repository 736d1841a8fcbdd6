// What every measure of the bench shares: where things are, how a page is written, how a run of
// figures is summed up and printed.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromiumArgs as systemChromiumArgs } from '../scripts/chromium.mjs';
import { renderCard } from '../dist/ssr/render-card.js';
import cardStyles from '../dist/ask-for-help-card.styles.js';
import { essay } from '../dist/content/essay.js';

export const ROOT = new URL('../', import.meta.url).pathname;

/** Debian's Chromium, as the test runner launches it, with --expose-gc for the memory measures. */
export const chromiumArgs = [...systemChromiumArgs, '--js-flags=--expose-gc'];

export const gzip = (data) => gzipSync(data, { level: 9 }).length;
export const brotli = (data) => brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

// ---------------------------------------------------------------------------------------------
// Pages

export const page = (title, body, head = '') => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title><link rel="icon" href="data:,">${head}</head>
<body style="margin: 0; font-family: Georgia, serif"><main style="max-inline-size: 44rem; margin-inline: auto; padding: 1rem">
${body}
</main></body></html>
`;

/** Marks `window.ready` once `whenReady` resolves and the page is laid out. */
export const readyScript = (whenReady) => `<script type="module">
(${whenReady})().then(() => { document.body.getBoundingClientRect(); window.ready = performance.now(); });
</script>`;

/** Ready once the card is defined and every card on the page has rendered. */
export const cardsReady = readyScript(`async () => {
  await customElements.whenDefined('ask-for-help-card');
  await Promise.all([...document.querySelectorAll('ask-for-help-card')].map((card) => card.updateComplete));
}`);

/** A blog post with `card` between its paragraphs. */
export const blogPost = (card) =>
  `<h1>A blog post</h1><p>${essay.paragraphs[0]}</p>${card}<p>${essay.paragraphs[1]}</p><p>${essay.paragraphs[2]}</p>`;

/** The card prerendered by `renderCard()`, in a declarative shadow root. */
export const prerendered = renderCard({ region: 'US' });

// The card's light-DOM twin: the prerendered markup without its shadow root, with the card's own
// stylesheet made to match it (:host becomes .host).
export const shadowMarkup = prerendered.slice(
  prerendered.indexOf('</style>') + '</style>'.length,
  prerendered.lastIndexOf('</template>'),
);
export const staticCss = cardStyles.cssText.replace(/:host\((\[[^\]]*\])\)/g, '.host$1').replace(/:host/g, '.host');

// ---------------------------------------------------------------------------------------------
// Figures

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** A run of figures as its median and range. */
export const summary = (values) => ({
  median: median(values),
  min: Math.min(...values),
  max: Math.max(...values),
  runs: values.length,
});

export const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
export const ms = (value) => `${value.toFixed(1)} ms`;
export const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
export const times = (ratio) => `${ratio.toFixed(2)}×`;
/** A summary as "median (fastest–slowest)". */
export const range = (s, format) => `${format(s.median)} (${format(s.min)}–${format(s.max)})`;

export const verdict = (ok, text) => `${ok ? 'met' : 'missed'}: ${text}`;
