// The sheet's `doNotUse` list names things that look right and are not: an old number, a
// renumbering not yet live, a police number taken for an ambulance. Each entry is prose; TRAPS says
// what it forbids in a form a script can look for in what the card shows, and the content check
// fails when any of it appears there, or when an entry has no trap (so that a trap added upstream is
// written down here before the sheet ships).

/**
 * Each trap names the start of its `doNotUse` entry and what it forbids:
 * - `numbers`: numbers (as dialled: digits, `*`, `#`, `+`) never shown to a reader in a region,
 *   as a service's call or text or as the emergency number; `EU` stands for any EU member state
 *   that has no line of its own, `*` for every region;
 * - `prefixes`: the starts of numbers (as dialled) never shown to a reader in a region, in the
 *   same places as `numbers` (an old trunk prefix that no longer connects);
 * - `emergency`: the emergency number a region must not be given;
 * - `described`: a service whose hours and descriptions, in every language, must not say it;
 * - `words`: what no name or description says, in any language.
 */
export const TRAPS = [
  { entry: '116 123 as an EU-wide default', numbers: { EU: ['116123'] } },
  { entry: "988 'Press 3' LGBTQ+ youth option", words: [/press(ing)? 3\b/i, /marca(r)? 3\b/i, /tapez 3\b/i] },
  { entry: 'abbreviations of service names', words: [/suicide hotline/i] },
  { entry: '1393 for Korea', numbers: { KR: ['1393'] } },
  { entry: 'SOS Voz Amiga (Portugal) described as 24/7', described: { 'SOS Voz Amiga': [/24\s*\/\s*7|24 h/i] } },
  { entry: '135 as one national number for Argentina', numbers: { AR: ['135'] } },
  { entry: '800 70 2222 for Poland', numbers: { PL: ['800702222'] } },
  { entry: "India's KIRAN 1800-599-0019", numbers: { IN: ['18005990019'] } },
  { entry: "Colombia's 106 as a national line", numbers: { CO: ['106'] } },
  { entry: "SADAG's Suicide Crisis Helpline 0800 567 567", numbers: { ZA: ['0800567567'] } },
  { entry: "67222922 as Latvia's default", numbers: { LV: ['67222922'] } },
  { entry: '811 for the Dominican Republic', numbers: { DO: ['811'] } },
  { entry: "Richmond Foundation's 1770 (Malta)", numbers: { MT: ['1770'] } },
  { entry: '0800-788-995 for Taiwan', numbers: { TW: ['0800788995'] } },
  { entry: '888-429-KARE for Jamaica', numbers: { JM: ['8884295273'] } },
  { entry: '500-454 for Indonesia', numbers: { ID: ['500454'] } },
  { entry: "2272-3774 for Costa Rica's", numbers: { CR: ['22723774'] } },
  { entry: '1190 as the Kenya Red Cross', numbers: { KE: ['1190'] } },
  { entry: "112 as Serbia's emergency number", emergency: { RS: '112' } },
  { entry: "112 as Lebanon's ambulance number", emergency: { LB: '112' } },
  { entry: '999 as the ambulance number for Trinidad and Tobago', emergency: { TT: '999', AE: '999', JM: '119' } },
  {
    entry: 'Talian HEAL 15555 (Malaysia) described as free or 24/7',
    described: { 'Talian HEAL 15555': [/24\s*\/\s*7|\bfree\b|gratuit|gratis/i] },
  },
  {
    entry: "Estonia's 116 123 described as 24/7",
    described: { 'Emotsionaalse toe ja hingehoiu telefon': [/24\s*\/\s*7|24 h/i] },
  },
  { entry: "Uganda's 0800 212121", numbers: { '*': ['0800212121'] } },
  {
    entry: 'Numbers found only on progress.guide',
    numbers: { KE: ['1190'], TR: ['182'] },
    words: [/TU Teaching Hospital/i],
  },
  { entry: "Prague's Bohnice Linka důvěry 284 016 666", numbers: { CZ: ['284016666'] } },
  { entry: "1122 as Pakistan's national emergency number", numbers: { PK: ['1122'] }, emergency: { PK: '1122' } },
  { entry: "1202 for Israel's ERAN", numbers: { IL: ['1202'] } },
  { entry: "The '8 800' prefix for Lithuanian free numbers", prefixes: { LT: ['8800'] } },
  { entry: '1534 for Lifeline Fiji', numbers: { FJ: ['1534'] } },
  { entry: '112 as the emergency number of Bosnia and Herzegovina', emergency: { BA: '112' } },
  { entry: "190 as Gibraltar's ambulance number", emergency: { GI: '190' } },
  { entry: "112 as Vietnam's emergency number", emergency: { VN: '112' } },
  { entry: "112 as Tanzania's ambulance number", emergency: { TZ: '112' } },
  { entry: "911 as Paraguay's ambulance number", emergency: { PY: '911' } },
  { entry: "113 as Georgia's ambulance number", emergency: { GE: '113' } },
  { entry: "999 as Ghana's emergency number", emergency: { GH: '999' } },
  { entry: "02 2081 6831 as Egypt's mental health line", numbers: { EG: ['0220816831'] } },
  { entry: 'Sourire de Reda (Morocco) as a help line', words: [/Sourire de Reda/i] },
  { entry: "1122 or 15 as Pakistan's national ambulance number", numbers: { PK: ['1122', '15'] } },
];

