import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { AskForHelpCard } from '../src/index.js';
import { withWarnings } from './support/helpers.js';
import { resourceNames } from './support/queries.js';
import { dialable, httpHref, mailtoHref, smsHref, telHref } from '../src/model/links.js';
import { checkConfiguration } from '../src/model/configuration.js';
import { checkResources, MAX_RESOURCES } from '../src/model/resources.js';
import { MalformedJson, MAX_TEXT_LENGTH } from '../src/model/untrusted.js';
import { checkHeadingLevel, checkOpenSections, checkRegion, checkScheme } from '../src/model/options.js';

describe('links a phone can follow', () => {
  it('dials a number as digits, keeping a written leading +', () => {
    expect(telHref('988')).to.equal('tel:988');
    expect(telHref('1-800-668-6868')).to.equal('tel:18006686868');
    expect(telHref('+44 116 123')).to.equal('tel:+44116123');
    expect(telHref('(13) 11.14')).to.equal('tel:131114');
  });

  it("keeps the keypad's * and #, so that Chile's *4141 dials *4141", () => {
    expect(telHref('*4141')).to.equal('tel:*4141');
    expect(telHref('*555 #1')).to.equal('tel:*555%231');
    expect(smsHref('*4141')).to.equal('sms:*4141');
    for (const bad of ['*', '#', '*#', '4141, press 5']) expect(telHref(bad), bad).to.equal(undefined);
  });

  it('refuses anything that is not a phone number', () => {
    for (const bad of ['', 'call us', '988; javascript:alert(1)', '++1 234', '1+2', '---']) {
      expect(telHref(bad), bad).to.equal(undefined);
      expect(dialable(bad), bad).to.equal(undefined);
    }
  });

  it('prefills a text with its keyword in the form Android and iOS both read', () => {
    expect(smsHref('741741', 'HOME')).to.equal('sms:741741?&body=HOME');
    expect(smsHref('0477 13 11 14')).to.equal('sms:0477131114');
    expect(smsHref('85258', 'a&b=c d')).to.equal('sms:85258?&body=a%26b%3Dc%20d');
  });

  it('leaves the number out for the reader to choose, when there is none', () => {
    expect(smsHref('', 'Could we talk?')).to.equal('sms:?&body=Could%20we%20talk%3F');
  });

  it('encodes half an emoji as a replacement character instead of throwing', () => {
    expect(smsHref('1', 'hi \ud83d')).to.equal('sms:1?&body=hi%20%EF%BF%BD');
    expect(smsHref('1', '\udc00\ud83d\ude00')).to.equal('sms:1?&body=%EF%BF%BD%F0%9F%98%80');
  });

  it('writes to exactly one address and never adds headers', () => {
    expect(mailtoHref('help@example.org')).to.equal('mailto:help@example.org');
    for (const bad of [
      'help@example.org?bcc=all@example.org',
      'help@example.org&cc=x@example.org',
      'help@example.org\r\nBcc: x@example.org',
      'help@example.org%0ABcc:x@example.org',
      'a@example.org,b@example.org',
      'not an address',
      'javascript:alert(1)//@example.org',
    ]) {
      expect(mailtoHref(bad), bad).to.equal(undefined);
    }
  });

  it('links only to absolute http and https addresses', () => {
    expect(httpHref('https://988lifeline.org')).to.equal('https://988lifeline.org/');
    expect(httpHref('HTTP://Example.org/a b')).to.equal('http://example.org/a%20b');
    for (const bad of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'blob:https://example.org/1',
      '//evil.example',
      '/relative/path',
      '',
    ]) {
      expect(httpHref(bad), JSON.stringify(bad)).to.equal(undefined);
    }
  });
});

