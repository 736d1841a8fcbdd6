/**
 * Test-runner commands that need the engine's driver, answered for every engine the suite runs:
 * - `accessibility-tree`: what the engine itself exposes to assistive technology, in document
 *   order (role, name, heading level, expanded state);
 * - `reader-media`: a reader's preferences (reduced motion, colour scheme, forced colours) and
 *   print media.
 * A driver that cannot do one says so with `{ unsupported: reason }`, and the test that needs it
 * is skipped with that reason, so no engine passes a test it never ran.
 */

const driverOf = (session) => session.browser.type;

async function chromiumAccessibilityTree(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    return nodes
      .filter((node) => !node.ignored)
      .map((node) => {
        const property = (name) => node.properties?.find((p) => p.name === name)?.value.value;
        return { role: node.role?.value, name: node.name?.value ?? '', level: property('level'), expanded: property('expanded') };
      });
  } finally {
    await cdp.detach();
  }
}

export function engineCommandsPlugin() {
  return {
    name: 'engine-commands',
    async executeCommand({ command, payload, session }) {
      const driver = driverOf(session);
      if (command === 'accessibility-tree') {
        if (driver === 'playwright') return { tree: await chromiumAccessibilityTree(session.browser.getPage(session.id)) };
        return { unsupported: `${session.browser.name} gives the test runner no way to read its accessibility tree` };
      }
      if (command === 'reader-media') {
        if (driver === 'playwright') {
          await session.browser.getPage(session.id).emulateMedia(payload);
          return {};
        }
        return { unsupported: `${session.browser.name}'s driver cannot emulate media features` };
      }
      return undefined;
    },
  };
}
