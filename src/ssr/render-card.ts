import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { define } from '../define.js';
import type { CardStrings } from '../content/strings.js';
import type { ColorScheme } from '../model/options.js';
import { preview, type HelpResource } from '../model/resources.js';

/** What a prerendered card shows: the same choices its attributes give. */
export interface RenderCardOptions {
  /** Places to get help, replacing the defaults. */
  resources?: HelpResource[];
  /** Show `resources` before the default list instead of replacing it. */
  keepDefaults?: boolean;
  /**
   * The reader's region (ISO 3166-1 alpha-2). `auto` cannot be prerendered: it is guessed in the
   * reader's browser, so a server would guess for itself instead.
   */
  region?: string;
  /** Level of the card's top heading, 1 to 5. */
  headingLevel?: number;
  /** `auto`, `light` or `dark`. */
  scheme?: ColorScheme;
  /** `first`, `all`, `none`, or section ids separated by spaces. */
  openSections?: string;
  /** The card's language (BCP 47): its words come from that table. */
  lang?: string;
  /** Replacements for any of the card's words. */
  strings?: Partial<CardStrings>;
  /** The message a reader can send to someone they trust. */
  reachOutMessage?: string;
}

/**
 * The card's HTML with a declarative shadow root, styles included, for a page to serve before
 * (or without) any JavaScript. Every option is written as an attribute too, so that when the
 * module loads the card upgrades in place to exactly what was prerendered.
 */
export function renderCard(options: RenderCardOptions = {}): string {
  const { region } = options as { region?: unknown };
  if (typeof region === 'string' && region.trim().toLowerCase() === 'auto') {
    throw new Error('region "auto" cannot be prerendered: it is guessed in the reader\'s browser; give a region code');
  }
  define();
  const json = (option: keyof RenderCardOptions) => attributeText(option, options[option], 'json');
  const text = (option: keyof RenderCardOptions) => attributeText(option, options[option], 'text');
  // One line, so the attributes come out separated by single spaces.
  // prettier-ignore
  const template = html`<ask-for-help-card resources=${ifDefined(json('resources'))} ?keep-defaults=${Boolean(options.keepDefaults)} region=${ifDefined(text('region'))} heading-level=${ifDefined(text('headingLevel'))} scheme=${ifDefined(text('scheme'))} open-sections=${ifDefined(text('openSections'))} lang=${ifDefined(text('lang'))} strings=${ifDefined(json('strings'))} reach-out-message=${ifDefined(text('reachOutMessage'))}></ask-for-help-card>`;
  // The page gets plain HTML: the card re-renders itself when its module loads, so Lit's
  // hydration markers would only be noise in a pasted snippet.
  const out = collectResultSync(render(template)).replace(LIT_MARKERS, '');
  // Attributes left out leave their spaces behind; attribute values are escaped, so the first
  // `>` closes the tag.
  return out.replace(/^<ask-for-help-card[^>]*>/, (tag) => tag.replace(/ +/g, ' ').replace(' >', '>'));
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

const LIT_MARKERS = /<!--\/?lit-[^>]*-->|<!--\?lit\$\d+\$-->/g;
