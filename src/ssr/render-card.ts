import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { parseFragment, serialize, type DefaultTreeAdapterMap } from 'parse5';
import spanish from '../locales/es.js';
import french from '../locales/fr.js';
import { canonicalTag, localeData, registerLocale } from '../model/locales.js';
import { cardView } from '../model/card-view.js';
import { CARD_SETTINGS, checkConfiguration, registerSiteChecks, warningFor } from '../model/configuration.js';
import * as siteChecks from '../model/site-checks.js';
import { cardLanguage } from '../content/strings.js';
import type { CardView } from '../model/view.js';
import { essaySections, type EssaySectionId } from '../content/sections.js';
import { cardTemplate } from '../templates/card.js';
import { plainCopyTemplate } from '../templates/plain-copy.js';
import { prerenderStyles } from './prerender-styles.js';
import type { CardStrings } from '../content/strings.js';
import type { ColorScheme } from '../model/options.js';
import { MAX_RESOURCES, type HelpResource } from '../model/resources.js';
import { isArray, MalformedJson, preview, reasonOf } from '../model/untrusted.js';

type ParentNode = DefaultTreeAdapterMap['parentNode'];
type Element = DefaultTreeAdapterMap['element'];

/** What a prerendered card shows: the same choices its attributes give. */
export interface RenderCardOptions {
  /** Places to get help, replacing the defaults. */
  resources?: HelpResource[];
  /** Show `resources` before the default list instead of replacing it. */
  keepDefaults?: boolean;
  /**
   * The reader's region (ISO 3166-1 alpha-2), or `auto`: the HTML then carries the worldwide help
   * and "your local emergency number", and the reader's browser guesses the region when the
   * card's module runs (a server never guesses for itself).
   */
  region?: string;
  /** Level of the card's top heading, 1 to 5. */
  headingLevel?: number;
  /** `auto`, `light` or `dark`. */
  scheme?: ColorScheme;
  /** `first`, `all`, `none`, or section ids separated by spaces. */
  openSections?: string;
  /**
   * The card's language (BCP 47): its words come from that table. Always written on the tag (`en`
   * when not given), so that the card keeps it when its module arrives on a page in another.
   */
  lang?: string;
  /** Replacements for any of the card's words. */
  strings?: Partial<CardStrings>;
  /** The message a reader can send to someone they trust. */
  reachOutMessage?: string;
  /**
   * The page's own attributes for the tag (`id`, `class`, `hidden`, `style`, `aria-*`, `data-*`),
   * written after the card's own, so that a page's link to `#help` or its styles still find the
   * card: `true` writes a bare attribute, `false` none. A name that is not an attribute name, or
   * one of the card's own, is left out with a warning.
   */
  attributes?: Readonly<Record<string, string | boolean>>;
}

// A server renders in any language at once: every language's words, and the checks for a site's
// own lines and words, are here from the start.
registerLocale('es', spanish);
registerLocale('fr', french);
registerSiteChecks(siteChecks);

/**
 * Each option with the attribute a card reads it from, and how the attribute writes it: renderCard
 * writes a tag by this table, and the Eleventy plugin reads a post's bare tag by it.
 */
export const CARD_ATTRIBUTES: readonly {
  option: keyof RenderCardOptions;
  attribute: string;
  form: 'json' | 'text' | 'boolean';
}[] = [
  { option: 'resources', attribute: 'resources', form: 'json' },
  { option: 'keepDefaults', attribute: 'keep-defaults', form: 'boolean' },
  { option: 'region', attribute: 'region', form: 'text' },
  { option: 'headingLevel', attribute: 'heading-level', form: 'text' },
  { option: 'scheme', attribute: 'scheme', form: 'text' },
  { option: 'openSections', attribute: 'open-sections', form: 'text' },
  { option: 'lang', attribute: 'lang', form: 'text' },
  { option: 'strings', attribute: 'strings', form: 'json' },
  { option: 'reachOutMessage', attribute: 'reach-out-message', form: 'text' },
];

/**
 * The options as given, each read once into a plain record: a getter cannot answer one thing to a
 * check and another to the render, and no value (`null`, a proxy whose traps throw) breaks it.
 */
