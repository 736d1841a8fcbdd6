// Each source module's share of the card's main CDN file, from a source-mapped build of it: what
// the suite's code budget and the benchmarks' per-module table both read.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';

const gzip = (text) => gzipSync(text, { level: 9 }).length;

/** Which of the four groups a source module belongs to. */
function groupOf(source) {
  if (/node_modules\/(lit|lit-html|lit-element|@lit)\//.test(source)) return 'Lit';
  if (/src\/content\//.test(source)) return 'data';
  if (/\.(styles|tokens)\.ts$/.test(source)) return 'styles';
  return 'code';
}

const shortName = (source) => source.replace(/^.*node_modules\//, '').replace(/^(\.\.\/)+/, '');

/**
 * Each source module's share of the main file, from the build's source map: every byte of the
 * minified file goes to the module it came from, each module's bytes are gzipped on their own, and
 * the results are scaled so that they add up to the whole file's gzip size.
 */
export function moduleShares(cdnDir) {
  const file = join(cdnDir, 'ask-for-help-card.js');
  const code = readFileSync(file, 'utf8').replace(/\n\/\/# sourceMappingURL=.*\s*$/, '');
  const map = new TraceMap(readFileSync(`${file}.map`, 'utf8'));
  const bytesOf = new Map();
  code.split('\n').forEach((line, index) => {
    let source = '(bundler)';
    for (let column = 0; column < line.length; column++) {
      source = originalPositionFor(map, { line: index + 1, column }).source ?? source;
      bytesOf.set(source, (bytesOf.get(source) ?? '') + line[column]);
    }
  });
  const whole = gzip(code);
  const alone = [...bytesOf].map(([source, text]) => ({ source, minified: text.length, alone: gzip(text) }));
  const sum = alone.reduce((total, module) => total + module.alone, 0);
  return {
    whole,
    modules: alone
      .map(({ source, minified, alone }) => ({
        name: shortName(source),
        group: groupOf(source),
        minified,
        gzip: (alone * whole) / sum,
      }))
      .sort((a, b) => b.gzip - a.gzip),
  };
}

/** What each group (Lit, data, styles, code) weighs of the main file, in gzip bytes. */
export function groupShares(cdnDir) {
  const groups = { Lit: 0, data: 0, styles: 0, code: 0 };
  for (const module of moduleShares(cdnDir).modules) groups[module.group] += module.gzip;
  return groups;
}
