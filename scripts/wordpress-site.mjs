#!/usr/bin/env node
// Builds the WordPress test blog: Debian's WordPress 6.1 with its default theme, run by
// Playground (tests/sites/wordpress/playground.mjs), the plugin installed from its zip, and an
// author's four posts (tests/sites/wordpress/posts.php). Then saves what a reader and a feed
// reader get into tests/sites/wordpress/_site/, as a static copy of the site the browser suite
// opens in every engine (the site's address becomes the copy's folder; nothing else changes):
//   <post>/index.html   each post's page          feed.xml    the site's RSS feed
//   suite.json          what each post sent and stored, the block type as REST gives it
//   debug.log           what PHP logged (WP_DEBUG)  wp-content/, wp-includes/: the files pages load
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startWordPress } from '../tests/sites/wordpress/playground.mjs';

const site = fileURLToPath(new URL('../tests/sites/wordpress/', import.meta.url));
const out = join(site, '_site');
/** Where the browser suite's server has the copy. */
const copyAt = '/tests/sites/wordpress/_site';

const wordpress = await startWordPress({ setup: readFileSync(join(site, 'posts.php'), 'utf8') });
try {
  rmSync(out, { recursive: true, force: true });
  const suite = JSON.parse(readFileSync(join(wordpress.root, 'wp-content/ask-for-help-card-suite.json'), 'utf8'));
  const save = (path, text) => {
    mkdirSync(dirname(join(out, path)), { recursive: true });
    writeFileSync(join(out, path), text);
  };
  const origin = wordpress.url;
  const escapedOrigin = origin.replaceAll('/', '\\/');
  /**
   * A text with the site's address as the copy's: written plainly, as JSON writes it, and as the
   * theme's styles write their fonts (from the site's root).
   */
  const moved = (text) =>
    text
      .replaceAll(origin, copyAt)
      .replaceAll(escapedOrigin, copyAt.replaceAll('/', '\\/'))
      .replaceAll("url('/wp-", `url('${copyAt}/wp-`);
  /** The site's own files a text refers to, by path. */
  const filesOf = (text) =>
    [
      ...text
        .replaceAll('\\/', '/')
        .matchAll(new RegExp(`(?:${origin}|url\\(')(/wp-(?:content|includes)/[^'"\\s)<>?#]+)`, 'g')),
    ].map(([, path]) => path);

  const wanted = new Set(
    readdirSync(fileURLToPath(new URL('../dist/wordpress/ask-for-help-card/assets/', import.meta.url))).map(
      (file) => `/wp-content/plugins/ask-for-help-card/assets/${file}`,
    ),
  );
  for (const [slug, { link }] of Object.entries(suite.posts)) {
    const html = await (await fetch(link)).text();
    save(`${slug}/index.html`, moved(html));
    for (const path of filesOf(html)) wanted.add(path);
  }
  // A set visits what is added to it while it is walked, each path once.
  for (const path of wanted) {
    const response = await fetch(`${origin}${path}`);
    if (!response.ok) throw new Error(`wordpress: ${path} answered ${response.status}`);
    if (/\.(css|js)$/.test(path)) {
      const text = await response.text();
      save(path, moved(text));
      for (const more of filesOf(text)) wanted.add(more);
    } else save(path, Buffer.from(await response.arrayBuffer()));
  }
  save('feed.xml', await (await fetch(`${origin}/feed/`)).text());
  save('suite.json', JSON.stringify(suite, null, 2));
  save('debug.log', wordpress.log());
  console.log(
    `wordpress: Playground ran Debian's WordPress; saved ${Object.keys(suite.posts).length} posts, the feed and ${wanted.size} files into tests/sites/wordpress/_site`,
  );
} finally {
  await wordpress.stop();
}
