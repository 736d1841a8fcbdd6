/**
 * Test-runner commands that need the engine's driver, answered for every engine the suite runs:
 * - `accessibility-tree`: what the engine itself exposes to assistive technology, in document
 *   order (role, name, heading level, expanded state, and the index of the node it is in);
 * - `reader-media`: a reader's preferences (reduced motion, colour scheme, forced colours) and
 *   print media;
 * - `computed-roles`: the role and accessible name WebDriver computes for elements in a card's
 *   shadow root (WebKit; Chromium's whole tree comes from `accessibility-tree`);
 * - `time-zone`: the time zone the device reports (Chromium), for `region="auto"`;
 * - `fast-check-seed`: the property-based tests' seed for this run (FAST_CHECK_SEED replays one);
 * - `read-without-scripts`: opens a page with JavaScript disabled and reports what a reader gets
 *   from the card there, and whether a section still opens.
 * A driver that cannot do one says so with `{ unsupported: reason }`, and the test that needs it
 * is skipped with that reason, so no engine passes a test it never ran.
 */
import { engineName } from './engine-summary-reporter.mjs';

const driverOf = (session) => session.browser.type;

async function chromiumAccessibilityTree(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const byId = new Map(nodes.map((node) => [node.nodeId, node]));
    const exposed = nodes.filter((node) => !node.ignored);
    const indexOf = new Map(exposed.map((node, index) => [node.nodeId, index]));
    /** The nearest ancestor assistive technology sees, past the ignored ones. */
    const parentOf = (node) => {
      for (let up = byId.get(node.parentId); up; up = byId.get(up.parentId)) {
        if (indexOf.has(up.nodeId)) return indexOf.get(up.nodeId);
      }
      return undefined;
    };
    return exposed.map((node) => {
      const property = (name) => node.properties?.find((p) => p.name === name)?.value.value;
      return {
        role: node.role?.value,
        name: node.name?.value ?? '',
        level: property('level'),
        expanded: property('expanded'),
        parent: parentOf(node),
      };
    });
  } finally {
    await cdp.detach();
  }
}

/** Each page's DevTools session that holds its time zone: the override lasts as long as it does. */
const timeZoneSessions = new Map();

/** Sets the time zone a Chromium page (and its frames) reports, or, with no zone, its own again. */
async function setTimeZone(page, zone) {
  const held = timeZoneSessions.get(page);
  if (held) {
    await held.detach();
    timeZoneSessions.delete(page);
  }
  if (!zone) return {};
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setTimezoneOverride', { timezoneId: zone });
  timeZoneSessions.set(page, cdp);
  return {};
}

/** The colors a reader sees: the page's, and the prerendered card's (run in the page, by the driver). */
function readColors() {
  const style = (selector) => getComputedStyle(document.querySelector(selector));
  return {
    page: style('body').backgroundColor,
    pageText: style('body').color,
    card: style('ask-for-help-card .card').backgroundColor,
    cardText: style('ask-for-help-card .help-intro').color,
  };
}

async function readWithoutScripts(testPage, url) {
  const context = await testPage.context().browser().newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(url);
    // A prerendered card's markup is in the page (light DOM) until its module runs.
    const card = page.locator('ask-for-help-card');
    const paragraphs = await card.locator('.section-content p').allTextContents();
    const telLinks = await card
      .locator('a[href^="tel:"], a[href^="sms:"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    const third = card.locator('details').nth(2);
    const openBefore = (await third.getAttribute('open')) !== null;
    await third.locator('summary').click();
    const openAfter = (await third.getAttribute('open')) !== null;
    const scriptsRan = await page.evaluate(
      () =>
        customElements.get('ask-for-help-card') !== undefined || document.documentElement.dataset.scriptsRan === 'yes',
    );
    const scriptOnlyControlsShown = await card
      .locator('select, [part="toggle-all"], [part="copy"]')
      .evaluateAll((controls) => controls.filter((c) => c.checkVisibility({ visibilityProperty: true })).length);
    const scriptOnlyRoom = await card
      .locator('.needs-script')
      .evaluateAll((controls) => controls.reduce((room, c) => room + c.getBoundingClientRect().height, 0));
    const colors = await page.evaluate(readColors);
    return { paragraphs, telLinks, openBefore, openAfter, scriptsRan, scriptOnlyControlsShown, scriptOnlyRoom, colors };
  } finally {
    await context.close();
  }
}

const ELEMENT_KEY = 'element-6066-11e4-a52e-4f735466cecf';

async function webdriverComputedRoles(driver, { host, selector }) {
  const elements = await driver.execute(
    (hostSelector, innerSelector) => [
      ...document.querySelector(hostSelector).shadowRoot.querySelectorAll(innerSelector),
    ],
    host,
    selector,
  );
  const roles = [];
  for (const element of elements) {
    const id = element[ELEMENT_KEY];
    roles.push({ role: await driver.getElementComputedRole(id), label: await driver.getElementComputedLabel(id) });
  }
  return roles;
}

