import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { accessibilityTreePlugin } from './tests/support/accessibility-tree-plugin.mjs';

// No browser is downloaded: the suite drives the system's Chromium (Debian's package), or the
// one CHROME_PATH names.
const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export default {
  files: ['tests/**/*.test.ts'],
  // Lit's development build, so its own warnings reach the test output.
  nodeResolve: { exportConditions: ['development'] },
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: new URL('./tsconfig.json', import.meta.url).pathname }),
    accessibilityTreePlugin(),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
  concurrency: 2,
};
