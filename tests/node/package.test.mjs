// What a user gets from npm: the packed files, and the CDN file's weight.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUDGETS } from '../../scripts/budgets.mjs';
import { groupShares } from '../../scripts/module-shares.mjs';
import { BARE_TAG_RESERVATION } from '../../scripts/reservation.mjs';

const gzipOf = (file) => gzipSync(readFileSync(`dist/cdn/${file}`), { level: 9 }).length;

describe('the packed package', () => {
  const [{ files, unpackedSize }] = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
  );
  const paths = files.map((file) => file.path).sort();

  it('has every entry a user imports, with its types', () => {
    for (const path of [
      'dist/index.js',
      'dist/index.d.ts',
      'dist/element.js',
      'dist/element.d.ts',
      'dist/jsx-types.d.ts',
      'dist/react.js',
      'dist/react.d.ts',
      'dist/ssr/render-card.js',
      'dist/ssr/render-card.d.ts',
      'dist/integrations/eleventy.js',
      'dist/integrations/eleventy.d.ts',
      'astro/AskForHelpCard.astro',
      'dist/cdn/ask-for-help-card.js',
      'bin/ask-for-help-card.js',
      'custom-elements.json',
      'README.md',
      'LICENSE',
      'package.json',
    ]) {
      assert.ok(paths.includes(path), `${path} is missing`);
    }
  });

  it('has nothing a user does not need: no tests, demo, sources, benchmarks or source maps', () => {
    const extra = paths.filter((path) =>
      /^(tests|demo|bench|scripts|src)\/|^dist\/(fixtures|bench|demo)\/|\.map$|\.tgz$/.test(path),
    );
    assert.deepEqual(extra, []);
  });

  it(`unpacks to at most ${BUDGETS.packageUnpackedBytes / 1e6} MB, every region's Hugo pieces in three languages included`, () => {
    assert.ok(unpackedSize <= BUDGETS.packageUnpackedBytes, `${(unpackedSize / 1e6).toFixed(2)} MB unpacked`);
  });

  it('points every export at a file it ships', () => {
    const { exports } = JSON.parse(readFileSync('package.json', 'utf8'));
    for (const target of Object.values(exports).flatMap((entry) =>
      typeof entry === 'string' ? [entry] : Object.values(entry),
    )) {
      assert.ok(paths.includes(target.replace(/^\.\//, '')), `${target} is exported but not packed`);
    }
  });
});

describe('the CDN files', () => {
  it(`give an English reader at most ${BUDGETS.englishReaderGzip / 1024} KiB gzip, in one file`, () => {
    const size = gzipOf('ask-for-help-card.js');
    assert.ok(size <= BUDGETS.englishReaderGzip, `${(size / 1024).toFixed(1)} KiB gzip`);
  });

  it(`spend at most ${BUDGETS.codeGzip / 1024} KiB gzip of the main file on the card's own code (Lit, data and styles apart)`, () => {
    // The same build with a source map, so that each byte is charged to the module it came from.
    const mapped = mkdtempSync(join(tmpdir(), 'ask-for-help-card-mapped-'));
    try {
      execFileSync('npx', ['vite', 'build', '--sourcemap', '--outDir', mapped, '--logLevel', 'error'], {
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      const { code } = groupShares(mapped);
      assert.ok(code <= BUDGETS.codeGzip, `${(code / 1024).toFixed(2)} KiB gzip of code`);
    } finally {
      rmSync(mapped, { recursive: true, force: true });
    }
  });

  for (const language of ['es', 'fr']) {
    it(`give a reader in ${language} at most ${BUDGETS.anyReaderGzip / 1024} KiB gzip, in two files`, () => {
      const size = gzipOf('ask-for-help-card.js') + gzipOf(`ask-for-help-card.${language}.js`);
      assert.ok(size <= BUDGETS.anyReaderGzip, `${(size / 1024).toFixed(1)} KiB gzip`);
    });

    it(`load ${language} from a module that imports nothing`, () => {
      const source = readFileSync(`dist/cdn/ask-for-help-card.${language}.js`, 'utf8');
      assert.doesNotMatch(source, /\bimport\b/);
    });
  }
});

describe('the README', () => {
  it('advises the bare-tag reservation the benchmarks measure', () => {
    assert.ok(readFileSync('README.md', 'utf8').includes(BARE_TAG_RESERVATION));
  });
});
