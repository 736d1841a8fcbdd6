// The WordPress blog scripts/wordpress-site.mjs built: Debian's WordPress 6.1 with its default
// theme, run by Playground on PHP 8.2, the plugin installed from its zip, WP_DEBUG on and
// DISALLOW_UNFILTERED_HTML set, an author's posts with the block and the shortcode.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { renderCard, renderPlainCopy } from '../../dist/ssr/render-card.js';

const saved = (path) => readFileSync(new URL(`wordpress/_site/${path}`, import.meta.url), 'utf8');
const suite = JSON.parse(saved('suite.json'));
const page = (slug) => saved(`${slug}/index.html`);
/** The cards each post asked for, as renderCard takes them. */
const CARDS = {
  'one-card': [{ region: 'GB' }],
  'two-cards': [{ region: 'GB' }, { region: 'MX', lang: 'es' }],
  shortcode: [{ region: 'GB', lang: 'es' }],
  // A block's settings edited by hand and a mistyped shortcode: the card's defaults, twice.
  'bad-values': [{}, {}],
};

describe('the plugin on WordPress 6.1, installed from its zip', () => {
  it('runs with no PHP notice, warning or error, and nothing logged from the plugin', () => {
    const log = saved('debug.log');
    assert.doesNotMatch(log, /PHP (Notice|Warning|Fatal error|Parse error|Recoverable)/);
    assert.doesNotMatch(log, /ask-for-help-card/);
  });

  it('registers the block, as the REST API tells the editor: in Widgets, found by help, crisis and mental health', () => {
    const { status, data } = suite.blockType;
    assert.equal(status, 200);
    assert.equal(data.name, 'ask-for-help-card/card');
    assert.equal(data.category, 'widgets');
    assert.deepEqual(
      ['help', 'crisis', 'mental health'].filter((word) => data.keywords.includes(word)),
      ['help', 'crisis', 'mental health'],
    );
    assert.ok(data.attributes.region.enum.includes('GB') && data.attributes.region.enum.includes('auto'));
    assert.deepEqual(data.attributes.lang.enum, ['en', 'es', 'fr']);
  });

  it('keeps what an author stores, KSES and all: the block as its settings, the shortcode as written', () => {
    assert.deepEqual(suite.author, { role: ['author'], unfiltered_html: false });
    for (const [slug, { sent, stored }] of Object.entries(suite.posts)) assert.equal(stored, sent, slug);
  });
});

describe("an author's post, as a reader gets it", () => {
  for (const [slug, cards] of Object.entries(CARDS)) {
    it(`${slug}: each card prerendered as renderCard writes it, the post's paragraphs intact`, () => {
      const html = page(slug);
      for (const options of cards) assert.ok(html.includes(renderCard(options)), JSON.stringify(options));
      assert.equal(html.match(/<ask-for-help-card[ >]/g).length, cards.length);
      // Every paragraph the author wrote, as a paragraph of its own (the classic editor's by wpautop).
      const paragraphs = suite.posts[slug].sent
        .split('\n\n')
        .map((part) => part.replace(/<!-- \/?wp:[^>]*-->|<\/?p>|\[ask_for_help_card[^\]]*\]/g, '').trim())
        .filter(Boolean);
      assert.ok(paragraphs.length >= 2, `${slug} has ${paragraphs.length} paragraphs`);
      for (const text of paragraphs) assert.ok(html.includes(`<p>${text}</p>`), text);
      assert.match(html, /<\/ask-for-help-card>\s*(<\/div>\s*)?<p>Thank you for reading this far\.<\/p>/);
      // No card in a paragraph: the browser would close the paragraph at the card's article.
      assert.doesNotMatch(html, /<p>\s*<ask-for-help-card/);
    });

    it(`${slug}: loads the module once, from the plugin's folder`, () => {
      const scripts = page(slug).match(/<script[^>]*ask-for-help-card[^>]*>/g);
      assert.deepEqual(scripts, [
        '<script type="module" src="/tests/sites/wordpress/_site/wp-content/plugins/ask-for-help-card/assets/ask-for-help-card.js?ver=0.1.0">',
      ]);
    });
  }

  it('wraps a block in its wrapper, with the classes the editor gives it', () => {
    assert.match(
      page('one-card'),
      /<div class="wp-block-ask-for-help-card-card">\n<ask-for-help-card region="GB" lang="en">/,
    );
  });
});

describe("the site's RSS feed", () => {
  const items = saved('feed.xml')
    .split('<item>')
    .slice(1)
    .map((item) => ({
      link: item.match(/<link>([^<]+)</)[1],
      content: item.match(/<content:encoded><!\[CDATA\[([^]*?)\]\]>/)[1],
    }));

  for (const [slug, cards] of Object.entries(CARDS)) {
    it(`${slug}: carries each card as its plain copy alone, with no tag, style or script`, () => {
      const { content } = items.find(({ link }) => link.endsWith(`/${slug}/`));
      for (const options of cards) assert.ok(content.includes(renderPlainCopy(options)), JSON.stringify(options));
      assert.doesNotMatch(content, /<(script|style|ask-for-help-card|select|button)\b/);
      assert.match(content, /Thank you for reading this far\./);
    });
  }
});
