/**
 * Property-based tests: thousands of generated `resources` configurations, good entries mixed
 * with hostile ones, each given to one card. After every update these invariants must hold:
 *
 *  1. Nothing is thrown: the update completes and no error reaches the page.
 *  2. No link outside http:, https:, tel:, sms: and mailto: is ever rendered.
 *  3. No element is created from a string: only the card's own elements exist, and none has an
 *     event-handler attribute.
 *  4. The essay is intact: 20 paragraphs, verbatim.
 *  5. Every good entry (an object with a non-empty string name) is shown, in order, named as
 *     given (cut to the documented length), up to the documented number; with none, the
 *     worldwide directories.
 *  6. Object.prototype is untouched.
 *  7. The console hears at most one warning per update.
 *  8. Addresses are never cut: no web address ends in the ellipsis that marks cut text.
 *  9. A link does what it shows: a call or text link dials exactly the digits its words show
 *     (less a trunk prefix "(0)" after a country code), at least one, and its words show one
 *     number (no dash with a space beside it parting two); no link's address holds an invisible or
 *     direction-changing character, a mailto: link has no fragment, and a web link no user part.
 *
 * Wrong types include values that break code which coerces or inspects them: symbols, BigInts,
 * objects whose `toString` is not a function or throws, and proxies whose traps throw. Entries
 * come as plain objects, class instances with getters, objects whose fields are inherited or
 * not enumerable, and objects whose getters answer differently each time they are read (the
 * card must read each field once: the name it shows is the first answer). Addresses come
 * around the length limit, so that a cut one would show. Numbers, keywords and addresses come
 * with bidi and zero-width controls in them, two numbers in one field (joined by a slash, a line
 * break or a spaced dash), trunk prefixes (spaced, or with nothing around them), `#` in an email
 * address and a user part in a web address; places as a site may misspell them ("GBR", "GB" alone,
 * a country's name), which drop the line rather than make it everyone's.
 *
 * A second property gives every other public property (region, heading level, open sections,
 * scheme, strings, reach-out message, keep-defaults, lang) generated values, good and hostile,
 * and holds invariants 1, 2, 3, 4, 6, 7, 8 and 9.
 *
 * The seed is logged; FAST_CHECK_SEED=<seed> npm test replays a run.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import fc from 'fast-check';
import '../src/index.js';
import type { AskForHelpCard } from '../src/index.js';
import { essay } from '../src/content/essay.js';
import { MAX_RESOURCES, MAX_URL_LENGTH } from '../src/model/resources.js';
import { MAX_TEXT_LENGTH } from '../src/model/untrusted.js';
import { en } from '../src/content/strings.js';
import { captureWarnings, view, withWarnings } from './support/helpers.js';

const RUNS = 1000;

const ALLOWED_ELEMENTS = new Set([
  'ARTICLE',
  'HEADER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'P',
  'A',
  'SECTION',
  'UL',
  'LI',
  'DIV',
  'SPAN',
  'DETAILS',
  'SUMMARY',
  'BUTTON',
  'SELECT',
  'OPTION',
  'LABEL',
  'BLOCKQUOTE',
]);
const SAFE_SCHEMES = new Set(['http:', 'https:', 'tel:', 'sms:', 'mailto:']);

const evilUrl = fc.constantFrom(
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\u0000script:alert(1)',
  '\u0001javascript:alert(1)',
  'javascript&colon;alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'DATA:text/html;base64,PHNjcmlwdD4=',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'blob:https://example.org/0a1b',
  '//evil.example/x',
  '\\\\evil.example\\x',
  'https:/\\evil.example',
  'tel:988',
  'mailto:a@example.org',
  'ftp://example.org',
  'http://',
  '',
);
const evilEmail = fc.constantFrom(
  'a@example.org?bcc=b@example.org',
  'a@example.org&cc=b@example.org',
  'a@example.org\r\nBcc: b@example.org',
  'a@example.org%0ABcc:b@example.org',
  'a@example.org,b@example.org',
  'javascript:alert(1)//@example.org',
  '<a@example.org>',
);
const controlCharacter = fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code));
const bidiOverride = fc.constantFrom(
  '\u202a',
  '\u202b',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200f',
);
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
const markup = fc.constantFrom(
  '<img src=x onerror="window.pwned=1">',
  '<script>window.pwned=1</script>',
  '"><svg onload="window.pwned=1">',
  '${window.pwned=1}',
  '{{constructor.constructor("window.pwned=1")()}}',
  '<!--',
  ']]>',
  '&lt;b&gt;',
);
const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: fc.oneof(controlCharacter, bidiOverride, loneSurrogate, fc.constant('a')), maxLength: 20 }),
  markup,
  fc.constantFrom('', ' ', '\u00a0'),
  fc.constant('x'.repeat(100_000)),
);
/**
 * A proxy on which every trap throws (reading, listing, asking for the prototype), except
 * symbol-keyed `in` and reads: fast-check probes values that way, and they describe the proxy in
 * a counterexample.
 */
