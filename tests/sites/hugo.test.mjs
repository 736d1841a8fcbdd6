// The Hugo blog in tests/sites/hugo, built by Debian's hugo under its default configuration with
// the packed package's hugo/ folder mounted: each card is exactly what renderCard writes.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { renderCard } from '../../dist/ssr/render-card.js';

const page = (path) => readFileSync(new URL(`hugo/_site/${path}`, import.meta.url), 'utf8');

describe('a Hugo blog with the shortcode, under the default configuration, the card mounted', () => {
  it('renders {{< ask-for-help-card region="GB" >}} as the prerendered card, byte for byte', () => {
    const html = page('posts/card/index.html');
    assert.ok(html.includes(renderCard({ region: 'GB' })), 'the card renderCard writes, plain copy and all');
    assert.doesNotMatch(html, /raw HTML omitted/);
    assert.match(html, /<\/ask-for-help-card>\s*<p>The words after the card\.<\/p>/);
  });

  it('renders a card per shortcode, in the language asked for, with the module once per page', () => {
    const html = page('posts/two-cards/index.html');
    assert.ok(html.includes(renderCard({ region: 'GB' })), 'region="gb" read as GB');
    assert.ok(html.includes(renderCard({ region: 'MX', lang: 'es' })));
    const scripts = html.match(/<script[^>]*>/g);
    assert.deepEqual(scripts, [
      '<script type="module" src="/tests/sites/hugo/_site/ask-for-help-card/ask-for-help-card.js">',
    ]);
  });

  it('reads the shortcode as authors write it: a region alone, spaces around it, a regional language tag', () => {
    const html = page('posts/as-authors-write-it/index.html');
    assert.ok(html.includes(renderCard({ region: 'GB' })), '{{< ask-for-help-card "GB" >}}');
    assert.ok(html.includes(renderCard({ region: 'GB', lang: 'es' })), 'region=" gb " lang="es-MX"');
    assert.match(html, /<\/ask-for-help-card>\s*<p>The words after the cards\.<\/p>/);
  });

  it("serves the card's module files from the site", () => {
    for (const file of ['ask-for-help-card.js', 'ask-for-help-card.es.js', 'ask-for-help-card.fr.js']) {
      const served = readFileSync(new URL(`hugo/_site/ask-for-help-card/${file}`, import.meta.url));
      assert.ok(served.equals(readFileSync(new URL(`../../dist/cdn/${file}`, import.meta.url))), file);
    }
  });

  it("gives Hugo's RSS feed each card as its plain copy alone: the help, and no tag, style or script", () => {
    const feed = page('posts/index.xml');
    const items = [...feed.matchAll(/<item>([^]*?)<\/item>/g)].map(([, item]) => item);
    assert.equal(items.length, 5);
    for (const item of items) {
      const description = item.match(/<description>([^]*?)<\/description>/)[1];
      assert.doesNotMatch(description, /&lt;(script|style|ask-for-help-card|select|button)\b/);
      assert.match(description, /Call 999/);
    }
  });

  it('cuts a summary from a post that opens with the card as plain sentences: the emergency number, no picker', () => {
    const list = page('posts/index.html');
    const summary = list.match(/opens with the card<\/a><p class="summary">([^]*?)<\/p>/)[1].replace(/\s+/g, ' ');
    assert.match(summary, /^Talk to someone now If you are struggling/);
    assert.match(summary, /If you are in immediate danger: Call 999 /);
    assert.doesNotMatch(summary, /Anywhere|Showing help for|Expand all|Copy message|\{|--_/);
    assert.match(summary, /Call 116 123 Visit website/);
  });

  it("keeps the site's own layouts and static files beside the card's mounts", () => {
    assert.match(page('posts/index.html'), /<p class="summary">/, "the site's own list layout");
    assert.equal(page('site.txt').trim(), "The site's own file, served beside the card's.");
  });
});

describe('the same Hugo blog with the card copied into it, as the README says', () => {
  const copied = (path) => readFileSync(new URL(`hugo/_site-copied/${path}`, import.meta.url), 'utf8');

  it('renders the shortcode as the prerendered card, byte for byte, with the module from the site', () => {
    const html = copied('posts/card/index.html');
    assert.ok(html.includes(renderCard({ region: 'GB' })));
    assert.match(
      html,
      /<script type="module" src="\/tests\/sites\/hugo\/_site-copied\/ask-for-help-card\/ask-for-help-card.js">/,
    );
    assert.equal(copied('site.txt').trim(), "The site's own file, served beside the card's.");
  });
});

describe("the README's recipes", () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const blocks = [...readme.matchAll(/```(\w+)\n([^]*?)```/g)].map(([, language, code]) => ({ language, code }));

  it("are the Hugo blog's config: its mounts, as the README writes them", () => {
    const mounts = blocks.find(({ language, code }) => language === 'toml' && code.includes('module.mounts'));
    const config = readFileSync(new URL('hugo/config.toml', import.meta.url), 'utf8');
    assert.ok(config.includes(mounts.code), 'config.toml holds the README mounts');
  });

  it("are the Eleventy blog's CommonJS config: require(…).default", () => {
    const line = blocks.find(({ code }) => code.includes("require('ask-for-help-card/eleventy')")).code.trim();
    const config = readFileSync(new URL('eleventy/eleventy.config.cjs', import.meta.url), 'utf8');
    assert.ok(config.includes(line), line);
  });
});
