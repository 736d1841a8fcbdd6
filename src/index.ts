/** The package's main entry: everything `./element` exports, with the tag defined on import. */
import { define } from './define.js';

export * from './element.js';

define();
