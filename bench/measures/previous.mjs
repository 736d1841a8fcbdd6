// The card as an earlier commit built it, timed beside today's in the same rounds: a change that
// makes the card carry more (145 regions' names and zones instead of 63) must not make it slower
// to a ready card by more than BUDGETS.previousBuildRatio.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../common.mjs';

/**
 * The commit to compare with: BENCH_PREVIOUS, or the last build with 63 regions (before the sheet
 * grew to 145). Name a newer one when the next change to weigh comes.
 */
export const PREVIOUS = process.env.BENCH_PREVIOUS ?? '151530b';

/** Where its CDN file is served from, beside the pages. */
export const PREVIOUS_MODULE = '/dist/bench/previous/ask-for-help-card.js';

/**
 * Builds the CDN files of PREVIOUS into dist/bench/previous/: its sources from git, built by its
 * own Vite configuration with this checkout's installed packages.
 */
export function buildPrevious() {
  const source = mkdtempSync(join(tmpdir(), 'ask-for-help-card-previous-'));
  try {
    execFileSync('sh', ['-c', `git archive ${PREVIOUS} | tar -x -C "${source}"`], { cwd: ROOT });
    symlinkSync(join(ROOT, 'node_modules'), join(source, 'node_modules'));
    execFileSync('npx', ['vite', 'build', '--outDir', join(ROOT, 'dist/bench/previous'), '--logLevel', 'error'], {
      cwd: source,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  } finally {
    rmSync(source, { recursive: true, force: true });
  }
}
