import { css } from 'lit';

/*
 * The card's theme tokens. Each public --ask-for-help-card-* property is read once, here, into a
 * private --_* property that the stylesheet uses; values that repeat (the target size, the pill
 * radius, the type steps) are private tokens too, so each is decided in one place.
 * light-dark() picks by the used color-scheme: the page's, or the one the card found behind it.
 * A test holds the sheet to these: no private token used but never defined, none defined but
 * never used, and every public one read once and documented on the class.
 */
export default css`
  :host {
    --_background: var(--ask-for-help-card-background, light-dark(#ffffff, #17191c));
    --_text: var(--ask-for-help-card-text-color, light-dark(#1f2328, #e8eaed));
    --_muted: var(--ask-for-help-card-muted-color, light-dark(#59636e, #a9b1ba));
    --_accent: var(--ask-for-help-card-accent-color, light-dark(#0d6e5c, #6fd6c1));
    --_link: var(--ask-for-help-card-link-color, light-dark(#0b57d0, #9ec1ff));
    --_call: var(--ask-for-help-card-call-color, light-dark(#0d6e5c, #6fd6c1));
    --_call-text: var(--ask-for-help-card-call-text-color, light-dark(#ffffff, #0a1f1a));
    --_border: var(--ask-for-help-card-border-color, light-dark(#d1d9e0, #3d444d));
    --_focus: var(--ask-for-help-card-focus-ring-color, light-dark(#0b57d0, #9ec1ff));
    --_space: var(--ask-for-help-card-spacing, 1em);
    --_radius: var(--ask-for-help-card-radius, 0.75em);
    --_inner-radius: calc(var(--_radius) * 0.66);
    /* At least 44 by 44 CSS pixels: a thumb in a hurry must not miss. */
    --_target: 44px;
    --_pill: 999px;
    --_text-small: 0.875em;
    --_text-step: 1.05em;
  }
`;
