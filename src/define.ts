import { AskForHelpCard } from './ask-for-help-card.js';

/** The tag the package registers unless told otherwise. */
export const TAG_NAME = 'ask-for-help-card';

/** The definitions this copy of the card has made: the class, and a subclass per extra tag. */
const ours = new WeakSet<CustomElementConstructor>([AskForHelpCard]);

/**
 * Registers the card as `tagName` in `registry`. A second registration of the same tag (a
 * theme and a plugin both load the card) keeps the first and never throws; a different
 * definition already holding the tag is reported once.
 */
export function define(tagName = TAG_NAME, registry: CustomElementRegistry = customElements): void {
  const existing = registry.get(tagName);
  if (existing) {
    if (!ours.has(existing)) {
      console.warn(
        `<${tagName}>: already defined by another script (a second copy of ask-for-help-card?); keeping the first`,
      );
    }
    return;
  }
  // One constructor can hold only one name per registry: a second tag gets a subclass of its own.
  // (Engines without getName() say so by refusing the class itself.)
  const subclass = () => class extends AskForHelpCard {};
  let definition: CustomElementConstructor = registry.getName?.(AskForHelpCard) ? subclass() : AskForHelpCard;
  try {
    registry.define(tagName, definition);
  } catch (error) {
    if (definition !== AskForHelpCard || !(error instanceof DOMException && error.name === 'NotSupportedError'))
      throw error;
    definition = subclass();
    registry.define(tagName, definition);
  }
  ours.add(definition);
}

declare global {
  interface HTMLElementTagNameMap {
    'ask-for-help-card': AskForHelpCard;
  }
}
