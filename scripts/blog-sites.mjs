#!/usr/bin/env node
// Builds the blogs in tests/sites/ from the packed package, the way a blogger's site is built:
// npm pack, the site's own dependencies from its lockfile (npm ci), the tarball on top, then the
// site generator itself. Eleventy 3 builds the same posts twice, from an ESM config and from a
// CommonJS one, into tests/sites/eleventy/_site-esm and _site-cjs; Astro 5 checks its pages
// (astro check) and builds them into tests/sites/astro/_site; Debian's Hugo builds a blog that
// mounts the package's hugo/ folder into tests/sites/hugo/_site, and the same blog with the folder
// copied into it (no mounts) into tests/sites/hugo/_site-copied; Next.js 16 builds an app that
// uses the card's React entry, server-rendered, into tests/sites/next/out, and Docusaurus 3 a site
// with the card in an MDX blog post into tests/sites/docusaurus/build. Last, Debian's WordPress
// with the plugin from its zip (scripts/wordpress-site.mjs) into tests/sites/wordpress/_site.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
  // A Next.js app (app router and pages router), exported as static pages.
  const next = join(root, 'tests/sites/next');
  install(next, 'Next.js');
  rmSync(join(next, 'out'), { recursive: true, force: true });
  run(join(next, 'node_modules/.bin/next'), ['build'], next);
  console.log('blog sites: Next.js built tests/sites/next/out');
  // A Docusaurus 3 site (classic preset): the card in an MDX blog post and in a React page.
  const docusaurus = join(root, 'tests/sites/docusaurus');
  install(docusaurus, 'Docusaurus');
  rmSync(join(docusaurus, 'build'), { recursive: true, force: true });
  run(join(docusaurus, 'node_modules/.bin/docusaurus'), ['build'], docusaurus);
  console.log('blog sites: Docusaurus built tests/sites/docusaurus/build');
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
  console.log('blog sites: Hugo built tests/sites/hugo/_site, the card mounted');
  // The README's other way: the card's folders copied into a copy of the site, no mounts.
  const copied = mkdtempSync(join(tmpdir(), 'ask-for-help-card-hugo-'));
  try {
    for (const folder of ['content', 'layouts', 'assets', 'static', 'node_modules'])
      cpSync(join(hugo, folder), join(copied, folder), { recursive: true });
    writeFileSync(
      join(copied, 'config.toml'),
      'baseURL = "http://localhost/tests/sites/hugo/_site-copied/"\ntitle = "A Hugo blog"\n' +
        'disableKinds = ["taxonomy", "term", "sitemap", "robotsTXT", "404"]\n',
    );
    run('sh', ['-c', 'cp -R node_modules/ask-for-help-card/hugo/. .'], copied);
    rmSync(join(copied, 'node_modules'), { recursive: true, force: true });
    rmSync(join(hugo, '_site-copied'), { recursive: true, force: true });
    run('hugo', ['--quiet', '--destination', join(hugo, '_site-copied')], copied);
  } finally {
    rmSync(copied, { recursive: true, force: true });
  }
  console.log('blog sites: Hugo built tests/sites/hugo/_site-copied, the card copied into the site');
  // WordPress takes the plugin's zip, not the npm package: Playground runs Debian's WordPress.
  const wordpress = join(root, 'tests/sites/wordpress');
  console.log('blog sites: WordPress, installing Playground from its lockfile');
  run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], wordpress);
  execFileSync(process.execPath, [join(root, 'scripts/wordpress-site.mjs')], { cwd: root, stdio: 'inherit' });
} finally {
  rmSync(packDir, { recursive: true, force: true });
}
