#!/usr/bin/env node
// The command line face of the card: `ask-for-help-card render [options] > card.html` prints a
// prerendered card for people who paste snippets into a blog.
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { renderCard } from '../dist/ssr/render-card.js';
import { checkResources } from '../dist/model/resources.js';
import { checkHeadingLevel, checkOpenSections, checkRegion, checkScheme } from '../dist/model/options.js';
import { essaySections } from '../dist/content/sections.js';

const USAGE = `Usage: ask-for-help-card render [options] > card.html

Prints the card as HTML with a declarative shadow root: readable before and without JavaScript.
Add the card's module to the page as well, and it upgrades in place.

Options:
  --region CODE          the reader's region, ISO 3166-1 alpha-2 (US, GB, AU, …), or auto:
                         worldwide help, and the reader's browser guesses the region
  --heading-level N      level of the card's top heading, 1 to 5 (default 2)
  --resources FILE       a JSON file with your own places to get help (a regular file, 1 MB at most)
  --keep-defaults        show your resources before the default list instead of replacing it
  --scheme SCHEME        auto, light or dark (default auto)
  --open-sections WHICH  first, all, none, or section ids (default first)
  --lang TAG             the card's language: en, es or fr (default en)
  -h, --help             this help`;

/** The largest resources file read: far more than the 50 entries a card shows. */
const MAX_RESOURCES_FILE_BYTES = 1024 * 1024;

function fail(message) {
  process.stderr.write(`ask-for-help-card: ${message}\n`);
  process.exit(2);
}

// A reader that stops reading (`ask-for-help-card render | head -1`) has what it wanted: the
// command ends quietly, as other Unix tools do.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

/**
 * A resources file's text. Only a regular file under the size limit is read, so that a device
 * (`/dev/zero`) or a pipe that never ends cannot make the command read without limit; it is
 * opened without waiting, so that a named pipe nobody writes to cannot make it wait forever.
 * The text must be UTF-8 (a byte order mark is allowed): a Latin-1 file would give names with
 * the wrong letters, so it is refused.
 */
function readResourcesFile(file) {
  let descriptor;
  let bytes;
  try {
    descriptor = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
    const stats = fstatSync(descriptor);
    if (!stats.isFile()) fail(`${file}: not a regular file; give a JSON file`);
    if (stats.size > MAX_RESOURCES_FILE_BYTES)
      fail(`${file}: ${stats.size} bytes, over the 1 MB a resources file may have`);
    bytes = readFileSync(descriptor);
  } catch (error) {
    fail(`${file}: cannot be read (${error.code ?? error.message})`);
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
  try {
    // The decoder drops a leading byte order mark, as JSON.parse would not.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    fail(`${file}: not UTF-8 text; save it as UTF-8 (names in another encoding would show the wrong letters)`);
  }
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      region: { type: 'string' },
      'heading-level': { type: 'string' },
      resources: { type: 'string' },
      'keep-defaults': { type: 'boolean' },
      scheme: { type: 'string' },
      'open-sections': { type: 'string' },
      lang: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (error) {
  fail(`${error.message}\n\n${USAGE}`);
}
const { values, positionals } = parsed;

if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (positionals[0] !== 'render' || positionals.length > 1) {
  fail(`${positionals.length ? `unknown command "${positionals.join(' ')}"` : 'no command given'}\n\n${USAGE}`);
}

const options = {};
if (values.region !== undefined) {
  // Any well-formed code is passed on: the card itself says when it has no help for a region
  // (a site's own --resources may bring lines for it).
  const { value, problem } = checkRegion(values.region, () => true);
  if (problem || !value) {
    fail(`--region "${values.region}" is not a two-letter region code (like US, GB or AU) or auto`);
  }
  options.region = value;
}
for (const [flag, check, key, ids] of [
  ['heading-level', checkHeadingLevel, 'headingLevel'],
  ['scheme', checkScheme, 'scheme'],
  ['open-sections', checkOpenSections, 'openSections', essaySections.map((section) => section.id)],
]) {
  if (values[flag] === undefined) continue;
  const { problem } = check(values[flag], ids);
  if (problem) fail(`--${problem.replace(/; using .*$/, '')}`);
  options[key] = key === 'headingLevel' ? Number(values[flag]) : values[flag];
}
if (values.lang !== undefined) {
  try {
    options.lang = Intl.getCanonicalLocales(values.lang)[0];
  } catch {
    fail(`--lang "${values.lang}" is not a language tag (like en, es or fr-CA)`);
  }
}
if (values['keep-defaults']) options.keepDefaults = true;
if (values.resources !== undefined) {
  const file = values.resources;
  const text = readResourcesFile(file);
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    fail(`${file}: not valid JSON (${error.message})`);
  }
  const { resources, problems } = checkResources(data);
  if (problems.length) fail(`${file}: ${problems.length === 1 ? problems[0] : `\n  ${problems.join('\n  ')}`}`);
  options.resources = resources;
}

process.stdout.write(`${renderCard(options)}\n`);
