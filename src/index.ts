import { define } from './define.js';

export { AskForHelpCard } from './ask-for-help-card.js';
export { SectionToggleEvent } from './events.js';
export { define, TAG_NAME } from './define.js';
export type { HelpResource } from './model/resources.js';
export type { CardStrings } from './content/strings.js';
export type { EssaySectionId } from './content/sections.js';
export type { ColorScheme } from './model/options.js';

define();
