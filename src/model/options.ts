import { checkText, MalformedJson, preview, reasonOf } from './resources.js';
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
  if (text === '' || text === 'first') return { value: new Set(ids.slice(0, 1)) };
  if (text === 'all') return { value: new Set(ids) };
  if (text === 'none') return { value: new Set() };
  const asked = text.split(/[\s,]+/);
  const unknown = asked.filter((id) => !ids.includes(id));
  return {
    value: new Set(asked.filter((id) => ids.includes(id))),
    problem: unknown.length
      ? `open-sections names ${unknown.map((id) => JSON.stringify(id)).join(', ')}, which ${unknown.length > 1 ? 'are not sections' : 'is not a section'} (use first, all, none or ${ids.join(', ')})`
      : undefined,
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
    problem: `region ${text === undefined ? preview(input) : JSON.stringify(text)} is not a two-letter region code or auto; showing worldwide help`,
  };
}

export type ColorScheme = 'auto' | 'light' | 'dark';

/** The card's colour scheme: `auto` follows the page, `light` and `dark` force one. */
export function checkScheme(input: unknown): Checked<ColorScheme> {
  if (input === 'auto' || input === 'light' || input === 'dark') return { value: input };
  return { value: 'auto', problem: `scheme ${preview(input)} is not auto, light or dark; using auto` };
}

/**
 * Fills `{name}` placeholders in a UI string from the card's own values only: a name the card
 * does not give (`{constructor}`, say) stays as it was written.
 */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (Object.hasOwn(values, key) ? values[key] : whole));
}

/** The message a reader can send: a string, cut with a warning past the documented length. */
export function checkReachOutMessage(input: unknown): Checked<string | undefined> {
  if (input == null) return { value: undefined };
  const problems: string[] = [];
  if (typeof input !== 'string') {
    return {
      value: undefined,
      problem: `reachOutMessage is ${preview(input)}, not a string; using the default message`,
    };
  }
  const value = checkText(input, 'reachOutMessage', problems);
  return { value, problem: problems[0] };
}

/**
 * A site's replacements for the card's words: only known keys with string values are kept, so a
 * bad value can never break the words around it.
 */
export function checkStrings<T extends object>(input: unknown, known: T): { value: Partial<T>; problems: string[] } {
  const value: Partial<T> = {};
  const problems: string[] = [];
  if (input === undefined || input === null) return { value, problems };
  try {
    if (input instanceof MalformedJson) {
      return { value, problems: [`strings attribute is not valid JSON (${input.reason}); ignored`] };
    }
    if (typeof input !== 'object' || Array.isArray(input)) {
      return { value, problems: [`strings is ${preview(input)}, not an object; ignored`] };
    }
    for (const key of Object.keys(input)) {
      const text = (input as Record<string, unknown>)[key];
      if (!Object.hasOwn(known, key)) problems.push(`strings.${key} is not a string the card uses; ignored`);
      else if (typeof text !== 'string') problems.push(`strings.${key} is ${preview(text)}, not a string; ignored`);
      else value[key as keyof T] = checkText(text, `strings.${key}`, problems) as T[keyof T];
    }
    return { value, problems };
  } catch (error) {
    // A hostile object (a proxy, a throwing getter) is not trusted for any of its words.
    return { value: {}, problems: [`strings could not be read (${reasonOf(error)}); ignored`] };
  }
}
