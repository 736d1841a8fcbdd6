import { englishNames, englishVariants } from '../content/local-names.js';
import { helpLines } from '../content/help-lines.js';
import { en, type CardLanguage } from '../content/strings.js';
import type { LocaleData } from '../locales/locale-data.js';

const english: LocaleData = {
  strings: en,
  descriptions: helpLines.map((line) => line.description),
  names: englishNames,
  variants: englishVariants,
};

const locales = new Map<CardLanguage, LocaleData>([['en', english]]);
const loading = new Map<CardLanguage, Promise<void>>();

/**
 * Where each other language comes from: a module of its own beside the card's, holding only
 * data, so that it imports nothing from the card's main file (a page that loads the main file
 * under a second address gets no second card class from it).
 */
const LOADERS: Readonly<Record<Exclude<CardLanguage, 'en'>, () => Promise<{ default: LocaleData }>>> = {
  es: () => import('../locales/es.js'),
  fr: () => import('../locales/fr.js'),
};

/** The card's words and data in `language`, once it has loaded; English always. */
export function localeData(language: CardLanguage): LocaleData | undefined {
  return locales.get(language);
}

/** Adds a language at once: a server renders in any language without waiting. */
export function registerLocale(language: CardLanguage, data: LocaleData): void {
  locales.set(language, data);
}

/**
 * Starts loading `language`, once per page, and resolves when its data is there (or, where it
 * could not be had, when the card has fallen back to English).
 */
export function loadLocale(language: CardLanguage): Promise<void> {
  if (language === 'en' || locales.has(language)) return Promise.resolve();
  let pending = loading.get(language);
  if (!pending) {
    pending = LOADERS[language]()
      .then((module) => registerLocale(language, module.default))
      .catch((error: unknown) =>
        console.warn(`ask-for-help-card: the ${language} words could not be loaded (${String(error)}); using English`),
      );
    loading.set(language, pending);
  }
  return pending;
}

/** Each tag as Intl writes it, worked out once: every card asks several times per render. */
const canonicalTags = new Map<string, string>();

/**
 * A language tag as Intl writes it (`en-us` → `en-US`); one it cannot read (`en-US-`, `en-x`)
 * reads as English, in the browser and on a server alike.
 */
export function canonicalTag(tag: string): string {
  let known = canonicalTags.get(tag);
  if (known === undefined) {
    try {
      known = Intl.getCanonicalLocales(tag)[0] ?? 'en';
    } catch {
      known = 'en';
    }
    canonicalTags.set(tag, known);
  }
  return known;
}
