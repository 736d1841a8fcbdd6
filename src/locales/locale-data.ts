// The shape of a language's data, below both the card (model/locales.ts, which loads a language)
// and the language modules (es.ts, fr.ts), so that neither imports the other for it.
import type { LocalNames } from '../content/local-names.js';
import type { CardStrings } from '../content/strings.js';

/** Everything the card says in one language: its words, the sheet's descriptions, and names. */
export interface LocaleData {
  strings: CardStrings;
  /** Each service's description, in the order of helpLines. */
  descriptions: readonly string[];
  /** Dates, region names and language names written out ahead of time. */
  names: LocalNames;
  /** What common variants of the language write differently. */
  variants: Readonly<Record<string, Partial<LocalNames>>>;
}
