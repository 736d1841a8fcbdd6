// French: the card's words, the sheet's descriptions and the names written out ahead of time.
// Loaded as a module of its own when a card speaks French; it imports no code, only data.
import { fr as strings } from '../content/strings-fr.js';
import { descriptions, names, variants } from '../content/sheet-fr.js';
import type { LocaleData } from './locale-data.js';

const french: LocaleData = { strings, descriptions, names, variants };
export default french;
