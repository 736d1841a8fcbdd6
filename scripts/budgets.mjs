/**
 * The card's weight and speed budgets, in one place: `npm test` fails when the built files pass
 * a byte budget, and `npm run bench` reports every figure against these.
 *
 * TARGETS are what the card aims for. BUDGETS are what the suite enforces: the targets where the
 * card meets them, and otherwise what it measures with every feature kept, so that it cannot
 * grow unnoticed while the gap stays open (BENCHMARKS.md says what closing it would take).
 */
export const TARGETS = {
  /** gzip -9 bytes an English reader loads, in one request, with `region="auto"` and all 145 regions. */
  englishReaderGzip: 31.5 * 1024,
  /** gzip -9 bytes a Spanish or French reader loads, in two requests. */
  anyReaderGzip: 36 * 1024,
  /**
   * The card's own code in the main file: the "code" group of the per-module table (each source
   * module's gzip share, from the build's source map; scripts/module-shares.mjs), Lit, data and
   * styles apart.
   */
  codeGzip: 12 * 1024,
};

export const BUDGETS = {
  /** The main file, dist/cdn/ask-for-help-card.js: all an English reader loads (the target, met). */
  englishReaderGzip: TARGETS.englishReaderGzip,
  /** The main file and one language's module (the target, met). */
  anyReaderGzip: TARGETS.anyReaderGzip,
  /** The card's own code in the main file (the target, met). */
  codeGzip: TARGETS.codeGzip,
  /**
   * The npm package unpacked, as `npm pack` reports it: the Hugo pieces for every region in three
   * languages stay small (2.15 MB with 67 regions before they were cut into shared pieces).
   */
  packageUnpackedBytes: 3_000_000,
  /** Time to a ready card against the card at an earlier commit (bench/measures/previous.mjs), at 1 and 100 cards. */
  previousBuildRatio: 1.1,
  /** Time to a ready card against static HTML: one card, and a hundred. */
  oneCardRatio: 1.3,
  hundredCardsRatio: 1.1,
};