/** A number as a phone dials it. */
const dialled = (number) => number.replace(/[^\d*#+]/g, '');

/** The emergency number a reader in `region` is given: its own, else the EU's for a member. */
function emergencyFor(sheet, region, euMembers) {
  return sheet.emergencyNumbers[region] ?? (euMembers.includes(region) ? sheet.emergencyNumbers.EU : undefined);
}

/** Every region the card may show, and `EU` for a member state with no line of its own. */
function everyRegion(sheet) {
  return [...new Set([...sheet.resources.flatMap((r) => r.regions), ...Object.keys(sheet.emergencyNumbers)])];
}

/**
 * What breaks a trap in `sheet`: one sentence each, naming the entry. Entries of `doNotUse` with
 * no trap are reported too.
 */
export function sprungTraps(sheet, euMembers) {
  const problems = [];
  for (const entry of sheet.doNotUse) {
    if (!TRAPS.some((trap) => entry.startsWith(trap.entry)))
      problems.push(`doNotUse entry "${entry}" has no trap in scripts/content-traps.mjs`);
  }
  const shownIn = (region) =>
    sheet.resources.filter((r) => r.regions.length === 0 || r.regions.includes(region) || region === '*');
  const said = (resource) => [resource.hours ?? '', ...Object.values(resource.description)];

  for (const trap of TRAPS) {
    const numbersShownIn = (place) => {
      const shown = shownIn(place).flatMap((r) => [r.phone, r.sms].filter(Boolean).map(dialled));
      const emergency = emergencyFor(sheet, place, euMembers);
      return emergency ? [...shown, dialled(emergency)] : shown;
    };
    const placesOf = (region) => (region === '*' ? everyRegion(sheet) : [region]);
    for (const [region, numbers] of Object.entries(trap.numbers ?? {})) {
      for (const place of placesOf(region)) {
        const shown = numbersShownIn(place);
        for (const number of numbers.filter((n) => shown.includes(n)))
          problems.push(`${place} shows ${number}, against "${trap.entry}…"`);
      }
    }
    for (const [region, prefixes] of Object.entries(trap.prefixes ?? {})) {
      for (const place of placesOf(region)) {
        for (const number of numbersShownIn(place).filter((n) => prefixes.some((prefix) => n.startsWith(prefix))))
          problems.push(`${place} shows ${number}, against "${trap.entry}…"`);
      }
    }
    for (const [region, number] of Object.entries(trap.emergency ?? {})) {
      if (dialled(emergencyFor(sheet, region, euMembers) ?? '') === number)
        problems.push(`${region}'s emergency number is ${number}, against "${trap.entry}…"`);
    }
    for (const [name, patterns] of Object.entries(trap.described ?? {})) {
      const resource = sheet.resources.find((r) => r.name === name);
      if (!resource) continue;
      for (const text of said(resource).filter((t) => patterns.some((pattern) => pattern.test(t))))
        problems.push(`${name} says "${text}", against "${trap.entry}…"`);
    }
    for (const resource of sheet.resources) {
      for (const text of [resource.name, ...said(resource)].filter((t) => trap.words?.some((w) => w.test(t))))
        problems.push(`${resource.name} says "${text}", against "${trap.entry}…"`);
    }
  }
  return problems;
}