describe('checking the resources a site gives', () => {
  it('keeps a good entry as it was written', () => {
    const entry = {
      name: 'Example Line',
      description: 'A listening service.',
      phone: '0800 123',
      sms: '123',
      smsBody: 'HELLO',
      url: 'https://example.org',
      chatUrl: 'https://example.org/chat',
      email: 'talk@example.org',
      hours: '24/7',
      regions: ['gb'],
      languages: ['en', 'cy'],
    };
    const { resources, problems } = checkResources([entry]);
    expect(problems).to.deep.equal([]);
    expect(resources).to.deep.equal([{ ...entry, regions: ['GB'] }]);
  });

  it('says what was wrong with each field, by index, and keeps the rest of the entry', () => {
    const { resources, problems } = checkResources([
      { name: 'Good' },
      { name: 'Mixed', phone: 988, url: 'javascript:alert(1)', email: 'a@b.org?cc=c@d.org', colour: 'red' },
    ]);
    expect(resources).to.deep.equal([{ name: 'Good' }, { name: 'Mixed' }]);
    expect(problems).to.deep.equal([
      'resources[1].phone is a number, not a string; field dropped',
      'resources[1].url "javascript:alert(1)" is not an http(s) URL; link dropped',
      'resources[1].email "a@b.org?cc=c@d.org" is not a single email address; link dropped',
      'resources[1].colour is not a known field; ignored',
    ]);
  });

  it('drops entries that are not objects or have no usable name', () => {
    const { resources, problems } = checkResources([null, 'text', [], {}, { name: '  ' }, { name: 7 }]);
    expect(resources).to.deep.equal([]);
    expect(problems).to.deep.equal([
      'resources[0] is null, not an object; entry dropped',
      'resources[1] is "text", not an object; entry dropped',
      'resources[2] is an array, not an object; entry dropped',
      'resources[3].name is missing; entry dropped',
      'resources[4].name is empty or invisible; entry dropped',
      'resources[5].name is a number, not a string; entry dropped',
    ]);
  });

  it('refuses a list that is not a list, and JSON that is not JSON', () => {
    expect(checkResources({ name: 'x' }).problems).to.deep.equal(['resources is an object, not an array']);
    const malformed = checkConfiguration({ resources: new MalformedJson('Unexpected token') }, new Set(['resources']));
    expect(malformed.problems).to.deep.equal([
      'resources attribute is not valid JSON (Unexpected token)',
      'no usable resources; showing the default list',
    ]);
  });

  it('copies nothing from the prototype chain or a __proto__ key', () => {
    const hostile = JSON.parse(
      '{"name":"x","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}',
    );
    const { resources, problems } = checkResources([hostile]);
    expect(resources).to.deep.equal([{ name: 'x' }]);
    expect(Object.getPrototypeOf(resources[0])).to.equal(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(problems).to.deep.equal([
      'resources[0].__proto__ is not a known field; ignored',
      'resources[0].constructor is not a known field; ignored',
    ]);
  });

  it('costs a hostile entry only itself', () => {
    const throwing = Object.defineProperty({}, 'name', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    const { resources, problems } = checkResources([throwing, { name: 'Still here' }]);
    expect(resources).to.deep.equal([{ name: 'Still here' }]);
    expect(problems).to.deep.equal(['resources[0].name could not be read (boom); entry dropped']);
  });

  it('costs a field that cannot be read only that field', () => {
    const entry = Object.defineProperty({ name: 'Line', phone: '988' }, 'url', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    const { resources, problems } = checkResources([entry]);
    expect(resources).to.deep.equal([{ name: 'Line', phone: '988' }]);
    expect(problems).to.deep.equal(['resources[0].url could not be read (boom); field dropped']);
  });

  it('caps a huge list and a huge field instead of freezing', () => {
    const many = Array.from({ length: MAX_RESOURCES + 5 }, (_, i) => ({ name: `Line ${i}` }));
    const capped = checkResources(many);
    expect(capped.resources).to.have.length(MAX_RESOURCES);
    expect(capped.problems).to.deep.equal([
      `resources has ${MAX_RESOURCES + 5} entries; only the first ${MAX_RESOURCES} are shown`,
    ]);

    const long = checkResources([{ name: 'x'.repeat(100_000) }]);
    expect(long.resources[0].name).to.have.length(MAX_TEXT_LENGTH);
    expect(long.problems).to.deep.equal([`resources[0].name has 100000 characters; cut to ${MAX_TEXT_LENGTH}`]);
  });

  it('keeps only valid region codes and language tags', () => {
    const { resources, problems } = checkResources([
      { name: 'x', regions: ['US', 'USA', 5], languages: ['en', 'not a tag'] },
    ]);
    expect(resources[0]).to.deep.equal({ name: 'x', regions: ['US'], languages: ['en'] });
    expect(problems).to.deep.equal([
      'resources[0].regions[1] is "USA", not a region code; ignored',
      'resources[0].regions[2] is a number, not a region code; ignored',
      'resources[0].languages[1] is "not a tag", not a language tag; ignored',
    ]);
  });
});

describe("reading the card's attributes", () => {
  it('takes a heading level from 1 to 5 and reports anything else', () => {
    expect(checkHeadingLevel('3')).to.deep.equal({ value: 3 });
    expect(checkHeadingLevel('9').value).to.equal(2);
    expect(checkHeadingLevel('two').problem).to.equal('heading-level "two" is not a whole number from 1 to 5; using 2');
    expect(checkHeadingLevel(9).problem).to.equal('heading-level 9 is not a whole number from 1 to 5; using 2');
  });

  it('answers for values that cannot become text, without touching them', () => {
    const noText = { toString: [], valueOf: [] };
    expect(checkHeadingLevel(noText).problem).to.equal(
      'heading-level an object is not a whole number from 1 to 5; using 2',
    );
    expect(checkHeadingLevel(Symbol('3')).value).to.equal(2);
    expect(checkScheme(noText)).to.deep.equal({
      value: 'auto',
      problem: 'scheme an object is not auto, light or dark; using auto',
    });
    expect(checkRegion(10n, () => true).problem).to.equal(
      'region a bigint is not a two-letter region code or auto; showing worldwide help',
    );
    expect(checkOpenSections(noText, ['a'])).to.deep.equal({
      value: new Set(['a']),
      problem: 'open-sections is an object, not a string; opening the first section',
    });
  });

  it('opens the first section, all, none, or the ones named', () => {
    const ids = ['a', 'b', 'c'];
    expect([...checkOpenSections('first', ids).value]).to.deep.equal(['a']);
    expect([...checkOpenSections('all', ids).value]).to.deep.equal(ids);
    expect([...checkOpenSections('none', ids).value]).to.deep.equal([]);
    expect([...checkOpenSections('b, c', ids).value]).to.deep.equal(['b', 'c']);
    expect(checkOpenSections('b z', ids).problem).to.equal(
      'open-sections names "z", which is not a section (use first, all, none or a, b, c)',
    );
  });
});

describe("where a site's line says where it serves", () => {
  const ukLine = (regions: unknown) => ({ name: 'Harbour Samaritans', phone: '0800 000 0000', regions });

  for (const [written, regions] of [
    ['an alpha-3 code', ['GBR']],
    ['a code not in a list', 'GB'],
    ["a country's name", ['United Kingdom']],
    ['a list of nothing readable', ['??', 7]],
  ] as const) {
    it(`never shows a line whose places are ${written} to a reader elsewhere as theirs, and says why`, async () => {
      await withWarnings(async (warnings) => {
        const el = await fixture<AskForHelpCard>(
          html`<ask-for-help-card region="US" keep-defaults .resources=${[ukLine(regions)]}></ask-for-help-card>`,
        );
        expect(resourceNames(el).slice(0, 2)).to.deep.equal(['988 Suicide & Crisis Lifeline', 'Crisis Text Line']);
        expect(resourceNames(el)).not.to.include('Harbour Samaritans');
        expect(warnings.messages.join('\n')).to.contain(
          'resources[0] is for no region the card can read (regions must be ISO 3166-1 alpha-2 codes); entry dropped',
        );
      });
    });
  }

  it('reads a code with spaces around it, " GB ", as GB', async () => {
    const el = await fixture<AskForHelpCard>(
      html`<ask-for-help-card region="GB" keep-defaults .resources=${[ukLine([' GB '])]}></ask-for-help-card>`,
    );
    expect(resourceNames(el)[0]).to.equal('Harbour Samaritans');
  });

  it("drops a line whose places cannot even be read, rather than make it everyone's", () => {
    const line = {
      name: 'Unreadable',
      get regions(): string[] {
        throw new Error('no');
      },
    };
    const { resources, problems } = checkResources([line]);
    expect(resources).to.deep.equal([]);
    expect(problems).to.deep.equal(['resources[0].regions could not be read (no); entry dropped']);
  });

  it('shows a line for the whole EU to a reader in a member state, first, and not to a reader outside it', async () => {
    const euLine = [{ name: 'European Listening Line', phone: '116 123', regions: ['EU'] }];
    const germany = await fixture<AskForHelpCard>(
      html`<ask-for-help-card region="DE" keep-defaults .resources=${euLine}></ask-for-help-card>`,
    );
    expect(resourceNames(germany)[0]).to.equal('European Listening Line');
    const norway = await fixture<AskForHelpCard>(
      html`<ask-for-help-card region="NO" keep-defaults .resources=${euLine}></ask-for-help-card>`,
    );
    expect(resourceNames(norway)).not.to.include('European Listening Line');
  });
});