function hostileProxy<T extends object>(target: T, description: string): T {
  const hostileTrap = (): never => {
    throw new Error('hostile trap');
  };
  const traps: ProxyHandler<T> = new Proxy(
    {},
    {
      get: (_, trap) => {
        if (trap === 'has')
          return (on: T, key: PropertyKey) => (typeof key === 'symbol' ? Reflect.has(on, key) : hostileTrap());
        if (trap === 'get')
          return (on: T, key: PropertyKey) => (typeof key === 'symbol' ? Reflect.get(on, key) : hostileTrap());
        return hostileTrap;
      },
    },
  );
  return new Proxy(Object.assign(target, { [fc.toStringMethod]: () => description }), traps);
}
/** Values that break code which coerces or inspects what it was given. */
const booby = fc.constantFrom<unknown>(
  { toString: [] },
  { toString: [], valueOf: [] },
  {
    toString() {
      throw new Error('hostile toString');
    },
  },
  Object.create(null),
  Symbol('hostile'),
  10n,
  hostileProxy({}, 'an object proxy whose traps throw'),
  hostileProxy([], 'an array proxy whose traps throw'),
  Object.defineProperty({}, 'name', {
    enumerable: true,
    get() {
      throw new Error('hostile getter');
    },
  }),
);
const wrongType = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.anything({ maxDepth: 1 }), { maxLength: 3 }),
  fc.object({ maxDepth: 1 }),
  booby,
);
const anyText = fc.oneof(hostileText, wrongType);
/** Whether text shows something a reader could read: not only spaces and invisible characters. */
const readable = (text: string) => /[^\p{White_Space}\p{Cf}\u115f\u1160\u3164\uffa0\u2800]/u.test(text);
const goodName = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).filter(readable);

/** Characters that reorder or join text unseen, slipped into numbers, keywords and addresses. */
const invisible = fc.constantFrom('\u202e', '\u2066', '\u200b', '\u200d', '\u200f', '\ufeff', '\u2060');
const slipIn = (text: string, character: string, at: number) =>
  text.slice(0, at % (text.length + 1)) + character + text.slice(at % (text.length + 1));
/** Numbers that are not one number a phone could dial as written. */
const trickyPhone = fc.oneof(
  fc.constantFrom(
    '116 123 / 999',
    '116 123\u2028999',
    '116 123\u3000999',
    '116 123  999',
    '0800 111 0 111 - 0800 111 0 222',
    '116 123 - 116 111',
    '116 123 -116 111',
    '+44 (0)20 7946 0958',
    '+44 ( 0 ) 20 7946 0958',
    '+(0)',
    '+1 (0)',
  ),
  fc
    .tuple(fc.stringMatching(/^\d{3,8}$/), invisible, fc.nat())
    .map(([number, character, at]) => slipIn(number, character, at)),
);
/** Addresses that look like one place and lead, or write, to another. */
const trickyAddress = fc.constantFrom(
  'https://realsite.org@evil.example/',
  'https://user:pass@example.org/',
  'https://exa\u200bmple.org/',
  'https://example.org/\u202ehelp',
);
const trickyEmail = fc.constantFrom(
  'help#desk@example.org',
  'help\uff20example.org',
  'help\uff20evil.example@example.org',
  'he\u202elp@example.org',
);

