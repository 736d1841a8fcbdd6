#!/usr/bin/env node
// Writes the host pages of tests/hosts/hosts.mjs into dist/hosts/, and compiles the Tailwind
// host's stylesheet with Tailwind's own command line.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { HOSTS, hostPage } from '../tests/hosts/hosts.mjs';

mkdirSync('dist/hosts', { recursive: true });
execFileSync(
  'node_modules/.bin/tailwindcss',
  [
    '-c',
    'tests/hosts/tailwind.config.mjs',
    '-i',
    'tests/hosts/tailwind.input.css',
    '-o',
    'dist/hosts/tailwind.css',
    '--minify',
  ],
  { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, BROWSERSLIST_IGNORE_OLD_DATA: '1' } },
);
for (const host of HOSTS) writeFileSync(`dist/hosts/${host.name}.html`, hostPage(host));
console.log(`hosts: wrote ${HOSTS.length} pages into dist/hosts/`);
