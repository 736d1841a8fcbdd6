// What the content script refuses to ship: a sheet whose lines a reader must never be shown, or
// hours the card cannot say in every language.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { sprungTraps } from '../../scripts/content-traps.mjs';
import { helpLinesModule, nameLanguage } from '../../scripts/content.mjs';
import { parseHours } from '../../src/model/hours.js';

const EU_MEMBERS = 'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' ');
const sheet = () => JSON.parse(readFileSync('content/help-resources.json', 'utf8'));
const line = (s, name) => s.resources.find((resource) => resource.name === name);

describe("the sheet's doNotUse list", () => {
  it('is kept by the sheet in the repository', () => {
    assert.deepEqual(sprungTraps(sheet(), EU_MEMBERS), []);
  });

  it('fails when a reader would be shown an old number', () => {
    const s = sheet();
    line(s, 'Linka první psychické pomoci').phone = '284 016 666';
    line(s, 'Talian HEAL 15555').description.es = 'Línea gratuita, las 24 horas.';
    assert.deepEqual(sprungTraps(s, EU_MEMBERS), [
      'Talian HEAL 15555 says "Línea gratuita, las 24 horas.", against "Talian HEAL 15555 (Malaysia) described as free or 24/7…"',
      `CZ shows 284016666, against "Prague's Bohnice Linka důvěry 284 016 666…"`,
    ]);
  });

  it("fails when a police number becomes a region's ambulance", () => {
    const s = sheet();
    s.emergencyNumbers.LB = '112';
    s.emergencyNumbers.TT = '999';
    assert.deepEqual(sprungTraps(s, EU_MEMBERS), [
      `LB's emergency number is 112, against "112 as Lebanon's ambulance number…"`,
      `TT's emergency number is 999, against "999 as the ambulance number for Trinidad and Tobago…"`,
    ]);
  });

  it('fails when 116 123 would reach an EU member that has not switched it on', () => {
    const s = sheet();
    s.resources.push({ name: 'EU line', regions: [], phone: '116 123', description: { en: '', es: '', fr: '' } });
    assert.match(sprungTraps(s, EU_MEMBERS).join('\n'), /EU shows 116123/);
  });

  it('fails on an entry it has no trap for, so that a new one is written down first', () => {
    const s = sheet();
    s.doNotUse.push('0123 for Atlantis');
    assert.deepEqual(sprungTraps(s, EU_MEMBERS), [
      'doNotUse entry "0123 for Atlantis" has no trap in scripts/content-traps.mjs',
    ]);
  });
});

describe("the sheet's hours", () => {
  it('reads every form the sheet writes', () => {
    for (const { name, hours } of sheet().resources) {
      if (hours !== undefined) assert.ok(parseHours(hours), `${name}: ${hours}`);
    }
  });

  it('reads days, two spans, past midnight and holidays into parts', () => {
    assert.equal(parseHours('24/7'), 'always');
    assert.deepEqual(parseHours('08:30–05:30 daily'), {
      spans: [{ times: '08:30–05:30', days: 'daily' }],
      exceptHolidays: false,
    });
    assert.deepEqual(parseHours('14:00–22:00 Mon–Fri; 09:00–16:00 Sat'), {
      spans: [
        { times: '14:00–22:00', days: [0, 4] },
        { times: '09:00–16:00', days: 5 },
      ],
      exceptHolidays: false,
    });
    assert.deepEqual(parseHours('24 hours Mon–Fri, except public holidays'), {
      spans: [{ times: null, days: [0, 4] }],
      exceptHolidays: true,
    });
    assert.deepEqual(parseHours('08:00–20:00'), {
      spans: [{ times: '08:00–20:00', days: null }],
      exceptHolidays: false,
    });
  });

  it('stop the content script, naming the line, where a form cannot be said', () => {
    const s = sheet();
    line(s, 'Línea Aquí Estoy').hours = '14:00–22:00 weekdays';
    assert.throws(
      () => helpLinesModule(s),
      /"Línea Aquí Estoy" has hours "14:00–22:00 weekdays", a form the card cannot say in every language/,
    );
  });

  it('reads nothing it could only show half-translated', () => {
    for (const hours of ['9am–5pm', '24/7 except Christmas', '14:00–22:00 weekdays', '25:00–26:00 daily', '']) {
      assert.equal(parseHours(hours), undefined, hours);
    }
  });
});

describe('names in another script', () => {
  it("carry the service's language in that script, with its region", () => {
    const s = sheet();
    assert.equal(nameLanguage(line(s, '1925 安心專線')), 'zh-TW');
    assert.equal(nameLanguage(line(s, 'よりそいホットライン')), 'ja-JP');
    assert.equal(nameLanguage(line(s, 'Samaritans')), undefined);
  });

  it('are refused when none of the languages is written in that script', () => {
    assert.throws(
      () => nameLanguage({ name: 'Λέξη', regions: ['GR'], languages: ['en'] }),
      /"Λέξη" is written in a script that none of its languages uses/,
    );
  });
});
