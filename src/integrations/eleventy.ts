// The card in an Eleventy 3 site: a shortcode, bare tags prerendered in the built HTML, and the
// card's module served by the site itself. It imports renderCard, never the element, so it loads
// in Node with no DOM; from a CommonJS config, Node 20.19+ loads it with require().
import { fileURLToPath } from 'node:url';
import { parseFragment } from 'parse5';
import { CARD_ATTRIBUTES, renderCard, type RenderCardOptions } from '../ssr/render-card.js';

export interface EleventyPluginOptions {
  /**
   * Where pages load the card's module from. By default the site serves it: the card's files are
   * copied to `assets/ask-for-help-card/` in the output, each page loads them by a relative
   * address (so the site works from any folder of any static host), and no request leaves it.
   */
  moduleUrl?: string;
  /** Options every card on the site starts from (a page's own attributes or arguments win). */
  defaults?: RenderCardOptions;
}

/** The part of Eleventy's configuration API the plugin uses. */
interface EleventyConfig {
  addShortcode(name: string, shortcode: (...args: unknown[]) => string): void;
  addTransform(
    name: string,
    transform: (this: { page?: { outputPath?: unknown; url?: unknown } }, content: string) => string,
  ): void;
  addPassthroughCopy(copies: Record<string, string>): void;
}

/** Where the card's files go in the site's output. */
const SITE_MODULE_DIR = 'assets/ask-for-help-card/';

/** The site's copy of the module, from a page at `url` (`/posts/a-post/` → `../../assets/…`). */
function siteModuleFrom(url: unknown): string {
  const depth = typeof url === 'string' ? url.split('/').length - 2 : 0;
  return `${depth > 0 ? '../'.repeat(depth) : './'}${SITE_MODULE_DIR}ask-for-help-card.js`;
}

/**
 * A bare tag as a post may hold it: the element with attributes and nothing inside, in a
 * paragraph of its own where Markdown put it in one (a prerendered card is no paragraph's content:
 * the paragraph would end at its first block and leave the rest outside the card).
 */
const BARE_TAG = /(<p>\s*)?<ask-for-help-card(\s[^>]*)?>\s*<\/ask-for-help-card>(\s*<\/p>)?/g;

/** JSON written in an attribute, or the text itself for the card to report as it would. */
function json(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * A bare tag's attributes as renderCard's options: what the element would read from them, read
 * by an HTML parser (character references, quoting, a repeated attribute, as a browser reads them).
 * Another attribute (an id, a class) is the page's own: not the card's to prerender.
 */
export function optionsFromAttributes(attributes: string): RenderCardOptions {
  const [tag] = parseFragment(`<ask-for-help-card${attributes}></ask-for-help-card>`).childNodes;
  const options: Record<string, unknown> = {};
  for (const { name, value } of 'attrs' in tag ? tag.attrs : []) {
    const known = CARD_ATTRIBUTES.find(({ attribute }) => attribute === name);
    if (known) options[known.option] = known.form === 'boolean' ? true : known.form === 'json' ? json(value) : value;
  }
  return options as RenderCardOptions;
}

/**
 * `eleventyConfig.addPlugin(askForHelpCard, options)`: `{% askForHelpCard "GB" %}` (region, then
 * language) in Markdown, Nunjucks and Liquid; every bare `<ask-for-help-card …></ask-for-help-card>`
 * in the built HTML prerendered from its own attributes; the card's module added once to each page
 * that has a card.
 */
export default function askForHelpCard(eleventyConfig: EleventyConfig, pluginOptions: EleventyPluginOptions = {}) {
  const defaults = pluginOptions.defaults ?? {};

  eleventyConfig.addShortcode('askForHelpCard', (region?: unknown, lang?: unknown) =>
    renderCard({
      ...defaults,
      ...(typeof region === 'string' && region ? { region } : {}),
      ...(typeof lang === 'string' && lang ? { lang } : {}),
    }),
  );

  eleventyConfig.addTransform('ask-for-help-card', function (content) {
    const outputPath = this.page?.outputPath;
    if (typeof outputPath !== 'string' || !outputPath.endsWith('.html') || !content.includes('<ask-for-help-card'))
      return content;
    const prerendered = content.replace(BARE_TAG, (_, open = '', attributes = '', close = '') => {
      const card = renderCard({ ...defaults, ...optionsFromAttributes(attributes) });
      return open && close ? card : `${open}${card}${close}`;
    });
    // A whole page gets the module once, in its head. A fragment (a feed's item, which the feed
    // plugin runs through the site's transforms) gets none: there the plain copy is what is read.
    const moduleUrl = pluginOptions.moduleUrl ?? siteModuleFrom(this.page?.url);
    if (!prerendered.includes('</head>') || prerendered.includes(`src="${moduleUrl}"`)) return prerendered;
    return prerendered.replace('</head>', `<script type="module" src="${moduleUrl}"></script>\n</head>`);
  });

  if (!pluginOptions.moduleUrl) {
    // The card's CDN files: one module, and Spanish and French beside it.
    const cdn = fileURLToPath(new URL('../cdn/', import.meta.url));
    eleventyConfig.addPassthroughCopy({ [cdn]: SITE_MODULE_DIR });
  }
}
