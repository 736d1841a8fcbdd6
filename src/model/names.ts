import type { LocalNames } from '../content/local-names.js';
import { CARD_LANGUAGES, type CardLanguage } from '../content/strings.js';
import { localeData } from './locales.js';
import { byName, dateForm } from './written-forms.js';

/** Dates, region names and language names in the reader's language. */

/**
 * What was written ahead of time for `lang` (a canonical tag), or nothing when the browser must
 * format it: a variant is used only when it was checked, so what a reader sees never depends on
 * which path wrote it.
 */
export function writtenNames(lang: string): LocalNames | undefined {
  const language = lang.split('-')[0];
  const locale = (CARD_LANGUAGES as readonly string[]).includes(language)
    ? localeData(language as CardLanguage)
    : undefined;
  if (!locale) return undefined;
  if (lang === language) return locale.names;
  if (!Object.hasOwn(locale.variants, lang)) return undefined;
  let merged = mergedVariants.get(lang);
  if (!merged) {
    const base = locale.names;
    const own = locale.variants[lang];
    merged = {
      dates: { ...base.dates, ...own.dates },
      regions: { ...base.regions, ...own.regions },
      languages: { ...base.languages, ...own.languages },
    };
    mergedVariants.set(lang, merged);
  }
  return merged;
}

/** Each variant merged over its base, once: every render asks for several of its names. */
const mergedVariants = new Map<string, LocalNames>();

/**
 * Intl formatters are costly to build and every card on a page speaks one of a few languages:
 * each is built once per language and kind, and reused.
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.DisplayNames | null>();

function formatter<T extends Intl.DateTimeFormat | Intl.DisplayNames>(key: string, make: () => T): T | null {
  if (!formatters.has(key)) {
    try {
      formatters.set(key, make());
    } catch {
      // An engine without it (or a language it cannot do) shows plain codes and dates.
      formatters.set(key, null);
    }
  }
  return formatters.get(key) as T | null;
}

/** "2017-02" as "February 2017", or "2026-11-25" as "November 25, 2026", in the reader's language. */
export function formatDate(iso: string, lang: string): string {
  const written = writtenNames(lang)?.dates;
  if (written && Object.hasOwn(written, iso)) return written[iso];
  const { date, options, kind } = dateForm(iso);
  const format = formatter(`date:${lang}:${kind}`, () => new Intl.DateTimeFormat(lang, options));
  return format?.format(date) ?? iso;
}

/** Names for language tags or region codes in the reader's language, or the codes themselves. */
export function displayNames(codes: readonly string[], lang: string, type: 'language' | 'region'): string[] {
  const written = writtenNames(lang)?.[type === 'region' ? 'regions' : 'languages'];
  if (written && codes.every((code) => Object.hasOwn(written, code))) return codes.map((code) => written[code]);
  const names = formatter(`${type}:${lang}`, () => new Intl.DisplayNames([lang], { type }));
  return codes.map((code) => {
    try {
      return names?.of(code) ?? code;
    } catch {
      return code;
    }
  });
}

/**
 * Each list of regions by name, per language, made once: every card on a page offers the same list,
 * and the same list (the same array) lets the picker's options be made once too.
 */
const listsByName = new Map<string, readonly { code: string; name: string }[]>();

/** Regions with their names, in the order of their names in the reader's language. */
export function regionsByName(codes: readonly string[], lang: string): readonly { code: string; name: string }[] {
  const key = `${lang} ${codes.join()}`;
  let list = listsByName.get(key);
  if (!list) listsByName.set(key, (list = sortedByName(codes, lang)));
  return list;
}

function sortedByName(codes: readonly string[], lang: string): { code: string; name: string }[] {
  const written = writtenNames(lang)?.regions;
  if (written && codes.every((code) => Object.hasOwn(written, code))) {
    return Object.keys(written)
      .filter((code) => codes.includes(code))
      .map((code) => ({ code, name: written[code] }));
  }
  const names = displayNames(codes, lang, 'region');
  return byName(
    codes.map((code, index) => ({ code, name: names[index] })),
    lang,
  );
}
