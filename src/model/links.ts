import { HIDDEN_CONTROLS } from './untrusted.js';

/**
 * Turning what a site wrote into links a phone can follow. Each builder returns `undefined` for
 * anything it cannot make safe, so a bad value can never become a link.
 */

/**
 * One phone number as people write it: digits, the keypad's `*` and `#` (Chile's line is
 * `*4141`), a leading `+`, and the dashes, dots, brackets and single spaces (no-break and thin
 * ones too) that group them. A slash, a line break, an ideographic space, a run of spaces or a
 * dash with a space beside it may part two numbers ("116 123 / 999", "116 123 - 116 111"), which
 * must never be dialled as one: no such field is a number.
 */
const PHONE_SHAPE =
  /^\+?(?=\D*\d)(?:[\d*#().]|-(?![ \u00a0\u2009\u202f])|[ \u00a0\u2009\u202f](?![ \u00a0\u2009\u202f-]))+$/;

/** A trunk prefix as written after a country code: `(0)`, spaced or not. */
const TRUNK_PREFIX = /\(\s*0\s*\)/g;
/** One with no country code before it, or no number after it. */
const STRAY_TRUNK_PREFIX = /^\+\D*\(\s*0\s*\)|\(\s*0\s*\)\D*$/;

/**
 * The dialable form of a phone number: a leading `+` when written, then its digits, `*` and `#`,
 * as a person dials it: after a country code, a trunk prefix written `(0)` is left out
 * (`+44 (0)20 7946 0958` dials +442079460958); one with no country code before it or no number
 * after it (`+(0)`, `+1 (0)`) leaves nothing to dial. Pauses and tones ("press 5") are never
 * encoded: they stay in the words a reader reads.
 */
export function dialable(phone: string): string | undefined {
  const trimmed = phone.trim();
  if (!PHONE_SHAPE.test(trimmed) || STRAY_TRUNK_PREFIX.test(trimmed)) return undefined;
  const digits = (text: string) => text.replace(/[^\d*#]/g, '');
  return trimmed.startsWith('+') ? `+${digits(trimmed.replace(TRUNK_PREFIX, ''))}` : digits(trimmed);
}

/** A `tel:` link, or `undefined` when the number is not a phone number. */
export function telHref(phone: string): string | undefined {
  const number = dialable(phone);
  return number && `tel:${inLink(number)}`;
}

/** A dialable number inside a link: `#` would begin the URL's fragment, so it goes as %23. */
function inLink(number: string): string {
  return number.replaceAll('#', '%23');
}

/**
 * Percent-encodes a message for a link. A lone surrogate (half of an emoji, cut) would make
 * encodeURIComponent throw: it becomes U+FFFD, as the browser would show it anyway.
 */
function encodeMessage(text: string): string {
  return encodeURIComponent(
    text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd'),
  );
}

/**
 * An `sms:` link with the message body prefilled when given. `?&body=` is the form that both
 * Android and iOS Messages read. With no number, the phone asks whom to send it to.
 */
export function smsHref(number: string, body?: string): string | undefined {
  const dialled = number === '' ? '' : dialable(number);
  if (dialled === undefined) return undefined;
  const to = inLink(dialled);
  return body ? `sms:${to}?&body=${encodeMessage(body)}` : `sms:${to}`;
}

/**
 * One plain address in ASCII: one `@`, a local part of the characters mail allows there without
 * quoting, except `?`, `&`, `%` and `/`, which could smuggle in or encode headers (cc, bcc,
 * subject, body); a domain of letters, digits and hyphens with at least one dot. A look-alike
 * (a full-width ＠), a space, a control or an invisible character makes it no address.
 */
const EMAIL_SHAPE = /^[\w!#$'*+=^`{|}~.-]+@[a-z\d-]+(?:\.[a-z\d-]+)+$/i;

/**
 * A `mailto:` link to exactly one address, with nothing after it. What a link's address may not
 * hold as it is (`#` would start a fragment: help#desk@ would write to "help") is percent-encoded.
 */
export function mailtoHref(email: string): string | undefined {
  const address = email.trim();
  if (!EMAIL_SHAPE.test(address)) return undefined;
  return `mailto:${address.replace(/[#=^`{|}]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}

/**
 * The normalised address of an absolute `http:` or `https:` URL. The URL parser does the hard
 * part: it strips the tabs, newlines and spaces that hide `java\tscript:`, lowercases the
 * scheme, and refuses a protocol-relative `//host` that has no base. An address with a user part
 * (`https://realsite.org@evil.example/` opens evil.example) or an invisible character is refused:
 * a reader could not tell where it leads.
 */
export function httpHref(value: string): string | undefined {
  const url = httpUrl(value);
  return url && !userPartOf(url) && !HIDDEN_CONTROLS.test(value) ? url.href : undefined;
}

/** Whether an `http:` or `https:` URL has a user part, which hides where it leads. */
export function hasUserPart(value: string): boolean {
  const url = httpUrl(value);
  return url ? userPartOf(url) : false;
}

const userPartOf = (url: URL): boolean => Boolean(url.username || url.password);

/** An absolute `http:` or `https:` URL as the URL parser reads it, or nothing. */
function httpUrl(value: string): URL | undefined {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}
