#!/usr/bin/env node
// Fails when custom-elements.json is not what the analyzer makes of src/ now: the manifest is
// generated (`npm run analyze`), never edited by hand, and must move with the code.
import { readFileSync } from 'node:fs';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';

const fresh = await cli({ argv: ['analyze', '--quiet'], cwd: process.cwd(), noWrite: true });
const committed = readFileSync('custom-elements.json', 'utf8');
if (`${JSON.stringify(fresh, null, 2)}\n` !== committed) {
  console.error('custom-elements.json is stale: run `npm run analyze` and commit it');
  process.exit(1);
}
console.log('custom-elements.json matches src/');
