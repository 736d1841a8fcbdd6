import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';
import { freePort } from './scripts/free-port.mjs';
import { engineCommandsPlugin } from './tests/support/engine-commands-plugin.mjs';
import { engineSummaryReporter, noteLaunchRetry } from './tests/support/engine-summary-reporter.mjs';

/*
 * The suite runs in Chromium, Firefox and WebKit, each from the system's packages; nothing is
 * downloaded. ENGINES picks some (ENGINES=chromium npm test); each executable can be overridden:
 *   Chromium  Debian's chromium, through Playwright                    CHROME_PATH
 *   Firefox   Debian's firefox-esr, over WebDriver BiDi via Puppeteer   FIREFOX_PATH
 *   WebKit    Debian's webkit2gtk-driver and its MiniBrowser            WEBKIT_DRIVER_PATH, WEBKIT_BROWSER_PATH
 * MiniBrowser has no headless mode: without a DISPLAY the config starts Xvfb for it.
 */
const engines = (process.env.ENGINES ?? 'chromium,firefox,webkit').split(',').map((name) => name.trim());

const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const webkitDriverPath = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
const webkitBrowserPath = process.env.WEBKIT_BROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

function requireExecutable(engine, path, variable) {
  if (!existsSync(path)) {
    throw new Error(
      `${engine}: no executable at ${path}. Install it, set ${variable}, or leave ${engine} out of ENGINES.`,
    );
  }
}

/**
 * The oldest Firefox the suite drives: 140 ESR's WebDriver BiDi has no
 * emulation.setScreenOrientationOverride, which the driver sends for every page, so every file
 * would fail. A machine whose package list was not refreshed may still have it.
 */
const FIREFOX_MIN_MAJOR = 153;

function requireFirefoxVersion(path) {
  const version = execFileSync(path, ['--version'], { encoding: 'utf8' }).trim();
  const major = Number(/(\d+)\.\d/.exec(version)?.[1]);
  if (!(major >= FIREFOX_MIN_MAJOR)) {
    throw new Error(
      `firefox: ${version} at ${path} is older than ${FIREFOX_MIN_MAJOR} ESR, whose WebDriver BiDi the suite needs. ` +
        'Update it (apt-get update && apt-get install firefox-esr), set FIREFOX_PATH, or leave firefox out of ENGINES.',
    );
  }
}

/**
 * Firefox's launcher, given the time a loaded machine needs to start it (two minutes, not
 * puppeteer's 30 seconds), and one more try when a start still times out; a retry is reported in
 * the run's closing summary.
 */
function firefoxLauncher() {
  const launcher = puppeteerLauncher({
    launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true, timeout: 120_000 },
    concurrency: 1,
  });
  const launchOnce = launcher.launchBrowser.bind(launcher);
  launcher.launchBrowser = async (options) => {
    try {
      return await launchOnce(options);
    } catch (error) {
      if (!/timed out/i.test(String(error?.message))) throw error;
      noteLaunchRetry('Firefox', String(error.message).split('\n')[0]);
      return launchOnce(options);
    }
  };
  return launcher;
}

/** The strictest policy the card is promised to work under (README, SECURITY.md). */
export const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

/** A policy that enforces Trusted Types but names some other policy, not Lit's. */
export const TRUSTED_TYPES_WITHOUT_LIT = "require-trusted-types-for 'script'; trusted-types some-other-policy";

/** A policy that allows Lit's name once: a second Lit on the page cannot make it again. */
export const TRUSTED_TYPES_LIT_ONCE = "require-trusted-types-for 'script'; trusted-types lit-html";

/**
 * Holds back the French module a second for the page that tests a language arriving late, and
 * six seconds, longer than a card waits for it, for the copy of the CDN files that tests one
 * stalling.
 */
