#!/usr/bin/env node
// Builds the blogs in tests/sites/ from the packed package, the way a blogger's site is built:
// npm pack, the site's own dependencies from its lockfile (npm ci), the tarball on top, then the
// site generator itself. Eleventy 3 builds the same posts twice, from an ESM config and from a
// CommonJS one, into tests/sites/eleventy/_site-esm and _site-cjs; Astro 5 checks its pages
// (astro check) and builds them into tests/sites/astro/_site; Debian's Hugo builds a blog that
// mounts the package's hugo/ folder into tests/sites/hugo/_site.
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
  /** A site's own dependencies from its lockfile, then the packed card on top of them. */
  const install = (site, name) => {
    console.log(`blog sites: ${name}, installing from its lockfile and the packed package`);
    run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], site);
    const options = ['--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--loglevel=error'];
    run('npm', ['install', ...options, join(packDir, filename)], site);
  };
  const eleventy = join(root, 'tests/sites/eleventy');
  install(eleventy, 'Eleventy');
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
  const astro = join(root, 'tests/sites/astro');
  install(astro, 'Astro');
  const astroCli = join(astro, 'node_modules/.bin/astro');
  run(astroCli, ['check'], astro);
  rmSync(join(astro, '_site'), { recursive: true, force: true });
  run(astroCli, ['build', '--silent', '--outDir', '_site'], astro);
  console.log('blog sites: Astro checked its pages and built tests/sites/astro/_site');
  // Hugo runs no Node: the site mounts the package's hugo/ folder as it ships (hugo.toml).
  const hugo = join(root, 'tests/sites/hugo');
  console.log('blog sites: Hugo, installing the packed package');
  const options = ['--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--loglevel=error'];
  run('npm', ['install', ...options, join(packDir, filename)], hugo);
  rmSync(join(hugo, '_site'), { recursive: true, force: true });
  try {
    run('hugo', ['--quiet', '--destination', '_site'], hugo);
  } catch (error) {
    if (error.code === 'ENOENT') throw new Error('blog sites: no hugo here; install it (apt-get install hugo)');
    throw error;
  }
  console.log('blog sites: Hugo built tests/sites/hugo/_site');
} finally {
  rmSync(packDir, { recursive: true, force: true });
}
