import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';

// Lit's css`` and html`` text is left alone by the minifier; this plugin folds it.
const minifyLiterals = { ...minifyTemplateLiterals(), enforce: 'pre' as const };

/** `vite build`: the CDN file, one self-contained, minified ES module with Lit inside. */
const cdn: UserConfig = {
  plugins: [minifyLiterals],
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    // Library mode keeps ES output readable unless the output itself is told to minify.
    // Spanish and French travel as modules of their own beside the main file, with stable names,
    // so that copying dist/cdn/ as it is self-hosts the card.
    rolldownOptions: { output: { minify: true, chunkFileNames: 'ask-for-help-card.[name].js' } },
    lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'ask-for-help-card.js' },
  },
};

/** `vite build --mode demo`: the demo pages as a static site, for Lighthouse in the benchmarks. */
const demo: UserConfig = {
  root: 'demo',
  plugins: [minifyLiterals],
  build: {
    outDir: resolve('dist/demo'),
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: { input: { index: resolve('demo/index.html'), prerendered: resolve('demo/prerendered.html') } },
  },
};

/**
 * The gallery (`npm run gallery` writes it into dist/gallery/) at /gallery/ beside the demo, so the
 * demo can link to the card photographed on real themes.
 */
const gallery: Plugin = {
  name: 'gallery',
  configureServer(server) {
    server.middlewares.use('/gallery', async (request, response, next) => {
      const file = resolve('dist/gallery', `.${decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)}`);
      const path = file.endsWith('/') || file === resolve('dist/gallery') ? join(file, 'index.html') : file;
      if (!path.startsWith(resolve('dist/gallery'))) return next();
      try {
        response.setHeader('content-type', path.endsWith('.png') ? 'image/png' : 'text/html');
        response.end(await readFile(path));
      } catch {
        response.statusCode = 404;
        response.end('No gallery yet: run `npm run gallery`, then reload.');
      }
    });
  },
};

// `vite` serves the demo: demo/index.html opens onto the card.
export default defineConfig(({ command, mode }) =>
  command === 'serve' ? { root: 'demo', plugins: [gallery] } : mode === 'demo' ? demo : cdn,
);