/** Web addresses just under, at and just over the length a link may have. */
const urlNearLimit = fc
  .integer({ min: MAX_URL_LENGTH - 30, max: MAX_URL_LENGTH + 30 })
  .map((length) => `https://example.org/help?q=${'x'.repeat(length - 'https://example.org/help?q='.length)}`);

const goodEntry = fc.record(
  {
    name: fc.oneof(goodName, markup),
    description: fc.string({ unit: 'grapheme', maxLength: 80 }),
    phone: fc.stringMatching(/^\+?\d{1,3}( \d{2,4}){1,3}$/),
    sms: fc.stringMatching(/^\d{3,6}$/),
    smsBody: fc.oneof(fc.stringMatching(/^[A-Z]{2,8}$/), hostileText),
    // A site's own address may end in an encoded ellipsis; invariant 8 reads that as a cut one.
    url: fc.oneof(
      fc.webUrl().filter((url) => !url.endsWith('%E2%80%A6')),
      urlNearLimit,
    ),
    chatUrl: fc.webUrl().filter((url) => !url.endsWith('%E2%80%A6')),
    email: fc.emailAddress(),
    hours: fc.constantFrom('24/7', 'Evenings', 'Mon–Fri 9–5'),
    regions: fc.array(fc.constantFrom('US', 'GB', 'au'), { maxLength: 2 }),
    languages: fc.array(fc.constantFrom('en', 'es', 'fr-CA'), { maxLength: 2 }),
  },
  { requiredKeys: ['name'] },
);

const hostileEntry = fc.record(
  {
    name: fc.oneof(goodName, anyText, fc.constantFrom('\u200b\u200b', '\u2066\u2069', '\u3164')),
    description: anyText,
    phone: fc.oneof(anyText, trickyPhone, fc.constantFrom('988; javascript:alert(1)', '+-+', '١٢٣')),
    sms: fc.oneof(anyText, trickyPhone),
    smsBody: fc.oneof(
      anyText,
      fc.tuple(fc.stringMatching(/^[A-Z]{2,8}$/), invisible, fc.nat()).map(([word, c, at]) => slipIn(word, c, at)),
    ),
    url: fc.oneof(evilUrl, anyText, trickyAddress),
    chatUrl: fc.oneof(evilUrl, anyText, trickyAddress),
    email: fc.oneof(evilEmail, anyText, trickyEmail),
    hours: anyText,
    regions: fc.oneof(
      anyText,
      fc.constantFrom('GB', ['GBR'], ['United Kingdom'], ['GB '], ['EU']),
      fc.array(fc.oneof(anyText, fc.constantFrom('USA', 'u$', 'GB')), { maxLength: 3 }),
    ),
    languages: fc.oneof(
      anyText,
      fc.array(fc.oneof(anyText, fc.constantFrom('not a tag', 'en-GB', 'x-')), { maxLength: 3 }),
    ),
    colour: anyText,
  },
  { requiredKeys: [] },
);

const prototypeAttack = fc
  .constantFrom(
    () => JSON.parse('{"name":"Proto","__proto__":{"polluted":true}}'),
    () => JSON.parse('{"name":"Ctor","constructor":{"prototype":{"polluted":true}}}'),
    () => JSON.parse('{"__proto__":{"name":"Inherited"}}'),
  )
  .map((make) => make());

