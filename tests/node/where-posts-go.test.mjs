// A post travels: feed readers, newsletters and reader mode clean its HTML with real sanitizers and
// Readability, which keep no shadow root. The prerendered card's plain copy must bring a reader the
// region's services, their numbers as tel: links and the emergency number, through each of them.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';
import createDOMPurify from 'dompurify';
import sanitizeHtml from 'sanitize-html';
import { Readability } from '@mozilla/readability';
import { renderCard } from '../../dist/ssr/render-card.js';
import { essay } from '../../dist/content/essay.js';

/** A blog post with the card between two paragraphs, as a static site generator writes it. */
const post = (card) => `<!doctype html><html lang="en"><head><title>A post</title></head><body><article>
<h1>When it gets heavy</h1>
<p>${'Some words of the post before the card, long enough to read as an article. '.repeat(4)}</p>
${card}
<p>${'Some words of the post after the card, long enough to read as an article. '.repeat(4)}</p>
</article></body></html>`;

/** What survived, read from HTML as a reader would meet it. */
function readerGets(html) {
  const { document } = new JSDOM(html).window;
  // A shadow root's template is inert wherever this HTML is shown: leave it out of what is read.
  for (const template of document.querySelectorAll('template')) template.remove();
  const links = [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'));
  return { text: document.body.textContent.replace(/\s+/g, ' '), links };
}

function expectHelpFor(got, { names, links, emergency }) {
  for (const name of names) assert.ok(got.text.includes(name), `${name} is there`);
  for (const link of links) assert.ok(got.links.includes(link), `${link} is there`);
  assert.ok(got.links.includes(`tel:${emergency}`), `the emergency number ${emergency} is linked`);
  assert.ok(got.text.includes(essay.paragraphs[0]), 'the essay is there');
}

const GB = {
  names: ['Samaritans', 'Shout 85258', 'Find A Helpline'],
  links: ['tel:116123'],
  emergency: '999',
};

describe('a post with a prerendered card, where it travels', () => {
  const card = renderCard({ region: 'GB' });

  it('carries the help once more, as plain HTML after the shadow root, with no blank line', () => {
    const plain = card.slice(card.indexOf('</template>'));
    assert.match(plain, /href="tel:999"/);
    assert.match(plain, /href="tel:116123"/);
    assert.match(plain, /href="sms:85258\?&amp;body=SHOUT"/);
    assert.equal(plain.split('<p lang="en">').length - 1, essay.paragraphs.length + 1);
    assert.doesNotMatch(card, /\n\s*\n/);
    assert.doesNotMatch(plain, /<\?>|<!--/);
  });

  it("keeps the region's services, their tel: links and the emergency number through DOMPurify's defaults", () => {
    const { window } = new JSDOM('');
    const clean = createDOMPurify(window).sanitize(post(card));
    expectHelpFor(readerGets(clean), GB);
  });

  it("keeps them through sanitize-html's defaults", () => {
    expectHelpFor(readerGets(sanitizeHtml(post(card))), GB);
  });

  it("keeps them in Firefox's reader mode (Readability)", () => {
    const { document } = new JSDOM(post(card), { url: 'https://blog.example/post' }).window;
    const article = new Readability(document).parse();
    assert.ok(article, 'Readability finds the article');
    expectHelpFor(readerGets(article.content), GB);
  });

  it('gives worldwide help and "your local emergency number" for region auto', () => {
    const auto = renderCard({ region: 'auto' });
    const got = readerGets(sanitizeHtml(post(auto)));
    assert.ok(got.text.includes('call your local emergency number'));
    assert.ok(got.text.includes('Find A Helpline'));
    assert.ok(!got.links.some((link) => link.startsWith('tel:')));
  });

  it('speaks the language of the card in its plain copy', () => {
    const spanish = readerGets(sanitizeHtml(post(renderCard({ region: 'MX', lang: 'es' }))));
    assert.ok(spanish.text.includes('Si estás en peligro inmediato'));
    assert.ok(spanish.links.includes('tel:911'));
    assert.ok(spanish.links.includes('tel:8009112000'));
  });

  it('adds a measured amount to the snippet', () => {
    const plain = card.length - card.indexOf('</template>');
    console.log(`plain copy: ${plain} characters of ${card.length} (region GB)`);
    assert.ok(plain < card.length / 3);
  });
});
