// The WordPress plugin's PHP writes the card from the pieces its build prerendered: for every
// option a block or a shortcode can give, exactly what renderCard writes, and for a value the card
// cannot show, its default, with no PHP warning. Runs Debian's PHP (apt-get install php-cli).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { renderCard, renderPlainCopy } from '../../dist/ssr/render-card.js';
import { sheetRegions } from '../../dist/content/help-lines.js';

const plugin = 'dist/wordpress/ask-for-help-card';

/** What the plugin's PHP writes for each case ({ plain, options }), with anything PHP said on the side. */
function php(cases) {
  const code = `require '${plugin}/includes/markup.php';
    $out = array();
    foreach (json_decode(stream_get_contents(STDIN), true) as $case) {
      $out[] = $case['plain'] ? ask_for_help_card_plain_copy($case['options']) : ask_for_help_card_markup($case['options']);
    }
    echo json_encode($out);`;
  const result = spawnSync('php', ['-d', 'error_reporting=-1', '-d', 'display_errors=stderr', '-r', code], {
    input: JSON.stringify(cases),
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (result.error?.code === 'ENOENT') throw new Error('no php here; install it (apt-get install php-cli)');
  return { written: JSON.parse(result.stdout), said: result.stderr };
}

describe('the WordPress plugin, its card written by PHP', () => {
  it('is the card renderCard writes, for every region the card knows, in English', () => {
    const regions = [...sheetRegions, 'auto', ''];
    const { written, said } = php(regions.map((region) => ({ plain: false, options: { region } })));
    assert.equal(said, '');
    regions.forEach((region, index) =>
      assert.equal(written[index], renderCard(region ? { region } : {}), `the card for "${region}" differs`),
    );
  });

  it('is the card renderCard writes in Spanish and in French, at each heading level, with any sections open', () => {
    const cases = [];
    for (const lang of ['es', 'fr', 'en'])
      for (const region of ['MX', 'FR', 'GB', 'auto'])
        for (const headingLevel of [1, 2, 3, 4, 5])
          for (const openSections of ['first', 'all', 'none', 'heavy-days strength', 'a-promise'])
            cases.push({ region, lang, headingLevel, openSections });
    const { written, said } = php(cases.map((options) => ({ plain: false, options })));
    assert.equal(said, '');
    cases.forEach(({ region, lang, headingLevel, openSections }, index) => {
      const expected = renderCard({
        region,
        ...(headingLevel === 2 ? {} : { headingLevel }),
        ...(openSections === 'first' ? {} : { openSections }),
        lang,
      });
      assert.equal(written[index], expected, `${lang} ${region} h${headingLevel} "${openSections}" differs`);
    });
  });

  it("a feed's plain copy is the one renderPlainCopy writes", () => {
    const cases = ['GB', 'MX', 'JP', 'auto', ''].flatMap((region) =>
      ['en', 'es', 'fr'].map((lang) => ({ region, lang })),
    );
    const { written, said } = php(cases.map((options) => ({ plain: true, options })));
    assert.equal(said, '');
    cases.forEach(({ region, lang }, index) =>
      assert.equal(written[index], renderPlainCopy({ ...(region ? { region } : {}), lang })),
    );
  });

  it("reads an author's spelling as the card does: uk, gb, es-MX, a level as text, sections in capitals", () => {
    const { written, said } = php([
      { plain: false, options: { region: ' uk ', lang: 'es-MX', headingLevel: '3', openSections: ' Heavy-Days  ' } },
      { plain: false, options: { region: 'AUTO', lang: 'FR' } },
    ]);
    assert.equal(said, '');
    assert.equal(written[0], renderCard({ region: 'GB', headingLevel: 3, openSections: 'heavy-days', lang: 'es' }));
    assert.equal(written[1], renderCard({ region: 'auto', lang: 'fr' }));
  });

  it("gives the card's defaults for values it cannot show, and says nothing in PHP", () => {
    const bad = [
      { region: 'XX', lang: 'de', headingLevel: 9, openSections: 'all none' },
      { region: '"><script>alert(1)</script>', lang: '<b>', headingLevel: '2; drop', openSections: 'bogus' },
      { region: ['GB'], lang: { en: true }, headingLevel: null, openSections: 42 },
      { region: 'javascript:alert(1)', headingLevel: 0, openSections: '' },
      {},
    ];
    const { written, said } = php(bad.map((options) => ({ plain: false, options })));
    assert.equal(said, '');
    for (const text of written) assert.equal(text, renderCard({}));
  });
});

describe("the WordPress plugin's PHP", () => {
  it('lints clean with php -l, every file of the sources and of the built plugin', () => {
    const phpFiles = (folder) =>
      readdirSync(folder, { withFileTypes: true })
        .filter((entry) => entry.name !== 'node_modules')
        .flatMap((entry) => {
          const path = join(folder, entry.name);
          return entry.isDirectory() ? phpFiles(path) : path.endsWith('.php') ? [path] : [];
        });
    const files = [...phpFiles('wordpress'), ...phpFiles(plugin)];
    assert.ok(files.length >= 5, `only ${files.length} PHP files found`);
    for (const file of files) assert.match(execFileSync('php', ['-l', file], { encoding: 'utf8' }), /No syntax errors/);
  });
});
