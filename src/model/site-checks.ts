// The checks for what only some sites give a card: lines, words and a message of their own. Most
// cards never need them, so they travel apart from the card: the CDN build makes this a module of
// its own beside the main file, importing nothing from it, and a page loads it once, only when a
// card is given `resources`, `strings` or `reachOutMessage` (configuration.ts). A server has it
// from the start.
export { checkResources } from './resources.js';
export { checkReachOutMessage, checkStrings } from './site-strings.js';
