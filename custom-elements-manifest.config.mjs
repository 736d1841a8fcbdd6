// `cem analyze` reads the class JSDoc in src/ and writes custom-elements.json at the top of the
// repository: the documented public API, never edited by hand.
export default {
  // The modules a user imports; the content and model layers are internal.
  globs: ['src/index.ts', 'src/element.ts', 'src/ask-for-help-card.ts', 'src/events.ts', 'src/define.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // The analyzer also records `dispatchEvent(new SectionToggleEvent(…))` as a nameless event;
      // the named one comes from the class's @fires tag.
      name: 'drop-nameless-events',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
          }
        }
      },
    },
  ],
};
