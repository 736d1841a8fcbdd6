import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build, defineConfig, type Plugin, type UserConfig } from 'vite';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';

// Lit's css`` and html`` text is left alone by the minifier; this plugin folds it.
const minifyLiterals = { ...minifyTemplateLiterals(), enforce: 'pre' as const };

/**
 * The checks for a site's own lines and words (src/model/site-checks.ts) travel as a module of
 * their own, which most pages never load. It is built alone, with its own copies of the helpers it
 * shares with the card, so that it imports nothing: a main file loaded under another address
 * (`?ver=2`, as WordPress adds) is never loaded a second time through it.
 */
const SITE_CHECKS_FILE = 'ask-for-help-card.site.js';
function siteChecksModule(): Plugin {
  let outDir = 'dist/cdn';
  let sourcemap: boolean | 'inline' | 'hidden' = false;
  return {
    name: 'site-checks-module',
    apply: 'build',
    // Before Vite's own resolver, which would otherwise bundle the module as a chunk.
    enforce: 'pre',
    configResolved(config) {
      outDir = config.build.outDir;
      sourcemap = config.build.sourcemap;
    },
    resolveId(source, importer) {
      if (source === './site-checks.js' && importer?.endsWith('/src/model/configuration.ts'))
        return { id: `./${SITE_CHECKS_FILE}`, external: true };
      return undefined;
    },
    async closeBundle() {
      await build({
        configFile: false,
        logLevel: 'warn',
        plugins: [minifyLiterals],
        build: {
          outDir,
          emptyOutDir: false,
          target: 'es2022',
          minify: true,
          sourcemap,
          rolldownOptions: { output: { minify: true } },
          lib: { entry: 'src/model/site-checks.ts', formats: ['es'], fileName: () => SITE_CHECKS_FILE },
        },
      });
    },
  };
}

/** `vite build`: the CDN file, one self-contained, minified ES module with Lit inside. */
const cdn: UserConfig = {
  plugins: [minifyLiterals, siteChecksModule()],
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2022',
    minify: 'terser',
    terserOptions: { module: true, ecma: 2020, compress: { passes: 3 } },
    sourcemap: false,
    // Spanish and French travel as modules of their own beside the main file, with stable names,
    // so that copying dist/cdn/ as it is self-hosts the card.
    // Annotations for tree-shaking are of no use in a file that is already bundled.
    rolldownOptions: {
      output: {
        minify: true,
        comments: false,
        chunkFileNames: 'ask-for-help-card.[name].js',
      },
    },
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
