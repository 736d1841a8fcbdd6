// The card in an Eleventy 3 site: a shortcode, bare tags prerendered in the built HTML, and the
// card's module served by the site itself. It imports renderCard, never the element, so it loads
// in Node with no DOM; from a CommonJS config, Node 20.19+ loads it with require().
import { fileURLToPath } from 'node:url';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { CARD_LANGUAGES } from '../content/strings.js';
import {
  CARD_ATTRIBUTES,
  renderBareTag,
  renderCard,
  renderPlainCopy,
  type RenderCardOptions,
} from '../ssr/render-card.js';

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

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
type Attribute = Element['attrs'][number];

/** JSON written in an attribute, or the text itself for the card to report as it would. */
function json(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * A bare tag's attributes as renderCard's options: what the element would read from them, as the
 * HTML parser read them (character references, quoting, a repeated attribute, as a browser reads
 * them), and the page's own attributes (an id, a class, `hidden`, `aria-*`, `data-*`), which the
 * prerendered tag keeps as they were.
 */
export function optionsFromAttributes(attributes: readonly Attribute[]): RenderCardOptions {
  const options: Record<string, unknown> = {};
  const own: Record<string, string | boolean> = {};
  for (const attribute of attributes) {
    const known = CARD_ATTRIBUTES.find(({ attribute: name }) => name === attribute.name);
    if (!known) own[attribute.name] = attribute.value === '' ? true : attribute.value;
    else if (!Object.hasOwn(options, known.option))
      options[known.option] =
        known.form === 'boolean' ? true : known.form === 'json' ? json(attribute.value) : attribute.value;
  }
  if (Object.keys(own).length) options.attributes = own;
  return options as RenderCardOptions;
}

/**
 * Every element of the page as the HTML parser builds it, in document order: a tag's text inside
 * an attribute, a comment, a script, a textarea or a template is no element, and is left alone.
 */
function* elementsOf(node: Node): Generator<Element> {
  for (const child of 'childNodes' in node ? node.childNodes : []) {
    if (!('tagName' in child)) continue;
    yield child;
    yield* elementsOf(child);
  }
}

const isBlankText = (node: Node) => node.nodeName === '#text' && !('value' in node && node.value.trim());

/** One change to the page: the text from `start` to `end` becomes `text`. */
interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Where a card goes in the page's source, and what stays around it there. */
interface Place {
  start: number;
  end: number;
  /** The text written before the card in its place (the first half of a paragraph it split). */
  before: string;
  /** The text written after it (the paragraph's second half). */
  after: string;
}

/**
 * Where a bare card stands in the page's source, and how to prerender it: an element with
 * attributes and nothing inside, or written self-closing (`<ask-for-help-card region="GB" />`,
 * which HTML reads as an opening tag: the tag alone is replaced, and what follows stays the
 * post's). A prerendered card is no paragraph's content (a browser would end the paragraph at its
 * first block, and spill the card's markup out of the card): where Markdown put the card in a
 * paragraph, alone or in a sentence ("Need to talk? <card>"), the paragraph is split around it,
 * and a half with no words goes.
 */
function bareCard(card: Element, source: string): Place | undefined {
  const location = card.sourceCodeLocation;
  if (!location?.startTag) return undefined;
  const { startTag } = location;
  if (/\/\s*>$/.test(source.slice(startTag.startOffset, startTag.endOffset)))
    return { start: startTag.startOffset, end: startTag.endOffset, before: '', after: '' };
  if (!location.endTag || !card.childNodes.every(isBlankText)) return undefined;
  const paragraph = card.parentNode;
  const where = paragraph && 'tagName' in paragraph && paragraph.tagName === 'p' ? paragraph.sourceCodeLocation : null;
  if (!where?.startTag || !where.endTag)
    return { start: location.startOffset, end: location.endOffset, before: '', after: '' };
  const open = source.slice(where.startTag.startOffset, where.startTag.endOffset);
  const half = (text: string) => (text.trim() ? `${open}${text.trim()}</p>` : '');
  const before = half(source.slice(where.startTag.endOffset, location.startOffset));
  const after = half(source.slice(location.endOffset, where.endTag.startOffset));
  return {
    start: where.startOffset,
    end: where.endOffset,
    before: before && `${before}\n`,
    after: after && `\n${after}`,
  };
}

type Document = DefaultTreeAdapterMap['document'];

/** The parsed page's `<html>` element (the parser makes one even for a fragment). */
const htmlOf = (document: Document) => document.childNodes.find((node): node is Element => node.nodeName === 'html');

/** Whether the parsed HTML is a whole page, as opposed to a fragment (a feed's item). */
function isPage(document: Document): boolean {
  return Boolean(
    document.childNodes.some((node) => node.nodeName === '#documentType') || htmlOf(document)?.sourceCodeLocation,
  );
}

/**
 * Where the card's module goes in a page: before the head's end tag, else (a page that leaves its
 * head implied) before its first card.
 */
function moduleAt(document: Document, firstCard: number): number {
  const head = htmlOf(document)?.childNodes.find((node): node is Element => node.nodeName === 'head');
  return head?.sourceCodeLocation?.endTag?.startOffset ?? firstCard;
}

/**
 * Prerenders every bare card of a page, found by the HTML parser, and adds the card's module (from
 * `moduleUrl`) once to a page that has a card, bare or prerendered. A fragment is a feed's item
 * (the feed plugin runs the site's transforms on each): there every card, bare or prerendered,
 * becomes its plain copy alone, with no tag, style, control or module, which a feed has no use for.
 */
export function prerenderCards(content: string, defaults: RenderCardOptions, moduleUrl: string): string {
  const document = parse(content, { sourceCodeLocationInfo: true });
  const cards = [...elementsOf(document)].filter((element) => element.tagName === 'ask-for-help-card');
  const firstCard = cards.find((card) => card.sourceCodeLocation)?.sourceCodeLocation;
  if (!firstCard) return content;
  // A card with no lang of its own speaks the page's language, where the card ships it.
  const pageLang = htmlOf(document)?.attrs.find(({ name }) => name === 'lang')?.value;
  const shipped = (CARD_LANGUAGES as readonly string[]).includes(pageLang?.split('-')[0].toLowerCase() ?? '');
  const inPageLanguage = shipped ? { lang: pageLang } : {};
  const page = isPage(document);
  const edits: Edit[] = [];
  for (const card of cards) {
    const options = { ...defaults, ...inPageLanguage, ...optionsFromAttributes(card.attrs) };
    const where = page ? bareCard(card, content) : wholeCard(card, content);
    const written = page ? renderCard : renderPlainCopy;
    if (where) edits.push({ start: where.start, end: where.end, text: where.before + written(options) + where.after });
  }
  // Every page with a card gets the module: a card the shortcode prerendered upgrades too.
  if (page && !content.includes(`src="${moduleUrl}"`)) {
    const at = moduleAt(document, Math.min(firstCard.startOffset, ...edits.map((edit) => edit.start)));
    edits.push({ start: at, end: at, text: `<script type="module" src="${moduleUrl}"></script>\n` });
  }
  // From the end, so that each edit's offsets still hold (at one place, the card, then the module before it).
  let result = content;
  for (const { start, end, text } of edits.sort((a, b) => b.start - a.start || b.end - a.end))
    result = result.slice(0, start) + text + result.slice(end);
  return result;
}

/**
 * Where a card stands in the source, whole: a bare tag as `bareCard` finds it, or a prerendered
 * card from its opening tag to its end tag.
 */
function wholeCard(card: Element, source: string): Place | undefined {
  const location = card.sourceCodeLocation;
  if (location?.startTag && location.endTag && !card.childNodes.every(isBlankText))
    return { start: location.startOffset, end: location.endOffset, before: '', after: '' };
  return bareCard(card, source);
}

/** The options a shortcode's keyword arguments may name: renderCard's own. */
const SHORTCODE_OPTIONS = new Set<string>(CARD_ATTRIBUTES.map(({ option }) => option));

/**
 * A shortcode's arguments as renderCard's options: the region, then the language
 * (`{% askForHelpCard "MX", "es" %}`), or keyword arguments in Nunjucks
 * (`{% askForHelpCard region="GB", headingLevel=3 %}`, which Nunjucks passes as a last object
 * marked `__keywords`). A keyword that is no option is reported, never silently dropped.
 */
export function shortcodeOptions(args: readonly unknown[]): RenderCardOptions {
  const options: Record<string, unknown> = {};
  const positional = args.filter((arg) => !isKeywords(arg));
  const [region, lang] = positional;
  if (typeof region === 'string' && region) options.region = region;
  if (typeof lang === 'string' && lang) options.lang = lang;
  for (const keywords of args.filter(isKeywords)) {
    for (const [name, value] of Object.entries(keywords)) {
      if (name === '__keywords') continue;
      if (SHORTCODE_OPTIONS.has(name)) options[name] = value;
      else
        console.warn(
          `askForHelpCard shortcode: ${JSON.stringify(name)} is not one of its options (${[...SHORTCODE_OPTIONS].join(', ')}); ignored`,
        );
    }
  }
  return options as RenderCardOptions;
}

function isKeywords(arg: unknown): arg is Record<string, unknown> {
  return typeof arg === 'object' && arg !== null && (arg as { __keywords?: unknown }).__keywords === true;
}

/**
 * `eleventyConfig.addPlugin(askForHelpCard, options)`: `{% askForHelpCard "GB" %}` (region, then
 * language) in Markdown, Nunjucks and Liquid; every bare `<ask-for-help-card …></ask-for-help-card>`
 * in the built HTML prerendered from its own attributes; the card's module added once to each page
 * that has a card.
 */
export default function askForHelpCard(eleventyConfig: EleventyConfig, pluginOptions: EleventyPluginOptions = {}) {
  const defaults = pluginOptions.defaults ?? {};

  // The shortcode writes the bare tag: the transform prerenders it after the page is built (after
  // Markdown, and after a bundler has lifted the page's own <style>s), where the page puts it.
  eleventyConfig.addShortcode('askForHelpCard', (...args: unknown[]) => renderBareTag(shortcodeOptions(args)));

  eleventyConfig.addTransform('ask-for-help-card', function (content) {
    const outputPath = this.page?.outputPath;
    if (typeof outputPath !== 'string' || !outputPath.endsWith('.html') || !/<ask-for-help-card/i.test(content))
      return content;
    return prerenderCards(content, defaults, pluginOptions.moduleUrl ?? siteModuleFrom(this.page?.url));
  });

  if (!pluginOptions.moduleUrl) {
    // The card's CDN files: one module, and Spanish and French beside it.
    const cdn = fileURLToPath(new URL('../cdn/', import.meta.url));
    eleventyConfig.addPassthroughCopy({ [cdn]: SITE_MODULE_DIR });
  }
}