function readOptions(given: unknown): RenderCardOptions {
  const options: Record<string, unknown> = {};
  if (given === undefined) return options;
  if (typeof given !== 'object' || given === null) {
    console.warn(`renderCard: options are ${preview(given)}, not an object; rendering the default card`);
    return options;
  }
  for (const name of [...CARD_ATTRIBUTES.map(({ option }) => option), 'attributes']) {
    try {
      const value = (given as Record<string, unknown>)[name];
      if (value !== undefined) options[name] = value;
    } catch (error) {
      console.warn(`renderCard: ${name} could not be read (${reasonOf(error)}); left out`);
    }
  }
  // Past what a card shows, nothing is written: a hundred thousand lines would be megabytes.
  if (isArray(options.resources) && options.resources.length > MAX_RESOURCES) {
    console.warn(
      `renderCard: resources has ${options.resources.length} entries; only the first ${MAX_RESOURCES} are written`,
    );
    options.resources = options.resources.slice(0, MAX_RESOURCES);
  }
  return options as RenderCardOptions;
}

/**
 * The card's HTML for a page to serve before (or without) any JavaScript: its markup, in the page,
 * after a stylesheet that styles nothing but the card (see prerender-styles.ts). Every option is
 * written as an attribute too, so that when the module loads the card upgrades in place to
 * exactly what was prerendered. The same markup is what feeds, sanitizers and reader modes read.
 */
export function renderCard(given: RenderCardOptions = {}): string {
  const options = readOptions(given);
  // A prerendered card always carries its language. On a page in another language its words are
  // marked for what they are (English words on a German page are read with an English voice), and
  // it stays in that language when its module arrives, rather than change in front of the reader.
  options.lang ??= 'en';
  const { tag, value } = openingTag(options);
  // The card reads its lang as Intl writes it, and one Intl cannot read as English: so does its markup.
  const view = serverView(readBack(value), canonicalTag(value('lang') ?? 'en'));
  const markup = inPage(collectResultSync(render(cardTemplate(view))).replace(LIT_MARKERS, ''));
  // Pasted into Markdown, the snippet must stay one HTML block: the opening tag alone on its
  // line starts it, and no line of it may be blank, since a blank line would end it.
  const lines = `${prerenderStyles()}\n${markup}`.split('\n').filter((line) => line.trim() !== '');
  return `${tag}\n${lines.map((line) => line.trimEnd()).join('\n')}\n</ask-for-help-card>`;
}

/**
 * The bare tag for these options, with nothing inside: what a page writes for the card to render
 * itself, or for a build step to prerender later (the Eleventy shortcode writes it, and the
 * plugin's transform prerenders it where the page puts it, in the page's language).
 */
export function renderBareTag(given: RenderCardOptions = {}): string {
  return `${openingTag(readOptions(given)).tag}</ask-for-help-card>`;
}

/** The card's opening tag for options already read, and each attribute's value as written. */
function openingTag(options: RenderCardOptions) {
  const attributes = CARD_ATTRIBUTES.map(({ option, attribute, form }) => [
    attribute,
    form === 'boolean' ? (options[option] ? '' : undefined) : attributeText(option, options[option], form),
  ]);
  const value = (name: string) => attributes.find(([attribute]) => attribute === name)![1];
  const written = attributes.map(([name, text]) =>
    text === undefined ? '' : text === '' ? ` ${name}` : ` ${name}="${escapeAttribute(text)}"`,
  );
  return { tag: `<ask-for-help-card${written.join('')}${pageAttributes(options.attributes)}>`, value };
}

/**
 * The plain copy of a card: its help (the emergency step, each place with its links and hours,
 * the worldwide directories) and the essay with its credit, in paragraphs, lists and links only,
 * with no tag of the card's own, no style and no control. For what a page is not: a feed item, a
 * newsletter, a summary.
 */
export function renderPlainCopy(given: RenderCardOptions = {}): string {
  const options = readOptions(given);
  const lang = attributeText('lang', options.lang ?? 'en', 'text') ?? 'en';
  return collectResultSync(
    render(plainCopyTemplate(serverView(options as Record<string, unknown>, canonicalTag(lang)))),
  ).replace(LIT_MARKERS, '');
}

