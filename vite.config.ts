import { defineConfig } from 'vite';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';

// `vite` serves the demo (demo/index.html opens onto the card); `vite build` writes the CDN file:
// one self-contained, minified ES module with Lit inside that any static host can serve.
export default defineConfig(({ command }) =>
  command === 'serve'
    ? { root: 'demo' }
    : {
        // Lit's css`` and html`` text is left alone by the minifier; this plugin folds it.
        plugins: [{ ...minifyTemplateLiterals(), enforce: 'pre' }],
        build: {
          outDir: 'dist/cdn',
          emptyOutDir: true,
          target: 'es2022',
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
