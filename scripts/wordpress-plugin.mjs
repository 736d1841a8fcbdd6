#!/usr/bin/env node
// Builds the WordPress plugin into dist/wordpress/ask-for-help-card/ and zips it as
// dist/wordpress/ask-for-help-card.zip, the file an administrator uploads:
//   ask-for-help-card.php, includes/, readme.txt  from wordpress/, as they are
//   pieces/                                       the prerendered card in pieces
//                                                 (prerendered-pieces.mjs, as for Hugo), and
//                                                 variants.json: the regions, and what changes
//                                                 for a heading level or the open sections
//   assets/                                       the card's module files
//   build/card/                                   the block: block.json (its region a choice of
//                                                 the regions the card knows) and the editor's
//                                                 script, built by @wordpress/scripts
// PHP runs no Node: includes/markup.php joins the pieces into exactly what renderCard writes,
// which tests/node/wordpress-markup.test.mjs checks with PHP.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { LANGUAGES, REGIONS, pieces, writePieces } from './prerendered-pieces.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const sources = join(root, 'wordpress');
const out = join(root, 'dist/wordpress');
const plugin = join(out, 'ask-for-help-card');
const run = (command, args, cwd) => execFileSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'] });

// The plugin is the package's version: its header, its constant, its readme and its block say so.
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
for (const [file, pattern] of [
  ['ask-for-help-card.php', /^ \* Version: +(\S+)$/m],
  ['ask-for-help-card.php', /^const ASK_FOR_HELP_CARD_VERSION = '([^']+)';$/m],
  ['readme.txt', /^Stable tag: (\S+)$/m],
  ['src/card/block.json', /"version": "([^"]+)"/],
]) {
  const written = readFileSync(join(sources, file), 'utf8').match(pattern)?.[1];
  if (written !== version) throw new Error(`wordpress: ${file} says version ${written}, the package ${version}`);
}

rmSync(out, { recursive: true, force: true });
for (const part of ['ask-for-help-card.php', 'includes', 'readme.txt'])
  cpSync(join(sources, part), join(plugin, part), { recursive: true });
cpSync(join(root, 'dist/cdn'), join(plugin, 'assets'), { recursive: true });

writePieces(new URL(`file://${plugin}/pieces/`), { tags: false });
const regions = REGIONS.filter((region) => region !== 'none');
writeFileSync(
  join(plugin, 'pieces/variants.json'),
  JSON.stringify({ regions, headings: headings(), sections: sections() }),
);

/**
 * For each heading level, the headings of a card of level 2 written at that level: its top
 * headings, and those one below them.
 */
function headings() {
  const card = Object.values(pieces('en', 'GB')).join('');
  const levels = new Set([...card.matchAll(/<h(\d)[ >]/g)].map(([, level]) => level));
  if ([...levels].join() !== '2,3')
    throw new Error(`wordpress: the card has headings of levels ${[...levels]}, not 2 and 3`);
  return Object.fromEntries(
    [1, 3, 4, 5].map((level) => [
      level,
      { '<h2 ': `<h${level} `, '</h2>': `</h${level}>`, '<h3 ': `<h${level + 1} `, '</h3>': `</h${level + 1}>` },
    ]),
  );
}

/** For each language, each essay section's tag closed and open, and the toggle's, some closed and all open. */
function sections() {
  return Object.fromEntries(
    LANGUAGES.map((lang) => {
      const [none, all] = ['none', 'all'].map((openSections) => pieces(lang, 'none', { openSections }).essay);
      const details = (essay) => [...essay.matchAll(/<details [^>]*data-section="([^"]+)"[^>]*>/g)];
      const toggle = (essay) => essay.match(/<button [^>]*class="toggle-all[^>]*>/)[0];
      const open = new Map(details(all).map(([tag, id]) => [id, tag]));
      return [
        lang,
        {
          details: Object.fromEntries(details(none).map(([tag, id]) => [id, [tag, open.get(id)]])),
          toggle: [toggle(none), toggle(all)],
        },
      ];
    }),
  );
}

// The editor's script, from a copy of its sources whose block.json lists the regions.
const editorSources = join(out, 'editor-src');
cpSync(join(sources, 'src'), editorSources, { recursive: true });
const blockJson = join(editorSources, 'card/block.json');
const block = JSON.parse(readFileSync(blockJson, 'utf8'));
block.attributes.region.enum = ['', ...regions];
writeFileSync(blockJson, `${JSON.stringify(block, null, 2)}\n`);
if (!existsSync(join(sources, 'node_modules/.bin/wp-scripts')))
  run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], sources);
run(
  join(sources, 'node_modules/.bin/wp-scripts'),
  ['build', `--webpack-src-dir=${relative(sources, editorSources)}`, `--output-path=${join(plugin, 'build')}`],
  sources,
);
rmSync(editorSources, { recursive: true });

/** Every file under a folder, by its path in the zip. */
function files(folder, prefix) {
  return Object.fromEntries(
    readdirSync(folder).flatMap((name) => {
      const path = join(folder, name);
      return statSync(path).isDirectory()
        ? Object.entries(files(path, `${prefix}${name}/`))
        : [[`${prefix}${name}`, readFileSync(path)]];
    }),
  );
}
writeFileSync(join(out, 'ask-for-help-card.zip'), zipSync(files(plugin, 'ask-for-help-card/'), { level: 9 }));
console.log(`wordpress: wrote dist/wordpress/ask-for-help-card/ and its zip (${regions.length} regions)`);
