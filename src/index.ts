/** The package's main entry: everything `./element` exports, with the tag defined on import. */
// First, before Lit loads: it explains a page whose Trusted Types policy leaves Lit out.
import './trusted-types-check.js';
import { define } from './define.js';

export * from './element.js';

define();
