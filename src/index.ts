/** The package's main entry: everything `./element` exports, with the tag defined on import. */
// First, before Lit loads: it explains a page whose Trusted Types policy leaves Lit out.
import './trusted-types-check.js';
import { define } from './define.js';
import { cardLanguage } from './content/strings.js';
import { loadLocale } from './model/locales.js';

export * from './element.js';

define();

// The page's language starts loading now, as the module runs, before any card needs it.
if (typeof document !== 'undefined') void loadLocale(cardLanguage(document.documentElement.lang || 'en'));
