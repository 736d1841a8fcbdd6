import { AskForHelpCard } from './ask-for-help-card.js';

/** The tag the package registers unless told otherwise. */
export const TAG_NAME = 'ask-for-help-card';

/**
 * Registers the card as `tagName` in `registry`. A second registration of the same tag (a
 * theme and a plugin both load the card) keeps the first and never throws; a different
 * definition already holding the tag is reported once.
 */
export function define(tagName = TAG_NAME, registry: CustomElementRegistry = customElements): void {
  const existing = registry.get(tagName);
  if (existing) {
    if (existing !== AskForHelpCard) {
      console.warn(`<${tagName}>: already defined by another script (a second copy of ask-for-help-card?); keeping the first`);
    }
    return;
  }
  // One constructor can hold only one name per registry: a second tag gets a subclass of its own.
  const taken = registry.getName?.(AskForHelpCard) ?? null;
  registry.define(tagName, taken === null ? AskForHelpCard : class extends AskForHelpCard {});
}

declare global {
  interface HTMLElementTagNameMap {
    'ask-for-help-card': AskForHelpCard;
  }
}
