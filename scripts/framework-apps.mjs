#!/usr/bin/env node
// Installs the packed package into the framework apps in tests/frameworks/ the way a user would
// (npm pack, then npm install of the tarball), type-checks them (vue-tsc; svelte-check for the
// Svelte app), and builds them for the browser suite: React 19 (the ./react wrapper and the plain
// tag), Vue 3, Svelte 5, and Preact's JSX types. The apps' own dependencies come from their
// lockfile (npm ci); the tarball, new at every pack, is added on top without touching it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
const apps = join(root, 'tests/frameworks');
const run = (command, args, cwd) =>
  execFileSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });

const packDir = mkdtempSync(join(tmpdir(), 'ask-for-help-card-pack-'));
try {
  const [{ filename }] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', packDir], root));
  const tarball = join(packDir, filename);
  console.log('framework apps: installing their dependencies from tests/frameworks/package-lock.json');
  run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], apps);
  console.log(`framework apps: installing ${filename}`);
  run(
    'npm',
    ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--loglevel=error', tarball],
    apps,
  );
  console.log('framework apps: type-checking (TypeScript, React, Preact, Vue, Svelte)');
  run(join(apps, 'node_modules/.bin/vue-tsc'), ['-p', 'tsconfig.json'], apps);
  run(
    join(apps, 'node_modules/.bin/svelte-check'),
    ['--tsconfig', 'tsconfig.svelte.json', '--fail-on-warnings', '--output', 'human'],
    apps,
  );
  console.log('framework apps: building');
  run(join(apps, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], apps);
  console.log('framework apps: built tests/frameworks/dist/{react,vue,svelte}.html');
} finally {
  rmSync(packDir, { recursive: true, force: true });
}
