/**
 * The side-effect-free entry: the card's class and everything typed about it, defined nowhere
 * until `define(tagName?, registry?)` is called, so a micro-frontend can register it under its
 * own tag or in a scoped registry.
 */
export { AskForHelpCard } from './ask-for-help-card.js';
export { SectionToggleEvent } from './events.js';
export { define, TAG_NAME } from './define.js';
export type { HelpResource } from './model/resources.js';
export type { CardStrings } from './content/strings.js';
export type { EssaySectionId } from './content/sections.js';
export type { ColorScheme } from './model/options.js';
// The tag's types for React 19 and Preact (JSX), Vue and Svelte, as augmentations.
export type * from './jsx-types.js';
