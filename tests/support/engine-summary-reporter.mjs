/**
 * Prints one closing line per engine, then the total, as plain `N passed, N failed` lines that
 * read the same in a terminal and in a CI log. Under each engine, every skipped test with the
 * reason it logged (tests/support/helpers.ts `skipBecause`).
 */
/** The engine a test-runner browser is, by name: WebKit runs as its MiniBrowser. */
export function engineName(browserName) {
  return browserName === 'MiniBrowser' ? 'WebKit' : browserName;
}

/** Browser starts that timed out and were tried again, for the closing summary. */
const launchRetries = [];

/** Notes that an engine's start timed out and was tried again. */
export function noteLaunchRetry(engine, reason) {
  launchRetries.push(`${engine}: a start timed out and was tried again (${reason})`);
}

function count(suite, totals) {
  for (const test of suite.tests) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite.suites) count(child, totals);
}

export function engineSummaryReporter() {
  let summary = '';
  return {
    // Written as the process exits, after the runner's own terminal output is done with.
    start() {
      process.once('exit', () => process.stdout.write(summary));
    },
    onTestRunFinished({ sessions }) {
      const engines = new Map();
      const skips = new Map();
      for (const session of sessions) {
        const reasons = (session.logs ?? [])
          .map(([first]) => first)
          .filter((text) => typeof text === 'string' && text.startsWith('skipped "'));
        skips.set(session.browser.name, [...(skips.get(session.browser.name) ?? []), ...reasons]);
        const totals = engines.get(session.browser.name) ?? { passed: 0, failed: 0, skipped: 0 };
        if (session.testResults) count(session.testResults, totals);
        // A file that failed to load or run counts as a failure of its own.
        if (!session.passed && !session.testResults?.tests.length && !session.testResults?.suites.length)
          totals.failed++;
        engines.set(session.browser.name, totals);
      }
      const all = { passed: 0, failed: 0, skipped: 0 };
      const line = (t) => `${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped`;
      summary = '\n';
      for (const [engine, totals] of engines) {
        summary += `${engineName(engine)}: ${line(totals)}\n`;
        for (const reason of skips.get(engine)) summary += `  ${reason}\n`;
        for (const key of Object.keys(all)) all[key] += totals[key];
      }
      for (const retry of launchRetries) summary += `${retry}\n`;
      summary += `total: ${line(all)}\n`;
    },
  };
}