async function lateFrench(context, next) {
  if (context.path === '/dist/cdn/ask-for-help-card.fr.js' && context.cookies.get('hold') === 'french') {
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  if (context.path === '/dist/fixtures/stalled-cdn/ask-for-help-card.fr.js') {
    await new Promise((resolve) => setTimeout(resolve, 6000));
  }
  await next();
}

/** Serves the strict-CSP fixtures with their policies as real response headers. */
async function strictCspHeader(context, next) {
  await next();
  if (context.path === '/tests/fixtures/strict-csp.html') context.set('Content-Security-Policy', STRICT_CSP);
  if (context.path === '/tests/fixtures/trusted-types-without-lit.html') {
    context.set('Content-Security-Policy', TRUSTED_TYPES_WITHOUT_LIT);
  }
  if (context.path === '/tests/fixtures/trusted-types-another-lit.html') {
    context.set('Content-Security-Policy', TRUSTED_TYPES_LIT_ONCE);
  }
}

const children = [];
process.on('exit', () => children.forEach((child) => child.kill()));

/** Starts a helper process for the length of the run. */
function start(command, args, env) {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: 'ignore' });
  children.push(child);
  return child;
}

/** Waits until a WebDriver server answers its status endpoint. */
async function driverReady(port, child) {
  const deadline = Date.now() + 15000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited with ${child.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('WebKitWebDriver did not answer within 15 s');
}

/** A display for MiniBrowser: the session's own, or an Xvfb that picks a free one and says which. */
async function displayForWebKit() {
  if (process.env.DISPLAY) return process.env.DISPLAY;
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  children.push(xvfb);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('Xvfb did not start within 15 s')), 15000);
    xvfb.once('error', reject);
    xvfb.stdio[3].once('data', (data) => {
      clearTimeout(timer);
      resolve(`:${String(data).trim()}`);
    });
  });
}

async function webkitBrowser() {
  requireExecutable('webkit', webkitDriverPath, 'WEBKIT_DRIVER_PATH');
  requireExecutable('webkit', webkitBrowserPath, 'WEBKIT_BROWSER_PATH');
  const display = await displayForWebKit();
  const port = await freePort();
  await driverReady(port, start(webkitDriverPath, [`--port=${port}`, '--host=127.0.0.1'], { DISPLAY: display }));
  return webdriverLauncher({
    automationProtocol: 'webdriver',
    hostname: '127.0.0.1',
    port,
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      // WebKitWebDriver speaks classic WebDriver only; asking for BiDi fails the session.
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: webkitBrowserPath, args: ['--automation'] },
    },
  });
}

const browsers = [];
for (const engine of engines) {
  if (engine === 'chromium') {
    requireExecutable('chromium', chromiumPath, 'CHROME_PATH');
    browsers.push(
      playwrightLauncher({ product: 'chromium', launchOptions: { executablePath: chromiumPath, args: chromiumArgs } }),
    );
  } else if (engine === 'firefox') {
    requireExecutable('firefox', firefoxPath, 'FIREFOX_PATH');
    requireFirefoxVersion(firefoxPath);
    browsers.push(firefoxLauncher());
  } else if (engine === 'webkit') {
    browsers.push(await webkitBrowser());
  } else {
    throw new Error(`ENGINES: unknown engine "${engine}" (use chromium, firefox, webkit)`);
  }
}

export default {
  // One group per test file, so that a file runs alone: `npm run test:browser -- --group readers`.
  // (tests/frameworks/ holds apps with their own node_modules; only their built pages are tested.)
  groups: readdirSync('tests')
    .filter((file) => file.endsWith('.test.ts'))
    .map((file) => ({ name: file.replace(/\.test\.ts$/, ''), files: `tests/${file}` })),
  // Lit's development build, so its own warnings reach the test output.
  nodeResolve: { exportConditions: ['development'] },
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: new URL('./tsconfig.json', import.meta.url).pathname }),
    engineCommandsPlugin({ firefoxPath: engines.includes('firefox') ? firefoxPath : undefined }),
  ],
  browsers,
  middleware: [strictCspHeader, lateFrench],
  reporters: [defaultReporter(), engineSummaryReporter()],
  testFramework: { config: { timeout: 10000 } },
  // One test file at a time per engine: WebDriver's keyboard works only outside iframes.
  concurrency: 1,
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 180000,
};