/**
 * The options as the card reads them back from the attributes written for them, so that the
 * markup is what the card shows when its module arrives, whatever type a CMS gave an option.
 */
function readBack(value: (name: string) => string | undefined): Record<string, unknown> {
  const read: Record<string, unknown> = {};
  for (const { option, attribute, form } of CARD_ATTRIBUTES) {
    const written = value(attribute);
    if (written === undefined) continue;
    if (form === 'boolean') read[option] = true;
    else if (form === 'text') read[option] = written;
    else {
      try {
        read[option] = JSON.parse(written);
      } catch (error) {
        read[option] = new MalformedJson(reasonOf(error));
      }
    }
  }
  return read;
}

/**
 * The card's markup as it lives in the page rather than in a shadow root: ids and the references
 * to them go (two cards on a page, or the page's own ids, would clash), and so do the parts that
 * would say a word twice to a reader or a tool without styles (a section's title is its summary).
 */
function inPage(markup: string): string {
  const fragment = parseFragment(markup);
  const walk = (parent: ParentNode) => {
    parent.childNodes = parent.childNodes.filter((node) => {
      if (!('attrs' in node)) return true;
      const classes = node.attrs.find(({ name }) => name === 'class')?.value.split(' ') ?? [];
      if (classes.includes('visually-hidden') || node.attrs.some(({ name }) => name === 'hidden')) return false;
      node.attrs = node.attrs.filter(({ name }) => !REFERENCES.has(name));
      if (classes.includes('card')) node.attrs.push({ name: 'data-ask-for-help-card', value: '' });
      if (classes.includes('essay')) markSupplemental(node);
      if (classes.includes('needs-script')) wordsOutOfText(node);
      if (node.nodeName === 'ul') spaceBetweenItems(node);
      walk(node);
      return true;
    });
  };
  walk(fragment);
  return serialize(fragment);
}

/**
 * Marks the essay with a class reader modes read as "not the article" (Readability leaves out a
 * `supplemental` box before it weighs the page), so that a post, however short, not the card's
 * essay, is what reader mode shows, with the card's help after it. The card's own styles do not
 * use the class, and the page's styles for it do not reach inside the card.
 */
function markSupplemental(essay: Element): void {
  essay.attrs.find(({ name }) => name === 'class')!.value += ' supplemental';
}

/**
 * The words of the controls that need the script (the region picker, "Expand all", "Copy
 * message"), which the prerendered markup keeps unseen only to hold their room, move out of the
 * text into attributes the styles draw (`data-text`, an option's `label`): a summary, a feed or a
 * search snippet cut from the page never reads "Showing help for Anywhere United Kingdom".
 */
function wordsOutOfText(control: Element): void {
  for (const element of [control, ...descendants(control)]) {
    const words = element.childNodes
      .filter((child) => child.nodeName === '#text')
      .map((child) => ('value' in child ? child.value : ''))
      .join('')
      .trim();
    if (!words) continue;
    element.childNodes = element.childNodes.filter((child) => child.nodeName !== '#text');
    element.attrs.push({ name: element.nodeName === 'option' ? 'label' : 'data-text', value: words });
  }
}

/**
 * A list's items with a line between them, as text cut from the page needs ("Call 116 123" and
 * "Visit website" are two); the card lays its lists out as a grid or a flex row, which ignore it.
 */
function spaceBetweenItems(list: Element): void {
  list.childNodes = list.childNodes.flatMap((child, index) =>
    index > 0 && child.nodeName === 'li' && list.childNodes[index - 1].nodeName === 'li'
      ? [{ nodeName: '#text', value: '\n', parentNode: list } as DefaultTreeAdapterMap['textNode'], child]
      : [child],
  );
}

function descendants(node: ParentNode): Element[] {
  return node.childNodes.flatMap((child) => ('attrs' in child ? [child, ...descendants(child)] : []));
}

