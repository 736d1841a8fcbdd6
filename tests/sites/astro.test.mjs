// The Astro blog in tests/sites/astro, checked (astro check) and built from the packed package by
// scripts/blog-sites.mjs: what each built page holds.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';

const read = (page) => new JSDOM(readFileSync(new URL(`astro/_site/${page}`, import.meta.url), 'utf8')).window.document;
const links = (element) => [...element.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'));

describe('an Astro 5 blog', () => {
  it('prerenders two <AskForHelpCard> on one page, each for its own region and language', () => {
    const document = read('two-cards/index.html');
    const [gb, mx] = document.querySelectorAll('ask-for-help-card');
    assert.equal(gb.getAttribute('region'), 'GB');
    // The page's own attributes stay on the tag, so a link to #help finds the card.
    assert.deepEqual(
      ['id', 'class', 'data-post'].map((name) => gb.getAttribute(name)),
      ['help', 'wide', '7'],
    );
    assert.equal(document.getElementById('help'), gb);
    assert.ok(links(gb.querySelector('.card')).includes('tel:999'));
    assert.deepEqual(
      [mx.getAttribute('region'), mx.getAttribute('lang'), mx.getAttribute('heading-level')],
      ['MX', 'es', '3'],
    );
    assert.ok(links(mx.querySelector('.card')).includes('tel:911'));
    assert.ok(mx.querySelector('h3.help-heading'), 'its headings at the level asked for');
  });

  it('loads the card once per page through its own bundled script, however many cards', () => {
    for (const page of ['two-cards/index.html', 'posts/mdx-post/index.html']) {
      const scripts = [...read(page).querySelectorAll('script[src]')].map((script) => script.getAttribute('src'));
      assert.equal(scripts.length, 1, page);
      assert.match(scripts[0], /^\/tests\/sites\/astro\/_site\/_astro\/[\w.-]+\.js$/, 'served by the site itself');
    }
  });

  it('prerenders the card in an MDX post', () => {
    const document = read('posts/mdx-post/index.html');
    const card = document.querySelector('ask-for-help-card');
    assert.equal(card.getAttribute('region'), 'GB');
    assert.ok(links(card.querySelector('.card')).includes('tel:116123'));
    const paragraphs = [...document.querySelectorAll('main > p')].map((p) => p.textContent);
    assert.equal(paragraphs.at(-1), 'The words after the card.');
  });
});

describe("the Astro blog's full-content RSS feed, made as Astro's RSS guide makes one (Container API)", () => {
  const feed = new JSDOM(readFileSync(new URL('astro/_site/rss.xml', import.meta.url), 'utf8'), {
    contentType: 'text/xml',
  }).window.document;

  it("gives the MDX post's card as its plain copy alone: the help once, and no tag, style or script of the card's", () => {
    const [item] = feed.getElementsByTagName('item');
    const content = item.getElementsByTagNameNS('http://purl.org/rss/1.0/modules/content/', 'encoded')[0].textContent;
    assert.doesNotMatch(content, /<(script|style|ask-for-help-card|select|button)\b/);
    assert.equal(content.split('Samaritans').length - 1, 1);
    const shown = new JSDOM(content).window.document;
    assert.ok(links(shown).includes('tel:999'));
    assert.ok(links(shown).includes('tel:116123'));
    assert.match(shown.body.textContent, /Some words before the card/);
  });
});
