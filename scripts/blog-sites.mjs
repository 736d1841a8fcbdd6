#!/usr/bin/env node
// Builds the blogs in tests/sites/ from the packed package, the way a blogger's site is built:
// npm pack, the site's own dependencies from its lockfile (npm ci), the tarball on top, then the
// site generator itself. Eleventy 3 builds the same posts twice, from an ESM config and from a
// CommonJS one, into tests/sites/eleventy/_site-esm and _site-cjs.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
const run = (command, args, cwd) =>
  execFileSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });

const packDir = mkdtempSync(join(tmpdir(), 'ask-for-help-card-pack-'));
try {
  const [{ filename }] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', packDir], root));
  const eleventy = join(root, 'tests/sites/eleventy');
  console.log('blog sites: Eleventy, installing from its lockfile and the packed package');
  run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], eleventy);
  run(
    'npm',
    [
      'install',
      '--no-save',
      '--no-package-lock',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      join(packDir, filename),
    ],
    eleventy,
  );
  for (const [config, output] of [
    ['eleventy.config.mjs', '_site-esm'],
    ['eleventy.config.cjs', '_site-cjs'],
  ]) {
    rmSync(join(eleventy, output), { recursive: true, force: true });
    run(
      join(eleventy, 'node_modules/.bin/eleventy'),
      [`--config=${config}`, `--output=${output}`, '--quiet'],
      eleventy,
    );
    console.log(`blog sites: Eleventy built tests/sites/eleventy/${output} from ${config}`);
  }
} finally {
  rmSync(packDir, { recursive: true, force: true });
}
