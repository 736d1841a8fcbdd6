/**
 * The card's weight and speed budgets, in one place: `npm test` fails when the built files pass
 * a byte budget, and `npm run bench` reports every figure against these.
 *
 * TARGETS are what the card aims for. BUDGETS are what the suite enforces: the targets where the
 * card meets them, and otherwise what it measures with every feature kept, so that it cannot
 * grow unnoticed while the gap stays open (BENCHMARKS.md says what closing it would take).
 */
export const TARGETS = {
  /** gzip -9 bytes an English reader loads, in one request, with `region="auto"` and all 63 regions. */
  englishReaderGzip: 25 * 1024,
  /** gzip -9 bytes a Spanish or French reader loads, in two requests. */
  anyReaderGzip: 27.5 * 1024,
};

export const BUDGETS = {
  /**
   * The main file, dist/cdn/ask-for-help-card.js: all an English reader loads. Interim, while the
   * sheet's 63 regions and the third round of hardening are in and the code has not yet paid for
   * them (29.6 KiB measured; the promised budget is 25 KiB).
   */
  englishReaderGzip: 30 * 1024,
  /** The main file and one language's module (34.0 KiB measured for French; promised: 27.5 KiB). */
  anyReaderGzip: 34.5 * 1024,
  /** Time to a ready card against static HTML: one card, and a hundred. */
  oneCardRatio: 1.3,
  hundredCardsRatio: 1.1,
};
