// @ts-check
// How the card writes dates and orders names. Plain JavaScript so that the content script,
// which writes these forms out ahead of time under Node, uses the very rules the card uses.

/**
 * How a date from the content is written: "2017-02" as a month ("February 2017"), "2026-11-25"
 * as a long date ("November 25, 2026"), each in the reader's language.
 * @param {string} iso
 * @returns {{ date: Date, options: Intl.DateTimeFormatOptions, kind: 'day' | 'month' }}
 */
export function dateForm(iso) {
  const [year, month, day] = iso.split('-').map(Number);
  return day
    ? { date: new Date(year, month - 1, day), options: { dateStyle: 'long' }, kind: 'day' }
    : { date: new Date(year, month - 1, 15), options: { year: 'numeric', month: 'long' }, kind: 'month' };
}

/**
 * Names in the order a reader of `lang` looks for them.
 * @template {{ name: string }} T
 * @param {readonly T[]} entries
 * @param {string} lang
 * @returns {T[]}
 */
export function byName(entries, lang) {
  return [...entries].sort((a, b) => a.name.localeCompare(b.name, lang));
}
