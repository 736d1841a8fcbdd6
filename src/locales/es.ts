// Spanish: the card's words, the sheet's descriptions and the names written out ahead of time.
// Loaded as a module of its own when a card speaks Spanish; it imports no code, only data.
import { es as strings } from '../content/strings-es.js';
import { descriptions, names, variants } from '../content/sheet-es.js';
import type { LocaleData } from './locale-data.js';

const spanish: LocaleData = { strings, descriptions, names, variants };
export default spanish;