/** One seed per run, shared by every engine; FAST_CHECK_SEED replays a run. */
const fastCheckSeed = Number(process.env.FAST_CHECK_SEED) || (Date.now() ^ (process.pid << 8)) >>> 1;

/**
 * Firefox over BiDi cannot turn scripts off for one page, so a second Firefox runs with scripts
 * off altogether. It is started once, when the test server starts, so that no test waits for a
 * browser to launch within its time limit (a launch takes up to 13 s on a busy machine). Its
 * evaluations still run: they are the driver's, not the page's.
 */
function launchScriptsOffFirefox(executablePath) {
  const browser = import('puppeteer').then(({ default: puppeteer }) =>
    puppeteer.launch({
      browser: 'firefox',
      executablePath,
      headless: true,
      extraPrefsFirefox: { 'javascript.enabled': false },
    }),
  );
  // A launch that fails is reported by the test that needs it, not as an unhandled rejection.
  browser.catch(() => {});
  return browser;
}

async function readWithoutScriptsInFirefox(scriptsOffFirefox, url) {
  const page = await (await scriptsOffFirefox).newPage();
  try {
    await page.goto(url);
    const reading = await page.evaluate(() => {
      const root = document.querySelector('ask-for-help-card');
      const third = root.querySelectorAll('details')[2];
      const openBefore = third.open;
      third.querySelector('summary').click();
      return {
        paragraphs: [...root.querySelectorAll('.section-content p')].map((p) => p.textContent),
        telLinks: [...root.querySelectorAll('a[href^="tel:"], a[href^="sms:"]')].map((a) => a.getAttribute('href')),
        openBefore,
        openAfter: third.open,
        scriptsRan:
          customElements.get('ask-for-help-card') !== undefined ||
          document.documentElement.dataset.scriptsRan === 'yes',
        scriptOnlyControlsShown: [...root.querySelectorAll('select, [part="toggle-all"], [part="copy"]')].filter((c) =>
          c.checkVisibility({ visibilityProperty: true }),
        ).length,
        scriptOnlyRoom: [...root.querySelectorAll('.needs-script')].reduce(
          (room, c) => room + c.getBoundingClientRect().height,
          0,
        ),
      };
    });
    reading.colors = await page.evaluate(readColors);
    return reading;
  } finally {
    await page.close();
  }
}

/** @param {{ firefoxPath?: string }} options the Firefox that reads pages with scripts off, where the suite runs Firefox */
export function engineCommandsPlugin({ firefoxPath } = {}) {
  // Pages are opened on the test server itself, known from the start; a driver's idea of the test
  // page's current URL can lag (Puppeteer's BiDi page sometimes still says about:blank).
  let origin;
  let scriptsOffFirefox;
  return {
    name: 'engine-commands',
    serverStart({ config }) {
      origin = `${config.http2 ? 'https' : 'http'}://${config.hostname}:${config.port}`;
      if (firefoxPath) scriptsOffFirefox = launchScriptsOffFirefox(firefoxPath);
    },
    async serverStop() {
      await (await scriptsOffFirefox?.catch(() => undefined))?.close();
    },
    async executeCommand({ command, payload, session }) {
      const driver = driverOf(session);
      if (command === 'accessibility-tree') {
        if (driver === 'playwright')
          return { tree: await chromiumAccessibilityTree(session.browser.getPage(session.id)) };
        return {
          unsupported: `${engineName(session.browser.name)} gives the test runner no way to read its accessibility tree`,
        };
      }
      if (command === 'reader-media') {
        if (driver === 'playwright') {
          await session.browser.getPage(session.id).emulateMedia(payload);
          return {};
        }
        return { unsupported: `${engineName(session.browser.name)}'s driver cannot emulate media features` };
      }
      if (command === 'computed-roles') {
        if (driver !== 'webdriver')
          return { unsupported: `${engineName(session.browser.name)}'s driver has no computed-role command here` };
        return { roles: await webdriverComputedRoles(session.browser.driver, payload) };
      }
      if (command === 'time-zone') {
        if (driver !== 'playwright')
          return { unsupported: `${engineName(session.browser.name)}'s driver cannot set the device's time zone` };
        return setTimeZone(session.browser.getPage(session.id), payload?.zone);
      }
      if (command === 'fast-check-seed') return { seed: fastCheckSeed };
      if (command === 'read-without-scripts') {
        const url = new URL(payload.path, origin).href;
        if (driver === 'playwright')
          return { reading: await readWithoutScripts(session.browser.getPage(session.id), url) };
        if (driver === 'puppeteer') return { reading: await readWithoutScriptsInFirefox(scriptsOffFirefox, url) };
        return { unsupported: `${engineName(session.browser.name)}'s driver cannot open a page with scripts disabled` };
      }
      return undefined;
    },
  };
}
