import { dialable, hasUserPart, httpHref, mailtoHref } from './links.js';
import { regionCode } from './regions.js';
import {
  checkText,
  HIDDEN_CONTROLS,
  isArray,
  isBlank,
  keyName,
  MAX_TEXT_LENGTH,
  preview,
  reasonOf,
} from './untrusted.js';

/** One place to get help: the public contract for the card's `resources`. */
export interface HelpResource {
  /** The service's exact name. Required. */
  name: string;
  /** What the service is, honestly, in a sentence. */
  description?: string;
  /** Shown as written; linked as `tel:` with a leading `+`, digits, `*` and `#` only. */
  phone?: string;
  /** Linked as `sms:`, with `smsBody` prefilled when given. */
  sms?: string;
  /** The keyword or message to prefill in a text. */
  smsBody?: string;
  /** The service's website: `http:` or `https:` only. */
  url?: string;
  /** Where to chat online: `http:` or `https:` only. */
  chatUrl?: string;
  /** One address, linked as `mailto:` with no way to add headers. */
  email?: string;
  /** Opening hours as a reader should read them, for example "24/7". */
  hours?: string;
  /**
   * ISO 3166-1 alpha-2 codes (`EU` for every member state); absent or empty means anywhere. A list
   * with no code the card can read drops the line: it is never shown as everyone's.
   */
  regions?: string[];
  /** BCP 47 language tags the service answers in. */
  languages?: string[];
}

/** The most resources a card renders; the rest are left out, with a warning. */
export const MAX_RESOURCES = 50;
/**
 * The longest web address a link is made from. A link is never cut (a cut address leads
 * somewhere else): a longer one is dropped whole, with a warning.
 */
export const MAX_URL_LENGTH = 2048;

/** What came of checking a site's resources: the ones safe to show, and what was wrong. */
export interface CheckedResources {
  resources: HelpResource[];
  problems: string[];
}

type TextField = 'name' | 'description' | 'phone' | 'sms' | 'smsBody' | 'url' | 'chatUrl' | 'email' | 'hours';
type ListField = 'regions' | 'languages';

/** Fields that become part of a link: never cut, only kept whole or dropped. */
const LINK_FIELDS: ReadonlySet<TextField> = new Set(['phone', 'sms', 'smsBody', 'url', 'chatUrl', 'email']);

const NOT_A_NUMBER = 'is not one phone number (one number per field, no slash); link dropped';

/** Why a web address cannot be linked: not http(s), or a user part that hides where it leads. */
function urlProblem(value: string): string | undefined {
  if (httpHref(value)) return undefined;
  return hasUserPart(value)
    ? 'has a user part before an @, which hides where it leads; link dropped'
    : 'is not an http(s) URL; link dropped';
}

/** For each text field, a check that returns why a value is unusable, or nothing. */
const TEXT_RULES: Record<TextField, ((value: string) => string | undefined) | undefined> = {
  name: undefined,
  description: undefined,
  hours: undefined,
  smsBody: undefined,
  phone: (value) => (dialable(value) ? undefined : NOT_A_NUMBER),
  sms: (value) => (dialable(value) ? undefined : NOT_A_NUMBER),
  url: urlProblem,
  chatUrl: urlProblem,
  email: (value) => (mailtoHref(value) ? undefined : 'is not a single email address; link dropped'),
};

const LIST_RULES: Record<ListField, (item: string) => string | undefined> = {
  regions: (item) => (/^\s*[A-Za-z]{2}\s*$/.test(item) ? regionCode(item.trim()) : undefined),
  languages: (item) => {
    try {
      return Intl.getCanonicalLocales(item)[0];
    } catch {
      return undefined;
    }
  },
};

/**
 * Checks what a site gave as `resources` and keeps what is safe: entries without a usable name
 * are dropped, bad fields are dropped from otherwise good entries, long text is cut, and every
 * drop is described in `problems` (paths like `resources[3].url`).
 * Never throws: a field that cannot be read (a throwing getter, a proxy) costs only itself, an
 * entry whose name or fields cannot be listed only the entry, a list that cannot be read only the
 * list.
 */
export function checkResources(input: unknown): CheckedResources {
  try {
    return checkResourceList(input);
  } catch (error) {
    // Only a hostile list gets here (a proxy, a throwing length): nothing of it is trusted.
    return { resources: [], problems: [`resources could not be read (${reasonOf(error)})`] };
  }
}

function checkResourceList(input: unknown): CheckedResources {
  if (!isArray(input)) {
    return { resources: [], problems: [`resources is ${preview(input)}, not an array`] };
  }
  // The cap comes first, so that a long list of entry problems never hides it.
  const problems: string[] =
    input.length > MAX_RESOURCES
      ? [`resources has ${input.length} entries; only the first ${MAX_RESOURCES} are shown`]
      : [];
  const resources: HelpResource[] = [];
  const count = Math.min(input.length, MAX_RESOURCES);
  for (let index = 0; index < count; index++) {
    try {
      const resource = checkResource(input[index], `resources[${index}]`, problems);
      if (resource) resources.push(resource);
    } catch (error) {
      problems.push(`resources[${index}] could not be read (${reasonOf(error)}); entry dropped`);
    }
  }
  return { resources, problems };
}

/** Every field the card reads, in the order it reads them: the name first. */
const FIELDS = ['name', ...Object.keys(TEXT_RULES).filter((field) => field !== 'name'), ...Object.keys(LIST_RULES)];

