// Prerendering on a server: renderCard() and the `ask-for-help-card render` command, in Node.
import { describe, it, mock } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderCard } from '../../dist/ssr/render-card.js';
import { essay } from '../../dist/content/essay.js';

const bin = new URL('../../bin/ask-for-help-card.js', import.meta.url).pathname;
const escape = (text) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
const count = (haystack, needle) => haystack.split(needle).length - 1;

describe('renderCard()', () => {
  const card = renderCard();

  it('returns the card as markup in the page, after its styles, with no shadow root to duplicate its words', () => {
    assert.match(card, /^<ask-for-help-card[^>]*>\n<style><!--[^\n]*--><\/style>\n<article class="card"/);
    assert.match(card, /<\/article>\n<\/ask-for-help-card>$/);
    assert.match(card, /--ask-for-help-card-background/);
    assert.doesNotMatch(card, /<template|shadowroot/);
  });

  it('gives no element an id, which two cards on a page, or the page itself, could share', () => {
    assert.doesNotMatch(card, /\s(id|for|aria-labelledby|aria-controls)="/);
  });

  it('carries every paragraph of the essay once', () => {
    for (const paragraph of essay.paragraphs) assert.equal(count(card, `<p>${escape(paragraph)}</p>`), 1, paragraph);
  });

  it('leaves no hydration markers in the snippet', () => {
    assert.doesNotMatch(card, /<!--\/?lit-|<!--\?lit\$/);
  });

  it('shows the region it is given, and writes it as an attribute for the upgrade', () => {
    const gb = renderCard({ region: 'GB' });
    assert.match(gb, /^<ask-for-help-card region="GB"/);
    assert.match(gb, /href="tel:999"/);
    assert.match(gb, /href="tel:116123"/);
    assert.match(gb, /href="sms:85258\?&amp;body=SHOUT"/);
  });

  it('renders region "auto" with worldwide help, for the reader\'s browser to guess', () => {
    const auto = renderCard({ region: 'auto' });
    assert.match(auto, /^<ask-for-help-card region="auto"/);
    assert.match(auto, /call your local emergency number/);
    assert.match(auto, /Find A Helpline/);
    assert.doesNotMatch(auto, /href="tel:/, "no national line, whatever the server's time zone");
  });

  it('reads each option once, so a getter cannot slip one value past the check and render another', () => {
    let reads = 0;
    const options = {
      get region() {
        reads++;
        return reads === 1 ? 'GB' : 'auto';
      },
    };
    const html = renderCard(options);
    assert.equal(reads, 1);
    assert.match(html, /^<ask-for-help-card region="GB"/);
    assert.match(html, /href="tel:999"/);
  });

  it('renders the default card for options that are not an object, and says so', () => {
    const warn = mock.method(console, 'warn', () => {});
    try {
      for (const given of [null, 'GB', 42]) assert.match(renderCard(given), /Find A Helpline/);
      assert.deepEqual(
        warn.mock.calls.map((call) => call.arguments.join(' ')),
        [
          'renderCard: options are null, not an object; rendering the default card',
          'renderCard: options are "GB", not an object; rendering the default card',
          'renderCard: options are a number, not an object; rendering the default card',
        ],
      );
    } finally {
      warn.mock.restore();
    }
  });

  it('writes no more lines than a card shows, however many it is given', () => {
    const warn = mock.method(console, 'warn', () => {});
    try {
      const many = Array.from({ length: 100_000 }, (_, index) => ({ name: `Line ${index}`, phone: '555 0100' }));
      const html = renderCard({ resources: many });
      assert.ok(html.length < 200_000, `${html.length} characters`);
      assert.match(html, /Line 49</);
      assert.doesNotMatch(html, /Line 50\b/);
      assert.equal(
        warn.mock.calls[0].arguments[0],
        'renderCard: resources has 100000 entries; only the first 50 are written',
      );
    } finally {
      warn.mock.restore();
    }
  });

  it('renders from options a CMS got wrong, and says what was wrong once', () => {
    const warn = mock.method(console, 'warn', () => {});
    try {
      const html = renderCard({ region: 44, headingLevel: 'three', resources: { name: 'Line' }, strings: ['x'] });
      assert.match(
        html,
        /^<ask-for-help-card resources="\{&quot;name&quot;:&quot;Line&quot;\}" region="44" heading-level="three"/,
      );
      assert.match(html, /<h2 class="title"/, 'the title at the default level');
      assert.match(html, /Find A Helpline/);
      assert.deepEqual(
        warn.mock.calls.map((call) => call.arguments.join(' ')),
        [
          [
            '<ask-for-help-card>: 5 problems with its configuration:',
            '  resources is an object, not an array',
            '  no usable resources; showing the default list',
            '  strings is an array, not an object; ignored',
            '  region "44" is not a two-letter region code or auto; showing worldwide help',
            '  heading-level "three" is not a whole number from 1 to 5; using 2',
          ].join('\n'),
        ],
      );
    } finally {
      warn.mock.restore();
    }
  });

  it('leaves out an option with no text form, and names it', () => {
    const warn = mock.method(console, 'warn', () => {});
    try {
      assert.match(renderCard({ headingLevel: 3n }), /^<ask-for-help-card lang="en">\n<style>/);
      assert.deepEqual(
        warn.mock.calls.map((call) => call.arguments.join(' ')),
        ['renderCard: headingLevel is a bigint, which has no text form; left out'],
      );
    } finally {
      warn.mock.restore();
    }
  });

  it('starts its headings at the level asked for', () => {
    const h3 = renderCard({ headingLevel: 3 });
    assert.match(h3, /<h3 class="title"/);
    assert.match(h3, /<h4 class="resource-name"/);
  });

  it("replaces the defaults with the site's resources, escaped, and keeps them as JSON for the upgrade", () => {
    const own = renderCard({ resources: [{ name: 'Harbour <Line>', phone: '555 0100' }] });
    assert.match(own, /resources="\[\{&quot;name&quot;:&quot;Harbour &lt;Line&gt;&quot;/);
    assert.match(own, />Harbour &lt;Line&gt;</);
    assert.match(own, /href="tel:5550100"/);
    assert.doesNotMatch(own, /Find A Helpline/);
  });

  it('opens the sections asked for, in the scheme asked for', () => {
    const openness = (html) => html.match(/<details[^>]*>/g).map((tag) => /\sopen[\s>=]/.test(tag));
    assert.deepEqual(openness(renderCard({ openSections: 'all' })), [true, true, true, true, true, true]);
    assert.deepEqual(openness(renderCard()), [true, false, false, false, false, false]);
    assert.match(renderCard({ scheme: 'dark' }), /scheme="dark"/);
  });

  for (const lang of ['en-US-', 'es-419-', 'en-x', 'en-GB-oed', 'not a tag!']) {
    it(`renders a malformed lang ${JSON.stringify(lang)} as the live card shows it: in English, never throwing`, () => {
      const html = renderCard({ lang, region: 'GB' });
      assert.match(html, /<h2 class="help-heading">Talk to someone now<\/h2>/);
      assert.match(html, /href="tel:999"/);
    });
  }

  it("writes the page's own attributes on the tag, after the card's, and leaves out what no page attribute could be", () => {
    const warnings = [];
    const warn = console.warn;
    console.warn = (message) => warnings.push(message);
    let html;
    try {
      html = renderCard({
        region: 'GB',
        attributes: {
          id: 'help',
          class: 'wide',
          hidden: true,
          open: false,
          'data-note': '"quoted" & more',
          region: 'US',
          'x"y': 'z',
          style: 7,
        },
      });
    } finally {
      console.warn = warn;
    }
    assert.match(
      html,
      /^<ask-for-help-card region="GB" lang="en" id="help" class="wide" hidden data-note="&quot;quoted&quot; &amp; more">\n/,
    );
    assert.equal(warnings.length, 3);
  });

  it('writes its language on the tag, English when none is given, so that its words are marked on any page', () => {
    assert.match(renderCard({ region: 'DE' }), /^<ask-for-help-card region="DE" lang="en">\n/);
    assert.match(renderCard({ region: 'MX', lang: 'es-MX' }), /^<ask-for-help-card region="MX" lang="es-MX">\n/);
  });

  it("speaks the language asked for, with the site's own words where given", () => {
    const fr = renderCard({ lang: 'fr', region: 'CA', strings: { helpHeading: 'Besoin de parler ?' } });
    assert.match(fr, /lang="fr"/);
    assert.match(fr, /Besoin de parler \?/);
    assert.match(
      fr,
      /<a class="emergency-call" part="emergency-call" href="tel:911" aria-label="Appeler le 911, services d’urgence"\s*>Appeler le 911<\/a\s*>/,
    );
    assert.match(fr, /strings="\{&quot;helpHeading&quot;:&quot;Besoin de parler \?&quot;\}"/);
  });
});

describe('ask-for-help-card render', () => {
  const run = (...args) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });

  it('prints the prerendered card for the options given', () => {
    const out = execFileSync(process.execPath, [bin, 'render', '--region', 'GB', '--heading-level', '3'], {
      encoding: 'utf8',
    });
    assert.equal(out, `${renderCard({ region: 'GB', headingLevel: 3 })}\n`);
  });

  it("prints a card for region auto, for the reader's browser to guess", () => {
    const out = execFileSync(process.execPath, [bin, 'render', '--region', 'auto'], { encoding: 'utf8' });
    assert.equal(out, `${renderCard({ region: 'auto' })}\n`);
  });

  it("reads the site's resources from a file", () => {
    const dir = mkdtempSync(join(tmpdir(), 'card-'));
    const file = join(dir, 'resources.json');
    writeFileSync(file, JSON.stringify([{ name: 'Harbour Line', sms: '555 0100', smsBody: 'TALK' }]));
    const { status, stdout } = run('render', '--resources', file, '--keep-defaults', '--region', 'us');
    assert.equal(status, 0);
    assert.match(stdout, /Harbour Line/);
    assert.match(stdout, /988 Suicide &amp; Crisis Lifeline/);
  });

  it('explains itself with --help', () => {
    const { status, stdout } = run('--help');
    assert.equal(status, 0);
    assert.match(stdout, /^Usage: ask-for-help-card render/);
  });

  for (const [args, message] of [
    [[], /no command given/],
    [['draw'], /unknown command "draw"/],
    [['render', '--colour', 'red'], /Unknown option '--colour'/],
    [
      ['render', '--region', 'Europe'],
      /--region "Europe" is not a two-letter region code \(like US, GB or AU\) or auto/,
    ],
    [['render', '--heading-level', '9'], /--heading-level "9" is not a whole number from 1 to 5$/m],
    [['render', '--scheme', 'sepia'], /--scheme "sepia" is not auto, light or dark$/m],
    [['render', '--open-sections', 'chapter-9'], /--open-sections names "chapter-9", which is not a section/],
    [['render', '--lang', 'not a tag!'], /--lang "not a tag!" is not a language tag/],
    [['render', '--resources', '/nonexistent/help.json'], /\/nonexistent\/help\.json: cannot be read \(ENOENT\)/],
  ]) {
    it(`refuses ${JSON.stringify(args.join(' ')) || 'no arguments'} with a clear message and a non-zero exit`, () => {
      const { status, stdout, stderr } = run(...args);
      assert.equal(status, 2);
      assert.equal(stdout, '');
      assert.match(stderr, message);
    });
  }

  it('ends quietly, with status 0, when the reader closes the pipe early', () => {
    const { stdout, stderr } = spawnSync(
      'bash',
      ['-c', `"${process.execPath}" "${bin}" render | true; echo "\${PIPESTATUS[0]}"`],
      {
        encoding: 'utf8',
      },
    );
    assert.equal(stderr, '');
    assert.equal(stdout.trim(), '0');
  });

  it('reads only a regular resources file of 1 MB at most', () => {
    const device = run('render', '--resources', '/dev/zero');
    assert.equal(device.status, 2);
    assert.equal(device.stderr, 'ask-for-help-card: /dev/zero: not a regular file; give a JSON file\n');
    const dir = mkdtempSync(join(tmpdir(), 'card-'));
    const large = join(dir, 'large.json');
    writeFileSync(large, `[${'{"name":"Line"},'.repeat(70_000)}{"name":"Last"}]`);
    const big = run('render', '--resources', large);
    assert.equal(big.status, 2);
    assert.match(big.stderr, /large\.json: \d+ bytes, over the 1 MB a resources file may have\n$/);
  });

  it('refuses a named pipe at once, rather than wait for a writer', () => {
    const dir = mkdtempSync(join(tmpdir(), 'card-'));
    const fifo = join(dir, 'resources.json');
    execFileSync('mkfifo', [fifo]);
    const started = Date.now();
    const result = spawnSync(process.execPath, [bin, 'render', '--resources', fifo], {
      encoding: 'utf8',
      timeout: 20_000,
    });
    assert.equal(result.signal, null, 'the command did not hang');
    assert.equal(result.status, 2);
    assert.equal(result.stderr, `ask-for-help-card: ${fifo}: not a regular file; give a JSON file\n`);
    assert.ok(Date.now() - started < 20_000);
  });

  it('reads a UTF-8 file with a byte order mark, and refuses one that is not UTF-8', () => {
    const dir = mkdtempSync(join(tmpdir(), 'card-'));
    const withMark = join(dir, 'bom.json');
    writeFileSync(withMark, '\ufeff' + JSON.stringify([{ name: 'Línea Ñandú', phone: '555 0100' }]));
    const read = run('render', '--resources', withMark);
    assert.equal(read.status, 0, read.stderr);
    assert.match(read.stdout, /Línea Ñandú/);
    const latin1 = join(dir, 'latin1.json');
    writeFileSync(latin1, Buffer.from(JSON.stringify([{ name: 'Línea Ñandú', phone: '555 0100' }]), 'latin1'));
    const refused = run('render', '--resources', latin1);
    assert.equal(refused.status, 2);
    assert.equal(refused.stdout, '');
    assert.match(refused.stderr, /latin1\.json: not UTF-8 text; save it as UTF-8/);
  });

  it('reports a bad resources file by file and entry', () => {
    const dir = mkdtempSync(join(tmpdir(), 'card-'));
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '[{"name": "Unclosed"');
    assert.match(run('render', '--resources', broken).stderr, new RegExp(`${broken}: not valid JSON`));
    const hostile = join(dir, 'hostile.json');
    writeFileSync(
      hostile,
      JSON.stringify([{ name: 'Fine' }, { phone: '1' }, { name: 'Bad link', url: 'javascript:alert(1)' }]),
    );
    const { status, stderr } = run('render', '--resources', hostile);
    assert.equal(status, 2);
    assert.equal(
      stderr,
      `ask-for-help-card: ${hostile}: \n  resources[1].name is missing; entry dropped\n  resources[2].url "javascript:alert(1)" is not an http(s) URL; link dropped\n`,
    );
  });
});
