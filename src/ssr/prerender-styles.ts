import postcss, { type ChildNode, type Container } from 'postcss';
import selectorParser from 'postcss-selector-parser';
import tokens from '../ask-for-help-card.tokens.js';
import styles from '../ask-for-help-card.styles.js';

/**
 * The card's stylesheet for its prerendered markup, which lives in the page (light DOM) so that
 * its words are written once. Every rule is anchored on the card's tag, so the sheet restyles
 * nothing else wherever it ends up (a bundler lifts it into the page's head, an inliner applies
 * it, a sanitizer keeps it):
 * - `:host` rules apply to a card not yet upgraded, at no weight (`:where`), as `:host` rules
 *   do, so the page's own rules for the tag still win;
 * - every other rule applies inside the card, `!important`, after a reset of whatever the page's
 *   rules for `p`, `a` or `ul` would set (`all: revert`): the card looks as its shadow root will
 *   draw it when its module arrives, so nothing moves;
 * - its controls that need the script (the region picker, "Expand all", "Copy") keep their room
 *   unseen, and take none with scripts off;
 * - a child combinator is written as a descendant one (the card nests nothing it styles), and the
 *   sheet is one line inside `<!-- -->`, which CSS ignores: a tool that strips tags and keeps text
 *   (a regex, `strip_tags`, WordPress's KSES) strips the whole sheet as a comment.
 * The live card keeps its own sheet in its shadow root; this one is made here, for servers only.
 */
export function prerenderStyles(): string {
  prerendered ??= scopedSheet();
  return prerendered;
}

let prerendered: string | undefined;

const TAG = 'ask-for-help-card';

/** The page's rules for anything inside the card, undone: as in a shadow root, only the browser's own styles hold. */
const RESET = `:where(${TAG}) *,:where(${TAG}) ::before,:where(${TAG}) ::after{all:revert!important}`;

/**
 * The prerendered controls never work: the live card draws working ones where they stood. Their
 * words are drawn from attributes, out of the text a summary or a feed is cut from.
 */
const INERT_CONTROLS = `${TAG} .needs-script{visibility:hidden!important}${TAG} [data-text]::before{content:attr(data-text)!important}@media (scripting:none){${TAG} .needs-script{display:none!important}}`;

/**
 * With scripts off, a card that follows its page (`scheme` auto) cannot read the page's colors, and a
 * theme whose dark mode is a class on its body (PaperMod's) declares no color scheme: the card takes
 * the page's own text color, on the page's own background, with borders and secondary text drawn
 * from it, so that it is never a white panel on a dark page. The filled call button keeps its
 * colors, readable on either. A site's own colors (the public properties) still win.
 */
const PAGE_COLORS = `@media (scripting:none){:where(${TAG}:not(:defined):not([scheme=light]):not([scheme=dark])){--_background:var(--ask-for-help-card-background,transparent);--_text:var(--ask-for-help-card-text-color,currentColor);--_muted:var(--ask-for-help-card-muted-color,color-mix(in srgb,currentColor 78%,transparent));--_border:var(--ask-for-help-card-border-color,color-mix(in srgb,currentColor 35%,transparent));--_link:var(--ask-for-help-card-link-color,currentColor);--_focus:var(--ask-for-help-card-focus-ring-color,currentColor)}}`;

/**
 * Written in a sentence ("Need to talk? {{< ask-for-help-card >}}" in Hugo, a component in an MDX
 * sentence), a card lands in a paragraph, which a browser ends at the card's first block: its
 * markup spills out after the paragraph, and the card is left with its styles alone. Once the card
 * has upgraded (and shows itself), the spilled markup (marked as the card's own) is hidden, so that
 * its words appear once; with scripts off they are read there, once, unstyled.
 */
const SPILLED = `:where(p:has(${TAG}:defined))+article[data-${TAG}]{display:none!important}`;

function scopedSheet(): string {
  const sheet = postcss.parse(`${tokens.cssText}\n${styles.cssText}`);
  sheet.walkComments((comment) => void comment.remove());
  // The live card's animation runs only once upgraded; its name would be the page's to share.
  sheet.walkAtRules('keyframes', (rule) => void rule.remove());
  sheet.walkRules((rule) => {
    // Rules for the controls that need the script are the inert ones above.
    if (rule.selectors.some((selector) => selector.includes('.needs-script'))) {
      rule.remove();
      return;
    }
    const onHost = rule.selectors.every((selector) => /^:host(\([^ ]*\))?$/.test(selector));
    rule.selector = selectorParser((selectors) => selectors.each((selector) => scope(selector))).processSync(
      rule.selector,
    );
    if (!onHost) rule.walkDecls((declaration) => void (declaration.important = true));
  });
  removeEmpty(sheet);
  const css = sheet
    .toString()
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/\s*!important/g, '!important');
  return `<style><!--${RESET}${css}${INERT_CONTROLS}${PAGE_COLORS}${SPILLED}--></style>`;
}

/** One selector anchored on the card: `:host(x)` as the tag itself, anything else inside it. */
function scope(selector: selectorParser.Selector): void {
  selector.walkCombinators((combinator) => {
    if (combinator.value === '>') combinator.replaceWith(selectorParser.combinator({ value: ' ' }));
  });
  const first = selector.first;
  if (first.type === 'pseudo' && first.value === ':host') {
    const tag = selectorParser.tag({ value: `${TAG}:not(:defined)${first.nodes.map(String).join('')}` });
    const where = selectorParser.pseudo({ value: ':where' });
    where.append(selectorParser.selector({ nodes: [tag], value: '' }));
    first.replaceWith(where);
  } else {
    selector.prepend(selectorParser.combinator({ value: ' ' }));
    selector.prepend(selectorParser.tag({ value: TAG }));
  }
}

function removeEmpty(container: Container<ChildNode>): void {
  container.each((node) => {
    if (node.type === 'atrule' && node.nodes) removeEmpty(node);
    if ((node.type === 'rule' || node.type === 'atrule') && node.nodes?.length === 0) node.remove();
  });
}
