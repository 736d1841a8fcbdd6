import { preview } from './untrusted.js';
import { regionCode } from './regions.js';

/**
 * Reading the card's attributes and properties: each check returns a usable value and, when the
 * input was not usable, why. Every check is total: whatever a script assigns (a symbol, an object
 * whose `toString` throws, a revoked proxy), it answers rather than throws.
 */

export interface Checked<T> {
  value: T;
  problem?: string;
}

export const DEFAULT_HEADING_LEVEL = 2;

/**
 * The card's top heading level: a whole number from 1 to 5, so that the section headings one
 * level below still exist in HTML.
 */
export function checkHeadingLevel(input: unknown): Checked<number> {
  const level = typeof input === 'number' || typeof input === 'string' ? Number(input) : NaN;
  if (Number.isInteger(level) && level >= 1 && level <= 5) return { value: level };
  const shown = typeof input === 'number' ? String(input) : preview(input);
  return {
    value: DEFAULT_HEADING_LEVEL,
    problem: `heading-level ${shown} is not a whole number from 1 to 5; using ${DEFAULT_HEADING_LEVEL}`,
  };
}

/**
 * Which sections start open: `first` (the default), `all`, `none`, or section ids separated by
 * spaces or commas. Unknown ids are reported and skipped.
 */
export function checkOpenSections(input: unknown, ids: readonly string[]): Checked<Set<string>> {
  if (typeof input !== 'string' && input != null) {
    return {
      value: new Set(ids.slice(0, 1)),
      problem: `open-sections is ${preview(input)}, not a string; opening the first section`,
    };
  }
  const text = input?.trim() ?? '';
  const first = new Set(ids.slice(0, 1));
  if (text === '' || text === 'first') return { value: first };
  if (text === 'all') return { value: new Set(ids) };
  if (text === 'none') return { value: new Set() };
  const asked = text.split(/[\s,]+/);
  const known = asked.filter((id) => ids.includes(id));
  const unknown = asked.filter((id) => !ids.includes(id));
  if (unknown.length === 0) return { value: new Set(known) };
  const named = unknown.slice(0, 3).map(preview).join(', ') + (unknown.length > 3 ? ', …' : '');
  return {
    // A value that names no section at all is a mistake, not a wish to close them all.
    value: known.length ? new Set(known) : first,
    problem: `open-sections names ${named}, which ${unknown.length > 1 ? 'are not sections' : 'is not a section'} (use first, all, none or ${ids.join(', ')})${known.length ? '' : '; opening the first section'}`,
  };
}

/**
 * The reader's region: an ISO 3166-1 alpha-2 code the card has help for (any case; `UK` is read
 * as `GB`), `auto`, or nothing. Anything else is reported, and the card shows worldwide help.
 */
export function checkRegion(input: unknown, isKnown: (region: string) => boolean): Checked<string | undefined> {
  const text = typeof input === 'string' ? input.trim() : input == null ? '' : undefined;
  if (text === '') return { value: undefined };
  if (text?.toLowerCase() === 'auto') return { value: 'auto' };
  if (text !== undefined && /^[A-Za-z]{2}$/.test(text)) {
    const code = regionCode(text);
    if (isKnown(code)) return { value: code };
    return {
      value: undefined,
      problem: `region ${JSON.stringify(text)} is not a region the card has help for; showing worldwide help`,
    };
  }
  return {
    value: undefined,
    problem: `region ${preview(text ?? input)} is not a two-letter region code or auto; showing worldwide help`,
  };
}

export type ColorScheme = 'auto' | 'light' | 'dark';

/** The card's colour scheme: `auto` follows the page, `light` and `dark` force one. */
export function checkScheme(input: unknown): Checked<ColorScheme> {
  if (input === 'auto' || input === 'light' || input === 'dark') return { value: input };
  return { value: 'auto', problem: `scheme ${preview(input)} is not auto, light or dark; using auto` };
}

/** Right-to-left letters and the controls that reorder text. */
const REORDERING =
  /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u200e\u200f\u202a-\u202e\u2066-\u2069]|\ud802[\udc00-\udfff]|\ud83a/;

/**
 * Fills `{name}` placeholders in a UI string from the card's own values only: a name the card
 * does not give (`{constructor}`, say) stays as it was written. A value that holds right-to-left
 * letters or bidi controls is isolated (U+2068 … U+2069), so it can never reorder the words and
 * digits around it: "Text {keyword} to {sms}" stays in that order whatever the keyword holds.
 */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    if (!Object.hasOwn(values, key)) return whole;
    const value = values[key];
    return REORDERING.test(value) ? `\u2068${value}\u2069` : value;
  });
}
