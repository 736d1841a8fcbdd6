/**
 * The space the README advises reserving under a bare tag until its module runs, from the card's
 * measured heights with no region chosen (the shortest card): 98 to 102 em in a blog's column and
 * 129 to 144 em on a 375-pixel phone, on the bench's page and on Simple.css; more with a region's
 * lines. It reserves a little less than the shortest, since space held and then given back moves
 * the page as well. A test keeps the README's
 * copy the same as this one, and the bench measures the layout shift with it applied.
 */
export const BARE_TAG_RESERVATION = `ask-for-help-card:not(:defined) {
  display: block;
  min-block-size: 95em;
}
@media (max-width: 40em) {
  ask-for-help-card:not(:defined) {
    min-block-size: 125em;
  }
}`;
