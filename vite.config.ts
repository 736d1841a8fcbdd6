import { defineConfig } from 'vite';

// `vite` serves the demo (demo/index.html opens onto the card); `vite build` writes the CDN file:
// one self-contained, minified ES module with Lit inside that any static host can serve.
export default defineConfig(({ command }) =>
  command === 'serve'
    ? { root: 'demo' }
    : {
        build: {
          outDir: 'dist/cdn',
          emptyOutDir: true,
          target: 'es2021',
          minify: true,
          sourcemap: false,
          // Library mode keeps ES output readable unless the output itself is told to minify.
          rolldownOptions: { output: { minify: true } },
          lib: {
            entry: 'src/index.ts',
            formats: ['es'],
            fileName: () => 'ask-for-help-card.js',
          },
        },
      },
);
