// The Eleventy blog in tests/sites/eleventy, built from the packed package by
// scripts/blog-sites.mjs with an ESM config and a CommonJS one: what each built page holds.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import sanitizeHtml from 'sanitize-html';
import createDOMPurify from 'dompurify';
import { Readability } from '@mozilla/readability';

const site = (output, page) => new URL(`eleventy/${output}/${page}`, import.meta.url);
const read = (output, page) => new JSDOM(readFileSync(site(output, page), 'utf8')).window.document;
const links = (element) => [...element.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'));

for (const output of ['_site-esm', '_site-cjs']) {
  describe(`an Eleventy 3 blog built with ${output === '_site-esm' ? 'an ESM' : 'a CommonJS'} config`, () => {
    for (const [page, how] of [
      ['posts/shortcode/index.html', 'the shortcode {% askForHelpCard "GB" %}'],
      ['posts/bare-tag/index.html', 'a bare <ask-for-help-card region="GB">'],
    ]) {
      it(`prerenders ${how} in a Markdown post, inside the card`, () => {
        const document = read(output, page);
        const cards = document.querySelectorAll('ask-for-help-card');
        assert.equal(cards.length, 1);
        assert.equal(cards[0].getAttribute('region'), 'GB');
        const plain = cards[0].querySelector(':scope > .card');
        assert.ok(plain, 'the prerendered markup is inside the card, not after a paragraph Markdown closed');
        assert.equal(document.querySelectorAll('.card').length, 1);
        for (const link of ['tel:999', 'tel:116123']) assert.ok(links(plain).includes(link), link);
        assert.equal(cards[0].closest('p'), null);
        const after = [...document.querySelectorAll('main > p')].map((p) => p.textContent);
        assert.equal(after.at(-1), 'The words after the card.');
      });
    }

    it('splits the paragraph around a shortcode written in a sentence: the card whole, the words kept', () => {
      const document = read(output, 'posts/in-a-sentence/index.html');
      const card = document.querySelector('ask-for-help-card');
      assert.equal(card.closest('p'), null);
      assert.ok(card.querySelector(':scope > .card'), "the card's markup inside the card");
      assert.equal(document.querySelectorAll('.card').length, 1);
      const paragraphs = [...document.querySelectorAll('main > p')].map((p) => p.textContent);
      assert.deepEqual(paragraphs, ['Need to talk?', 'The words after the card.']);
    });

    it('prerenders the shortcode in a Nunjucks page, in the language asked for', () => {
      const document = read(output, 'page/index.html');
      const card = document.querySelector('ask-for-help-card');
      assert.equal(card.getAttribute('lang'), 'es');
      const plain = card.querySelector('.card');
      assert.match(plain.textContent, /Si estás en peligro inmediato/);
      assert.ok(links(plain).includes('tel:911'));
    });

    it("adds the card's module once to each page with a card, from the site itself, and none elsewhere", () => {
      for (const [page, module] of [
        ['posts/shortcode/index.html', '../../assets/ask-for-help-card/ask-for-help-card.js'],
        ['posts/bare-tag/index.html', '../../assets/ask-for-help-card/ask-for-help-card.js'],
        ['page/index.html', '../assets/ask-for-help-card/ask-for-help-card.js'],
      ]) {
        const scripts = [...read(output, page).querySelectorAll('script[src]')].map((s) => s.getAttribute('src'));
        assert.deepEqual(scripts, [module], page);
      }
      assert.equal(read(output, 'no-card/index.html').querySelectorAll('script').length, 0);
    });

    it("copies the card's module files into the site, as the package ships them", () => {
      for (const file of ['ask-for-help-card.js', 'ask-for-help-card.es.js', 'ask-for-help-card.fr.js']) {
        const copied = readFileSync(site(output, `assets/ask-for-help-card/${file}`));
        const shipped = readFileSync(
          new URL(`eleventy/node_modules/ask-for-help-card/dist/cdn/${file}`, import.meta.url),
        );
        assert.ok(copied.equals(shipped), file);
      }
    });
  });
}

describe("the blog's Atom feed, made by @11ty/eleventy-plugin-rss", () => {
  const feed = new JSDOM(readFileSync(site('_site-esm', 'feed.xml'), 'utf8'), { contentType: 'text/xml' }).window
    .document;
  const entries = [...feed.querySelectorAll('entry')];

  it('carries both posts', () => {
    assert.deepEqual(entries.map((entry) => entry.querySelector('title').textContent).sort(), [
      'A post with the card in a sentence',
      'A post with the plain tag',
      'A post with the shortcode',
    ]);
  });

  for (const index of [0, 1, 2]) {
    it(`gives a feed reader the help in item ${index + 1} as plain HTML: the services, their tel: links and 999, once`, () => {
      const entry = entries[index];
      const content = entry.querySelector('content').textContent;
      assert.doesNotMatch(content, /<(script|style|ask-for-help-card|template|select|button)\b/);
      assert.equal(content.split('Samaritans').length - 1, 1, 'the help once');
      // What a feed reader shows: the item's HTML through a sanitizer, with no shadow root.
      const shown = new JSDOM(sanitizeHtml(content)).window.document;
      const text = shown.body.textContent;
      for (const name of ['Samaritans', 'Shout 85258', 'Find A Helpline']) assert.ok(text.includes(name), name);
      const hrefs = links(shown);
      for (const link of ['tel:999', 'tel:116123']) assert.ok(hrefs.includes(link), link);
    });
  }
});

describe('a built Eleventy post, where it travels', () => {
  const html = readFileSync(site('_site-esm', 'posts/bare-tag/index.html'), 'utf8');
  /** What a reader gets of some HTML: its text and links. */
  const got = (markup) => {
    const { document } = new JSDOM(markup).window;
    return { text: document.body.textContent, links: links(document) };
  };
  const expectHelp = ({ text, links: hrefs }) => {
    for (const name of ['Samaritans', 'Shout 85258']) assert.ok(text.includes(name), name);
    for (const link of ['tel:999', 'tel:116123']) assert.ok(hrefs.includes(link), link);
  };

  it("keeps the help through DOMPurify's and sanitize-html's defaults", () => {
    expectHelp(got(createDOMPurify(new JSDOM('').window).sanitize(html)));
    expectHelp(got(sanitizeHtml(html)));
  });

  it("keeps the help in Firefox's reader mode (Readability)", () => {
    const { document } = new JSDOM(html, { url: 'https://blog.example/posts/bare-tag/' }).window;
    expectHelp(got(new Readability(document).parse().content));
  });
});
