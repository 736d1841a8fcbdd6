// The Eleventy plugin's transform, given pages as a post's author, a sanitizer or a theme leaves
// them: it prerenders the cards the HTML parser finds, and nothing else.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'parse5';
import { prerenderCards, shortcodeOptions } from '../../dist/integrations/eleventy.js';
import { renderBareTag, renderCard, renderPlainCopy } from '../../dist/ssr/render-card.js';

const MODULE = '../assets/ask-for-help-card/ask-for-help-card.js';
const moduleTag = `<script type="module" src="${MODULE}"></script>`;
const pageWith = (body, head = '<title>A post</title>') =>
  `<!doctype html>\n<html lang="en">\n<head>${head}</head>\n<body>\n${body}\n</body>\n</html>\n`;
const transform = (html) => prerenderCards(html, {}, MODULE);

/** Every element the HTML parser builds from a page, by tag name. */
function elementsNamed(html, tagName) {
  const found = [];
  const walk = (node) => {
    for (const child of node.childNodes ?? []) {
      if (child.tagName === tagName) found.push(child);
      walk(child.tagName === 'template' ? child.content : child);
    }
  };
  walk(parse(html));
  return found;
}

describe("the Eleventy plugin's transform", () => {
  it("leaves a card's tag inside an attribute as text: DOMPurify's escaped title never becomes a live element", () => {
    const comment =
      '<p><abbr title="<ask-for-help-card x></ask-for-help-card><img src=x onerror=alert(1)>">I was here</abbr></p>';
    const page = pageWith(comment);
    assert.equal(transform(page), page);
    assert.deepEqual(elementsNamed(transform(page), 'img'), []);
  });

  for (const [where, body, head] of [
    ['a script string', `<script>const embed = '<ask-for-help-card region="GB"></ask-for-help-card>';</script>`],
    ['an attribute value', `<button data-code='<ask-for-help-card region="GB"></ask-for-help-card>'>Copy</button>`],
    ['a textarea', `<textarea><ask-for-help-card region="GB"></ask-for-help-card></textarea>`],
    ['a comment', `<!-- <ask-for-help-card region="GB"></ask-for-help-card> -->`],
  ]) {
    it(`leaves a card's tag in ${where} as it is, and adds no module`, () => {
      const page = pageWith(body, head);
      assert.equal(transform(page), page);
    });
  }

  it('puts the module at the end of the head, not inside a head script that holds "</head>"', () => {
    const head = '<title>A post</title><script>const closing = "</head>";</script>';
    const out = transform(pageWith('<ask-for-help-card region="GB"></ask-for-help-card>', head));
    assert.ok(out.includes(`<script>const closing = "</head>";</script>${moduleTag}\n</head>`));
    assert.equal(elementsNamed(out, 'script').length, 2);
  });

  it('prerenders a self-closing tag in place, and keeps the rest of the post outside the card', () => {
    const out = transform(pageWith('<ask-for-help-card region="GB" />\n<p>The rest of my post.</p>'));
    assert.ok(out.includes(`${renderCard({ region: 'GB' })}\n<p>The rest of my post.</p>`));
    const [card] = elementsNamed(out, 'ask-for-help-card');
    assert.ok(!JSON.stringify(card.childNodes.map((node) => node.value ?? '')).includes('The rest of my post'));
  });

  it('prerenders a tag written in upper case, and finds a head written in upper case', () => {
    const page = `<!DOCTYPE html><HTML><HEAD><TITLE>A post</TITLE></HEAD><BODY><ASK-FOR-HELP-CARD REGION="GB"></ASK-FOR-HELP-CARD></BODY></HTML>`;
    const out = transform(page);
    assert.ok(out.includes(renderCard({ region: 'GB' })));
    assert.ok(out.includes(`${moduleTag}\n</HEAD>`));
  });

  it('adds the module to a page that leaves its head implied', () => {
    const out = transform(
      '<!doctype html>\n<title>A post</title>\n<p>Hello.</p>\n<ask-for-help-card region="GB"></ask-for-help-card>\n',
    );
    assert.equal(elementsNamed(out, 'script').filter((s) => s.attrs.some((a) => a.value === MODULE)).length, 1);
    assert.ok(out.includes(renderCard({ region: 'GB' })));
  });

  it('writes each card of a fragment, as a feed item is, as its plain copy alone: no tag, style or module', () => {
    const prerendered = renderCard({ region: 'MX', lang: 'es' });
    const out = transform(
      `<p>Hello.</p>\n<ask-for-help-card region="GB"></ask-for-help-card>\n${prerendered}\n<p>Bye.</p>`,
    );
    assert.equal(
      out,
      `<p>Hello.</p>\n${renderPlainCopy({ region: 'GB' })}\n${renderPlainCopy({ region: 'MX', lang: 'es' })}\n<p>Bye.</p>`,
    );
  });

  it('reads an attribute value holding ">" as the browser does', () => {
    const message = "I'm not ok -> could we talk?";
    const out = transform(
      pageWith(`<ask-for-help-card region="GB" reach-out-message="${message}"></ask-for-help-card>`),
    );
    assert.ok(out.includes(renderCard({ region: 'GB', reachOutMessage: message })));
  });

  it("keeps the page's own attributes on the prerendered tag: id, class, hidden, style, aria-*, data-*", () => {
    const out = transform(
      pageWith(
        '<ask-for-help-card id="help" class="wide" hidden style="margin: 0" aria-describedby="why" data-post="7" data-note=\'"quoted" &amp; more\' region="GB"></ask-for-help-card>',
      ),
    );
    const [card] = elementsNamed(out, 'ask-for-help-card');
    assert.deepEqual(Object.fromEntries(card.attrs.map(({ name, value }) => [name, value])), {
      id: 'help',
      class: 'wide',
      hidden: '',
      style: 'margin: 0',
      'aria-describedby': 'why',
      'data-post': '7',
      'data-note': '"quoted" & more',
      region: 'GB',
      lang: 'en',
    });
  });

  it("prerenders a card in the page's language where the card speaks it, and in English, marked so, where not", () => {
    const onPage = (lang) =>
      transform(pageWith('<ask-for-help-card region="GB"></ask-for-help-card>').replace('lang="en"', `lang="${lang}"`));
    assert.ok(onPage('es').includes(renderCard({ region: 'GB', lang: 'es' })));
    assert.ok(onPage('en-GB').includes(renderCard({ region: 'GB', lang: 'en-GB' })));
    assert.ok(onPage('de').includes(renderCard({ region: 'GB' })));
    assert.ok(onPage('de').includes('<ask-for-help-card region="GB" lang="en">'));
    const own = transform(
      pageWith('<ask-for-help-card region="GB" lang="fr"></ask-for-help-card>').replace('lang="en"', 'lang="es"'),
    );
    assert.ok(own.includes(renderCard({ region: 'GB', lang: 'fr' })), "the card's own lang wins");
  });

  it('takes a card out of a paragraph of its own, where Markdown put it', () => {
    const out = transform(pageWith('<p><ask-for-help-card region="GB"></ask-for-help-card></p>'));
    assert.ok(out.includes(`<body>\n${renderCard({ region: 'GB' })}\n</body>`));
  });

  it('splits a paragraph around a card written in a sentence, so that no browser spills the card out of it', () => {
    const card = renderCard({ region: 'GB' });
    for (const [paragraph, expected] of [
      ['<p>Need to talk? <ask-for-help-card region="GB"></ask-for-help-card></p>', `<p>Need to talk?</p>\n${card}`],
      [
        '<p class="lead"><ask-for-help-card region="GB"></ask-for-help-card>\nThe words after it.</p>',
        `${card}\n<p class="lead">The words after it.</p>`,
      ],
      [
        '<p>Before, <ask-for-help-card region="GB"></ask-for-help-card> after.</p>',
        `<p>Before,</p>\n${card}\n<p>after.</p>`,
      ],
    ]) {
      const out = transform(pageWith(paragraph));
      assert.ok(out.includes(`<body>\n${expected}\n</body>`), paragraph);
      // As a browser reads it: the card's markup stays inside the card.
      const [parsed] = elementsNamed(out, 'ask-for-help-card');
      assert.ok(
        parsed.childNodes.some((node) => node.tagName === 'article'),
        paragraph,
      );
    }
  });

  it('leaves a card that already has content (prerendered, or a fallback) as it is, and gives its page the module', () => {
    const card = renderCard({ region: 'GB' });
    assert.equal(transform(pageWith(card)), pageWith(card, `<title>A post</title>${moduleTag}\n`));
  });
});

describe("the Eleventy plugin's shortcode", () => {
  it('writes the bare tag, for the transform to prerender where the page puts it, after any bundler', () => {
    assert.equal(
      renderBareTag(shortcodeOptions(['MX', 'es'])),
      '<ask-for-help-card region="MX" lang="es"></ask-for-help-card>',
    );
  });

  it('takes the region, then the language, as positional arguments', () => {
    assert.deepEqual(shortcodeOptions(['MX', 'es']), { region: 'MX', lang: 'es' });
  });

  it("takes Nunjucks' keyword arguments, and reports one that is no option", () => {
    const warnings = [];
    const warn = console.warn;
    console.warn = (message) => warnings.push(message);
    try {
      assert.deepEqual(shortcodeOptions([{ region: 'GB', headingLevel: 3, colour: 'red', __keywords: true }]), {
        region: 'GB',
        headingLevel: 3,
      });
    } finally {
      console.warn = warn;
    }
    assert.equal(warnings.length, 1);
    assert.match(warnings[0], /askForHelpCard shortcode: "colour" is not one of its options/);
  });
});
