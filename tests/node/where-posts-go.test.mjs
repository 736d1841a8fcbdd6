// A post travels: feed readers, newsletters and reader mode clean its HTML with real sanitizers,
// CSS inliners and Readability. Through each, the prerendered card brings a reader the region's
// services, their numbers as tel: links and the emergency number, says each of its words once,
// shows no CSS as text, restyles nothing of the post, and leaves the post the article.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';
import createDOMPurify from 'dompurify';
import sanitizeHtml from 'sanitize-html';
import striptags from 'striptags';
import juice from 'juice';
import { Readability } from '@mozilla/readability';
import { renderCard, renderPlainCopy } from '../../dist/ssr/render-card.js';
import { essay } from '../../dist/content/essay.js';

const BEFORE = 'Some words of the post before the card, long enough to read as an article. ';
const AFTER = 'Some words of the post after the card, long enough to read as an article. ';

/** A blog post with the card between two paragraphs, as a static site generator writes it. */
const post = (card, paragraphs = 1) => `<!doctype html><html lang="en"><head><title>A post</title></head><body><article>
<h1>When it gets heavy</h1>
${`<p>${BEFORE.repeat(4)}</p>\n`.repeat(paragraphs)}${card}
<p>${AFTER.repeat(4)}</p>
</article></body></html>`;

/** What survived, read from HTML as a reader would meet it. */
function readerGets(html) {
  const { document } = new JSDOM(html).window;
  const links = [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'));
  return { text: document.body.textContent.replace(/\s+/g, ' '), links };
}

function expectHelpFor(got, { names, links, emergency }, { withEssay = true } = {}) {
  for (const name of names) assert.ok(got.text.includes(name), `${name} is there`);
  for (const link of links) assert.ok(got.links.includes(link), `${link} is there`);
  assert.ok(got.links.includes(`tel:${emergency}`), `the emergency number ${emergency} is linked`);
  if (withEssay) assert.ok(got.text.includes(essay.paragraphs[0]), 'the essay is there');
}

/** Each of the card's words once, and none of its CSS, in text a tool kept. */
function expectWordsOnce(text) {
  const count = (words) => text.split(words).length - 1;
  for (const words of [
    'Talk to someone now',
    'Call 116 123',
    'Samaritans',
    essay.paragraphs[0],
    essay.paragraphs.at(-1),
  ])
    assert.equal(count(words), 1, `"${words.slice(0, 40)}" once`);
  for (const css of ['{', '!important', '--_', 'ask-for-help-card'])
    assert.equal(count(css), 0, `no CSS text: "${css}"`);
  assert.equal(count(BEFORE.trim()), 4, "the post's words before the card");
  assert.equal(count(AFTER.trim()), 4, "the post's words after the card");
}

const GB = {
  names: ['Samaritans', 'Shout 85258', 'Find A Helpline'],
  links: ['tel:116123'],
  emergency: '999',
};

describe('a post with a prerendered card, where it travels', () => {
  const card = renderCard({ region: 'GB' });

  it("keeps the region's services, their tel: links and the emergency number through DOMPurify's defaults", () => {
    const { window } = new JSDOM('');
    const clean = createDOMPurify(window).sanitize(post(card));
    expectHelpFor(readerGets(clean), GB);
    expectWordsOnce(readerGets(clean).text);
  });

  it("keeps them through sanitize-html's defaults (Astro's feed recipe), each word once", () => {
    const clean = sanitizeHtml(post(card));
    expectHelpFor(readerGets(clean), GB);
    expectWordsOnce(readerGets(clean).text);
  });

  it('says each word once, with no CSS, through sanitizers that drop every tag and keep the text', () => {
    expectWordsOnce(sanitizeHtml(post(card), { allowedTags: [], allowedAttributes: {} }));
    expectWordsOnce(striptags(post(card)));
    // A regular expression that ends a tag at the first ">", as many hand-written strippers do.
    expectWordsOnce(post(card).replace(/<[^>]*>/g, ''));
  });

  it("restyles none of the post's own elements when a CSS inliner applies its styles (a newsletter)", () => {
    for (const options of [{}, { removeStyleTags: true }]) {
      const { document } = new JSDOM(juice(post(card), options)).window;
      const own = [...document.querySelectorAll('body, body > article, body > article > p, body > article > h1')];
      assert.deepEqual(
        own.filter((element) => element.hasAttribute('style')).map((element) => element.outerHTML.slice(0, 60)),
        [],
      );
      expectHelpFor(readerGets(document.documentElement.outerHTML), GB);
    }
  });

  for (const paragraphs of [1, 2, 5]) {
    it(`leaves a post of ${paragraphs} paragraph${paragraphs > 1 ? 's' : ''} the article in reader mode (Readability), with the help after it`, () => {
      const { document } = new JSDOM(post(card, paragraphs), { url: 'https://blog.example/post' }).window;
      const article = new Readability(document).parse();
      assert.ok(article, 'Readability finds the article');
      const got = readerGets(article.content);
      assert.equal(
        got.text.split(BEFORE.trim()).length - 1,
        4 * paragraphs,
        "every paragraph of the post's before the card",
      );
      assert.equal(got.text.split(AFTER.trim()).length - 1, 4, "the post's paragraph after the card");
      // Reader mode is for the post: the card's help stays, and its essay is left to the page.
      expectHelpFor(got, GB, { withEssay: false });
      assert.ok(got.text.indexOf('Samaritans') > got.text.indexOf(BEFORE.trim()), 'the help after the words before it');
    });
  }

  it('leaves a post of one short sentence the article in reader mode, with the help after it', () => {
    const html = `<!doctype html><html lang="en"><head><title>A post</title></head><body><article>
<h1>Today</h1>\n<p>I wrote this today.</p>\n${card}\n</article></body></html>`;
    const article = new Readability(new JSDOM(html, { url: 'https://blog.example/post' }).window.document).parse();
    const got = readerGets(article.content);
    assert.ok(got.text.includes('I wrote this today.'));
    expectHelpFor(got, GB, { withEssay: false });
  });

  it('gives worldwide help and "your local emergency number" for region auto', () => {
    const auto = renderCard({ region: 'auto' });
    const got = readerGets(sanitizeHtml(post(auto)));
    assert.ok(got.text.includes('call your local emergency number'));
    assert.ok(got.text.includes('Find A Helpline'));
    assert.ok(!got.links.some((link) => link.startsWith('tel:')));
  });

  it('speaks the language of the card', () => {
    const spanish = readerGets(sanitizeHtml(post(renderCard({ region: 'MX', lang: 'es' }))));
    assert.ok(spanish.text.includes('Si estás en peligro inmediato'));
    assert.ok(spanish.links.includes('tel:911'));
    assert.ok(spanish.links.includes('tel:8009112000'));
  });
});

describe("a card's plain copy, for a feed item", () => {
  const plain = renderPlainCopy({ region: 'GB' });

  it('carries the help and the essay as paragraphs, lists and links, with no tag of the card, no style, no control', () => {
    expectHelpFor(readerGets(plain), GB);
    assert.doesNotMatch(plain, /<(ask-for-help-card|style|script|template|select|button|details)\b/);
    expectWordsOnce(striptags(post(plain)));
  });
});
