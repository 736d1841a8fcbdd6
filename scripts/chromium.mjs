// How this project launches Chromium, for the test runner and the benchmarks alike: the system's
// build (Debian's chromium; CHROME_PATH overrides it), nothing downloaded, no background traffic.
export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