/** Where an entry with a shifting name keeps the answer a reader gets first. */
const FIRST_NAME = Symbol('first name');
/** Makes a shifting name answer as if never read: fast-check may hand the same entry over twice. */
const UNREAD = Symbol('unread');

/** The same fields, as some other kind of object than a plain one. */
const otherKindOfObject = fc
  .tuple(fc.oneof(goodEntry, hostileEntry), fc.constantFrom('class', 'inherited', 'hidden'))
  .map(([fields, kind]) => {
    if (kind === 'inherited') return Object.create(fields);
    if (kind === 'hidden') {
      const hidden = {};
      for (const [key, value] of Object.entries(fields))
        Object.defineProperty(hidden, key, { value, enumerable: false });
      return hidden;
    }
    class Line {}
    for (const [key, value] of Object.entries(fields)) Object.defineProperty(Line.prototype, key, { get: () => value });
    return new Line();
  });

/** An entry whose name answers one thing when first read, and something else after. */
const shiftingName = fc.tuple(goodEntry, fc.oneof(goodName, anyText)).map(([fields, later]) => {
  let reads = 0;
  const first = fields.name;
  const entry: Record<PropertyKey, unknown> = { ...fields, [FIRST_NAME]: first, [UNREAD]: () => (reads = 0) };
  return Object.defineProperty(entry, 'name', { enumerable: true, get: () => (reads++ === 0 ? first : later) });
});

const entry = fc.oneof(
  { arbitrary: goodEntry, weight: 4 },
  { arbitrary: hostileEntry, weight: 4 },
  { arbitrary: otherKindOfObject, weight: 2 },
  { arbitrary: shiftingName, weight: 1 },
  { arbitrary: prototypeAttack, weight: 1 },
  { arbitrary: fc.anything({ maxDepth: 1 }), weight: 1 },
);
const configuration = fc.oneof(
  { arbitrary: fc.array(entry, { maxLength: 8 }), weight: 9 },
  { arbitrary: fc.anything({ maxDepth: 2 }), weight: 1 },
  { arbitrary: booby, weight: 1 },
);

const WORLDWIDE_NAMES = ['Find A Helpline', 'Befrienders Worldwide'];

/** The names invariant 5 expects to see for a configuration. */
function expectedNames(config: unknown): string[] {
  let names: string[];
  try {
    if (!Array.isArray(config)) return WORLDWIDE_NAMES;
    names = config.slice(0, MAX_RESOURCES).flatMap((item: unknown) => {
      const name = readableName(item);
      return name === undefined || !readablePlaces(item as object)
        ? []
        : [name.length > MAX_TEXT_LENGTH ? `${name.slice(0, MAX_TEXT_LENGTH - 1)}…` : name];
    });
  } catch {
    return WORLDWIDE_NAMES; // a list that cannot be read is no list
  }
  return names.length ? names : WORLDWIDE_NAMES;
}

/**
 * An entry's usable name, or nothing when the entry has none or its name cannot be read: the
 * first answer of a name that shifts, and an inherited or hidden name as any reader reads it.
 */
function forgetReads(config: unknown): void {
  try {
    if (Array.isArray(config))
      for (const item of config) (item as Record<PropertyKey, () => void> | null)?.[UNREAD]?.();
  } catch {
    // A hostile list has no shifting names of ours.
  }
}

