// A static file server on a free loopback port, for the benchmarks and the gallery: no caching,
// so every load is measured as a first visit. With `gzip`, it compresses text as a static host
// or CDN would (gzip -9), so that a throttled network carries what a reader's would.
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/** Serves the files under `base`; resolves to the listening server. */
export function serve(base, { gzip = false } = {}) {
  const server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    try {
      let file = join(base, path);
      if (file.endsWith('/')) file += 'index.html';
      const body = await readFile(file);
      const compress = gzip && TYPES[extname(file)] && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...(compress ? { 'content-encoding': 'gzip' } : {}),
      });
      response.end(compress ? gzipSync(body, { level: 9 }) : body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
