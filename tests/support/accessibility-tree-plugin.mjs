/**
 * A test-runner command that returns what the browser engine itself exposes to assistive
 * technology: the nodes of its accessibility tree, in document order, with role, name, heading
 * level and expanded state. Tests ask it instead of guessing from the DOM.
 */
export function accessibilityTreePlugin() {
  return {
    name: 'accessibility-tree',
    async executeCommand({ command, session }) {
      if (command !== 'accessibility-tree') return undefined;
      if (session.browser.type !== 'playwright') {
        throw new Error(`accessibility-tree: no reader for ${session.browser.type} yet`);
      }
      const page = session.browser.getPage(session.id);
      const cdp = await page.context().newCDPSession(page);
      try {
        const { nodes } = await cdp.send('Accessibility.getFullAXTree');
        return nodes
          .filter((node) => !node.ignored)
          .map((node) => {
            const property = (name) => node.properties?.find((p) => p.name === name)?.value.value;
            return {
              role: node.role?.value,
              name: node.name?.value ?? '',
              level: property('level'),
              expanded: property('expanded'),
            };
          });
      } finally {
        await cdp.detach();
      }
    },
  };
}