function readableName(item: unknown): string | undefined {
  try {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return undefined;
    const name = FIRST_NAME in item ? item[FIRST_NAME] : (item as { name?: unknown }).name;
    return typeof name === 'string' && readable(name) ? name : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether an entry's places can be read: none given, an empty list (anywhere), or a list with a
 * two-letter code. Places given that cannot be read drop the entry: it would be everyone's.
 */
function readablePlaces(item: object): boolean {
  try {
    const regions = (item as { regions?: unknown }).regions;
    if (regions === undefined) return true;
    return (
      Array.isArray(regions) &&
      (regions.length === 0 ||
        regions.slice(0, MAX_RESOURCES).some((code) => typeof code === 'string' && /^\s*[A-Za-z]{2}\s*$/.test(code)))
    );
  } catch {
    return false;
  }
}

const HIDDEN = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;

/** Invariants 2, 3, 8 and 9 on what the card rendered. */
function expectSafeLinksAndElements(root: ShadowRoot): void {
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    const href = link.getAttribute('href')!;
    expect(SAFE_SCHEMES.has(new URL(link.href).protocol), href).to.equal(true); // 2
    if (link.protocol.startsWith('http'))
      expect(href.endsWith('%E2%80%A6'), `${href.slice(0, 60)}… is cut`).to.equal(false); // 8
    // 9: the address holds nothing unseen; a call or text dials the digits its words show.
    let decoded = href;
    try {
      decoded = decodeURIComponent(href);
    } catch {
      // Not percent-encoded text: read as it is.
    }
    // The reach-out message is the site's own sentence, sent as it is shown above the link.
    // A web address is shown (in print) as it is linked, encoded characters and all.
    if (!link.matches('[part~="action-reach-out"]'))
      expect(
        HIDDEN.test(link.protocol.startsWith('http') ? href : decoded),
        `${href.slice(0, 60)} holds an unseen character`,
      ).to.equal(false);
    if (link.protocol === 'mailto:') expect(href.includes('#'), href).to.equal(false);
    if (link.protocol.startsWith('http')) expect(new URL(href).username, href).to.equal('');
    if (/\baction-(call|text)\b/.test(link.getAttribute('part') ?? '')) {
      // The number ends the words ("Call {phone}", "Text {keyword} to {sms}"), as a person dials it.
      const label = link.textContent ?? '';
      const written = label.includes('+') ? label.replace(/\(\s*0\s*\)/g, '') : label;
      const dialled = decoded.replace(/^(tel|sms):/, '').replace(/\?[\s\S]*$/, '');
      expect(dialled, label).to.match(/\d/);
      expect(written.replace(/[^\d*#+]/g, ''), label).to.match(new RegExp(`${dialled.replace(/[*+]/g, '\\$&')}$`));
      // …and the words show one number: no dash with a space beside it parts two.
      const shownNumber = /[\d*#+(][\d*#+()\s.-]*$/.exec(label)?.[0] ?? '';
      expect(shownNumber, label).not.to.match(/\s-|-\s/);
    }
  }
  for (const element of root.querySelectorAll('*')) {
    if (element.localName === 'style') continue;
    expect(ALLOWED_ELEMENTS.has(element.tagName), element.tagName).to.equal(true); // 3
    expect(
      [...element.attributes].some((attribute) => attribute.name.startsWith('on')),
      element.outerHTML.slice(0, 80),
    ).to.equal(false);
  }
  expect((window as unknown as { pwned?: number }).pwned).to.equal(undefined);
}

/** Collects what reaches the page as an error (invariant 1) until `stop()`. */
function listenForPageErrors(): { errors: unknown[]; stop: () => void } {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent | PromiseRejectionEvent) =>
    errors.push('error' in event ? event.error : event.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onError);
  return {
    errors,
    stop: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
    },
  };
}

describe('hostile resources, generated', () => {
  it(`keeps every invariant over ${RUNS} generated configurations`, async function () {
    this.timeout(240_000);
    const { seed } = await executeServerCommand<{ seed: number }, undefined>('fast-check-seed');
    console.log(`fast-check seed: ${seed} (replay with FAST_CHECK_SEED=${seed})`);

    const el = await fixture<AskForHelpCard>(html`<ask-for-help-card open-sections="all"></ask-for-help-card>`);
    const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();
    const pageErrors = listenForPageErrors();
    const warnings = captureWarnings();

    try {
      await fc.assert(
        fc.asyncProperty(configuration, async (config) => {
          warnings.messages.length = 0;
          forgetReads(config);
          el.resources = config as never;
          await el.updateComplete; // 1: rejects if the update threw
          expect(pageErrors.errors, 'errors on the page').to.deep.equal([]);

          const root = view(el);
          expectSafeLinksAndElements(root); // 2, 3, 8
          expect([...root.querySelectorAll('.section-content p')].map((p) => p.textContent)).to.deep.equal([
            ...essay.paragraphs,
          ]); // 4
          expect([...root.querySelectorAll('.resource-name')].map((name) => name.textContent)).to.deep.equal(
            expectedNames(config),
          ); // 5
          expect(Object.getOwnPropertyNames(Object.prototype).sort()).to.deep.equal(prototypeKeys); // 6
          expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
          expect(warnings.messages.length, 'warnings for one update').to.be.at.most(1); // 7
        }),
        { numRuns: RUNS, seed },
      );
    } finally {
      warnings.restore();
      pageErrors.stop();
    }
  });
});

const OTHER_RUNS = 300;
const stringKeys = Object.keys(en);
const otherProperties = fc.record(
  {
    region: fc.oneof(fc.constantFrom('US', 'gb', 'AU', 'auto', 'EU', 'DE', 'XX', ''), anyText),
    headingLevel: fc.oneof(fc.integer({ min: -2, max: 9 }), anyText),
    openSections: fc.oneof(fc.constantFrom('first', 'all', 'none', 'strength a-promise', 'x,y'), anyText),
    scheme: fc.oneof(fc.constantFrom('auto', 'light', 'dark'), anyText),
    strings: fc.oneof(
      fc.dictionary(fc.oneof(fc.constantFrom(...stringKeys), fc.string()), anyText, { maxKeys: 4 }),
      anyText,
    ),
    reachOutMessage: anyText,
    keepDefaults: fc.anything({ maxDepth: 0 }),
    lang: fc.oneof(fc.constantFrom('en', 'es', 'fr-CA', 'de', 'ar'), fc.string({ unit: 'binary', maxLength: 12 })),
  },
  { requiredKeys: [] },
);

describe('hostile attributes and properties, generated', () => {
  it(`keeps working over ${OTHER_RUNS} generated settings`, async function () {
    this.timeout(240_000);
    const { seed } = await executeServerCommand<{ seed: number }, undefined>('fast-check-seed');
    const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();
    const pageErrors = listenForPageErrors();
    const warnings = captureWarnings();
    try {
      await fc.assert(
        fc.asyncProperty(otherProperties, async ({ lang, ...settings }) => {
          // A fresh card each time, set up before it renders: one update, one warning at most.
          const el = document.createElement('ask-for-help-card');
          if (lang !== undefined) el.setAttribute('lang', lang);
          Object.assign(el, settings);
          warnings.messages.length = 0;
          await fixture(el);
          await el.updateComplete; // 1
          expect(pageErrors.errors, 'errors on the page').to.deep.equal([]);
          const root = view(el);
          expectSafeLinksAndElements(root); // 2, 3, 8
          expect([...root.querySelectorAll('.section-content p')].map((p) => p.textContent)).to.deep.equal([
            ...essay.paragraphs,
          ]);
          expect(root.querySelectorAll('.resource').length).to.be.greaterThan(0);
          expect(Object.getOwnPropertyNames(Object.prototype).sort()).to.deep.equal(prototypeKeys);
          expect(warnings.messages.length, 'warnings for one update').to.be.at.most(1);
        }),
        { numRuns: OTHER_RUNS, seed },
      );
    } finally {
      warnings.restore();
      pageErrors.stop();
    }
  });
});

describe('regressions found by the generated tests', () => {
  // A revoked proxy throws on every touch, even fast-check's own probe, so it is tested here.
  it('drops an entry that is a revoked proxy and keeps the rest', async () => {
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    await withWarnings(async (warnings) => {
      const el = document.createElement('ask-for-help-card');
      Object.assign(el, { resources: [{ name: 'Line' }, revoked.proxy], strings: revoked.proxy });
      await fixture(el);
      expect([...view(el).querySelectorAll('.resource-name')].map((name) => name.textContent)).to.deep.equal(['Line']);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.match(
        /^<ask-for-help-card>: 2 problems with its configuration:\n {2}resources\[1\]\.name could not be read \(.*revoked.*\); entry dropped\n {2}strings could not be read \(.*revoked.*\); ignored$/,
      );
    });
  });

  it('keeps working when settings are values that cannot be turned into text', async () => {
    await withWarnings(async (warnings) => {
      const el = document.createElement('ask-for-help-card');
      Object.assign(el, {
        scheme: { toString: [] },
        headingLevel: Symbol('level'),
        strings: hostileProxy({}, 'strings'),
        resources: hostileProxy([], 'resources'),
      });
      await fixture(el);
      expect([...view(el).querySelectorAll('.section-content p')].map((p) => p.textContent)).to.deep.equal([
        ...essay.paragraphs,
      ]);
      expect([...view(el).querySelectorAll('.resource-name')].map((name) => name.textContent)).to.deep.equal(
        WORLDWIDE_NAMES,
      );
      expect(view(el).querySelector('h2')).to.exist;
      expect(el.getAttribute('scheme')).to.equal('auto');
      expect(warnings.messages).to.deep.equal([
        [
          '<ask-for-help-card>: 5 problems with its configuration:',
          '  resources could not be read (hostile trap)',
          '  no usable resources; showing the default list',
          '  strings could not be read (hostile trap); ignored',
          '  heading-level a symbol is not a whole number from 1 to 5; using 2',
          '  scheme an object is not auto, light or dark; using auto',
        ].join('\n'),
      ]);
    });
  });

  it('keeps working when the reach-out message or a keyword holds half an emoji', async () => {
    const el = await fixture<AskForHelpCard>(
      html`<ask-for-help-card
        .reachOutMessage=${'\ud800'}
        .resources=${[{ name: 'Line', sms: '123', smsBody: 'A\udfff' }]}
      ></ask-for-help-card>`,
    );
    expect(view(el).querySelector('[part~="action-reach-out"]')!.getAttribute('href')).to.equal('sms:?&body=%EF%BF%BD');
    expect(view(el).querySelector('[part~="action-text"]')!.getAttribute('href')).to.equal('sms:123?&body=A%EF%BF%BD');
  });
});

describe('limits instead of freezes', () => {
  async function cardWith(resources: unknown) {
    const { messages, result: el } = await withWarnings(() =>
      fixture<AskForHelpCard>(html`<ask-for-help-card .resources=${resources as never}></ask-for-help-card>`),
    );
    return { el, messages };
  }

  it(`shows the first ${MAX_RESOURCES} of 5,000 entries and says so in one warning`, async () => {
    const { el, messages } = await cardWith(
      Array.from({ length: 5000 }, (_, i) => ({ name: `Line ${i}`, phone: '1', url: 'javascript:1' })),
    );
    expect(view(el).querySelectorAll('.resource')).to.have.length(MAX_RESOURCES);
    expect(messages).to.have.length(1);
    expect(messages[0]).to.contain(`resources has 5000 entries; only the first ${MAX_RESOURCES} are shown`);
    expect(messages[0].split('\n').length, 'lines in the warning').to.be.at.most(12);
  });

  it(`cuts a 100,000-character name to ${MAX_TEXT_LENGTH} characters, and says so`, async () => {
    const { el, messages } = await cardWith([{ name: 'x'.repeat(100_000) }]);
    expect(view(el).querySelector('.resource-name')!.textContent).to.have.length(MAX_TEXT_LENGTH);
    expect(messages).to.deep.equal([
      `<ask-for-help-card>: resources[0].name has 100000 characters; cut to ${MAX_TEXT_LENGTH}`,
    ]);
  });
});
