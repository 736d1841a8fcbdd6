// The prerendered snippet pasted into a Markdown post, as a blogger does, through the engines
// site generators use: markdown-it (Eleventy), and remark with smart punctuation into rehype
// (Astro). The snippet must come out as one untouched HTML block, and the post around it intact.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import MarkdownIt from 'markdown-it';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkSmartypants from 'remark-smartypants';
import remarkRehype from 'remark-rehype';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import { renderCard } from '../../dist/ssr/render-card.js';

const post = (snippet) =>
  `# A post\n\nSome words before the card -- and a "quote".\n\n${snippet}\n\nThe words after the card.\n`;

const snippets = {
  'renderCard()': renderCard({ region: 'GB', reachOutMessage: 'Hi.  Can we\ntalk?', headingLevel: 2 }),
  'ask-for-help-card render': execFileSync(process.execPath, ['bin/ask-for-help-card.js', 'render', '--region', 'US'], {
    encoding: 'utf8',
  }).trimEnd(),
};

const remark = unified()
  .use(remarkParse)
  .use(remarkSmartypants)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeStringify);

for (const [source, snippet] of Object.entries(snippets)) {
  describe(`the snippet from ${source}, pasted into a Markdown post`, () => {
    it('has its opening tag alone on the first line and no blank line', () => {
      const lines = snippet.split('\n');
      assert.match(lines[0], /^<ask-for-help-card[^>]*>$/);
      assert.equal(lines.at(-1), '</ask-for-help-card>');
      assert.deepEqual(
        lines.filter((line) => line.trim() === ''),
        [],
      );
    });

    it('passes through markdown-it as one HTML block, character for character', () => {
      const tokens = new MarkdownIt({ html: true }).parse(post(snippet), {});
      const blocks = tokens.filter((token) => token.type === 'html_block');
      assert.equal(blocks.length, 1);
      assert.equal(blocks[0].content, `${snippet}\n`);
      const html = new MarkdownIt({ html: true }).render(post(snippet));
      assert.ok(html.includes(snippet), 'the snippet is in the page as written');
      assert.match(html, /<p>The words after the card\.<\/p>/);
    });

    it('passes through remark with smart punctuation as one HTML node, its CSS untouched', async () => {
      const tree = unified().use(remarkParse).parse(post(snippet));
      const html = tree.children.filter((node) => node.type === 'html');
      assert.equal(html.length, 1);
      assert.equal(html[0].value, snippet);
      const page = String(await remark.process(post(snippet)));
      assert.match(page, /Some words before the card — and a “quote”/, 'smart punctuation ran on the post');
      assert.ok(page.includes('--_background'), 'the CSS keeps its custom properties');
      assert.ok(
        !page.includes('–_background') && !page.includes('—_background'),
        'no dash was made typographic in the CSS',
      );
      assert.match(
        page,
        /<style><!--[^<]*--><\/style>\s*<article class="card"/,
        "the card's markup follows its styles",
      );
      assert.match(page, /<\/article>\s*<\/ask-for-help-card>\s*<p>The words after the card\.<\/p>/);
    });
  });
}

describe('attribute values in the snippet', () => {
  it('are written exactly: runs of spaces and line breaks survive', () => {
    const snippet = renderCard({ reachOutMessage: 'Hi.  Can we\ntalk?' });
    assert.match(snippet.split('\n')[0], /reach-out-message="Hi\. {2}Can we&#10;talk\?"/);
  });
});