/** The attributes that name an element by its id, or give it one. */
const REFERENCES = new Set(['id', 'for', 'aria-labelledby', 'aria-controls', 'aria-describedby']);

/** An attribute name as HTML writes one: no space, quote, `=`, `<`, `>`, `/` or control character. */
const ATTRIBUTE_NAME = /^[^\s"'>/=<\p{Cc}]+$/u;

/** The page's own attributes, as written on the tag after the card's. */
function pageAttributes(attributes: unknown): string {
  if (attributes === undefined) return '';
  if (typeof attributes !== 'object' || attributes === null || isArray(attributes)) {
    console.warn(`renderCard: attributes is ${preview(attributes)}, not an object; left out`);
    return '';
  }
  const cardOwn = new Set(CARD_ATTRIBUTES.map(({ attribute }) => attribute));
  let written = '';
  for (const [name, value] of Object.entries(attributes)) {
    if (!ATTRIBUTE_NAME.test(name) || cardOwn.has(name.toLowerCase()))
      console.warn(`renderCard: attributes.${preview(name)} is not a page attribute the card can carry; left out`);
    else if (value === true) written += ` ${name}`;
    else if (typeof value === 'string') written += ` ${name}="${escapeAttribute(value)}"`;
    else if (value !== false)
      console.warn(`renderCard: attributes.${name} is ${preview(value)}, not a string or a boolean; left out`);
  }
  return written;
}

/**
 * What the card shows for these options before its module runs: checked as the card checks them
 * (the card itself reports what was wrong), with `auto` as no region, since only the reader's
 * browser can guess it, and the picker holding only the region chosen, as the live one does until
 * a reader reaches it.
 */
function serverView(options: Record<string, unknown>, lang: string): CardView {
  // The settings given, over the card's defaults, as a card upgraded from these attributes checks them.
  const given = new Set(CARD_SETTINGS.filter((name) => options[name] !== undefined));
  const { configuration, problems } = checkConfiguration(options, given);
  const warning = warningFor('ask-for-help-card', problems);
  if (warning) console.warn(warning);
  const language = cardLanguage(lang);
  const state = {
    configuration,
    keepDefaults: Boolean(options.keepDefaults),
    lang,
    language,
    text: { ...localeData(language)!.strings, ...configuration.strings },
    region: configuration.region === 'auto' ? undefined : configuration.region,
    isOpen: (id: EssaySectionId) => configuration.openSections.has(id),
    allOpen: configuration.openSections.size === essaySections.length,
    copyStatus: '',
    status: '',
    pickerReached: false,
  };
  const ignore = () => undefined;
  return cardView(state, {
    onRegionChange: ignore,
    onReachRegion: ignore,
    onCopy: ignore,
    onToggleAll: ignore,
    onToggle: ignore,
    onSectionButton: ignore,
  });
}

/**
 * An attribute value written exactly: the characters HTML would read otherwise are character
 * references, and so are line breaks and tabs, so that the value fits on the tag's one line.
 */
function escapeAttribute(value: string): string {
  const references: Record<string, string> = {
    '&': '&amp;',
    '"': '&quot;',
    '<': '&lt;',
    '>': '&gt;',
    '\n': '&#10;',
    '\r': '&#13;',
    '\t': '&#9;',
  };
  return value.replace(/[&"<>\n\r\t]/g, (character) => references[character]);
}

/**
 * An option as attribute text. Options of the wrong type (from a CMS, say) are written anyway, as
 * JSON, so that the card reports them as it would in the browser; a value with no JSON form (a
 * cycle, a BigInt, a symbol) is left out, with a warning.
 */
function attributeText(option: string, value: unknown, form: 'json' | 'text'): string | undefined {
  if (value === undefined) return undefined;
  if (form === 'text' && typeof value === 'string') return value;
  try {
    const written = JSON.stringify(value);
    if (written !== undefined) return written;
  } catch {
    // Reported below, like a value JSON leaves out.
  }
  console.warn(`renderCard: ${option} is ${preview(value)}, which has no text form; left out`);
  return undefined;
}

const LIT_MARKERS = /<!--\/?lit-[^>]*-->|<!--\?lit\$\d+\$-->|<\?>/g;
