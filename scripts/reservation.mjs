/**
 * The space the README advises reserving under a bare tag until its module runs, from the card's
 * measured heights (BENCHMARKS.md): about 102 em in a 45 em column and 144 em on a 375-pixel
 * phone with no region chosen, more with a region's lines. It reserves no more than the shortest
 * card, since space held and then given back moves the page as well. A test keeps the README's
 * copy the same as this one, and the bench measures the layout shift with it applied.
 */
export const BARE_TAG_RESERVATION = `ask-for-help-card:not(:defined) {
  display: block;
  min-block-size: 100em;
}
@media (max-width: 40em) {
  ask-for-help-card:not(:defined) {
    min-block-size: 140em;
  }
}`;