function checkResource(entry: unknown, path: string, problems: string[]): HelpResource | undefined {
  if (typeof entry !== 'object' || entry === null || isArray(entry)) {
    problems.push(`${path} is ${preview(entry)}, not an object; entry dropped`);
    return undefined;
  }
  const read = readFields(entry as Record<string, unknown>, path, problems);
  if (!read) return undefined;
  const { record, unknownFields } = read;
  const name = record.name;
  if (typeof name !== 'string' || isBlank(name)) {
    const why =
      name === undefined
        ? 'is missing'
        : typeof name === 'string'
          ? 'is empty or invisible'
          : `is ${preview(name)}, not a string`;
    problems.push(`${path}.name ${why}; entry dropped`);
    return undefined;
  }
  // Built field by field into a fresh object from the plain record: nothing from the input (a
  // `__proto__` key, an extra property, a getter) is copied across.
  const resource: Partial<HelpResource> = {};
  for (const [key, value] of Object.entries(record)) {
    try {
      checkField(key, value, `${path}.${key}`, resource, problems);
    } catch (error) {
      // A value that throws when looked into (a list that is a hostile proxy) costs only itself.
      problems.push(`${path}.${key} could not be read (${reasonOf(error)}); field dropped`);
    }
  }
  problems.push(...unknownFields);
  // A line whose places were given but cannot be read ("GBR", "United Kingdom", "GB" not in a
  // list) is for somewhere the card cannot tell: shown to every reader, it would be everyone's.
  if (record.regions !== undefined && !resource.regions?.length && !isEmptyList(record.regions)) {
    problems.push(
      `${path} is for no region the card can read (regions must be ISO 3166-1 alpha-2 codes); entry dropped`,
    );
    return undefined;
  }
  return resource as HelpResource;
}

/** Whether a value is an empty list: `regions: []` says "anywhere", as no `regions` does. Total. */
function isEmptyList(value: unknown): boolean {
  try {
    return isArray(value) && value.length === 0;
  } catch {
    return false;
  }
}

/**
 * Reads each field the card knows exactly once, by name, into a plain record: a class's getters,
 * inherited and non-enumerable fields count as they would for any reader, and a getter whose
 * answer changes is never asked twice. A field that throws costs only itself, except the name,
 * and the regions, without which the entry is dropped. Own fields the card does not know are listed, to be
 * reported after the known ones.
 */
function readFields(
  entry: Record<string, unknown>,
  path: string,
  problems: string[],
): { record: Record<string, unknown>; unknownFields: string[] } | undefined {
  const record: Record<string, unknown> = {};
  const unknownFields: string[] = [];
  for (const field of FIELDS) {
    try {
      const value = entry[field];
      if (value !== undefined) record[field] = value;
    } catch (error) {
      // Without its name a line is nothing; without its places it could be anyone's.
      if (field === 'name' || field === 'regions') {
        problems.push(`${path}.${field} could not be read (${reasonOf(error)}); entry dropped`);
        return undefined;
      }
      problems.push(`${path}.${field} could not be read (${reasonOf(error)}); field dropped`);
    }
  }
  try {
    for (const key of Object.keys(entry)) {
      if (!FIELDS.includes(key)) unknownFields.push(`${path}.${keyName(key)} is not a known field; ignored`);
    }
  } catch (error) {
    unknownFields.push(`${path}'s own fields could not be listed (${reasonOf(error)}); unknown fields not reported`);
  }
  return { record, unknownFields };
}

/** Checks one field of an entry and, when it is usable, copies it into `resource`. */
function checkField(
  key: string,
  value: unknown,
  path: string,
  resource: Partial<HelpResource>,
  problems: string[],
): void {
  if (Object.hasOwn(TEXT_RULES, key)) {
    const field = key as TextField;
    const text = LINK_FIELDS.has(field)
      ? checkLinkText(value, field, path, problems)
      : checkText(value, path, problems);
    if (text === undefined) return;
    // In a number, keyword or address, such a character could make a link show one thing and do another.
    const problem =
      LINK_FIELDS.has(field) && HIDDEN_CONTROLS.test(text)
        ? 'has invisible or direction-changing characters; field dropped'
        : TEXT_RULES[field]?.(text);
    if (problem) problems.push(`${path} ${preview(text)} ${problem}`);
    else resource[field] = text;
  } else {
    const field = key as ListField;
    const list = checkList(value, field, path, problems);
    if (list) resource[field] = list;
  }
}

/** Text that becomes part of a link: kept whole or, past its length, dropped whole. */
function checkLinkText(value: unknown, field: TextField, path: string, problems: string[]): string | undefined {
  if (typeof value !== 'string') {
    problems.push(`${path} is ${preview(value)}, not a string; field dropped`);
    return undefined;
  }
  const limit = field === 'url' || field === 'chatUrl' || field === 'email' ? MAX_URL_LENGTH : MAX_TEXT_LENGTH;
  if (value.length > limit) {
    problems.push(
      `${path} has ${value.length} characters, over the ${limit} a link may have; link dropped (a link is never cut)`,
    );
    return undefined;
  }
  return value;
}

function checkList(value: unknown, field: ListField, path: string, problems: string[]): string[] | undefined {
  if (!isArray(value)) {
    problems.push(`${path} is ${preview(value)}, not an array; field dropped`);
    return undefined;
  }
  const kept: string[] = [];
  value.slice(0, MAX_RESOURCES).forEach((item: unknown, index) => {
    const code = typeof item === 'string' ? LIST_RULES[field](item) : undefined;
    if (code) kept.push(code);
    else
      problems.push(
        `${path}[${index}] is ${preview(item)}, not ${field === 'regions' ? 'a region code' : 'a language tag'}; ignored`,
      );
  });
  return kept;
}
