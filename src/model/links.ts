/**
 * Turning what a site wrote into links a phone can follow. Each builder returns `undefined` for
 * anything it cannot make safe, so a bad value can never become a link.
 */

/**
 * Characters a phone number may be written with: digits, the keypad's `*` and `#` (Chile's line
 * is `*4141`), a leading `+`, and the spaces, dashes, dots, slashes and brackets that group them.
 */
const PHONE_SHAPE = /^\+?[\d\s().\-/*#]*\d[\d\s().\-/*#]*$/;

/**
 * The dialable form of a phone number: a leading `+` when written, then its digits, `*` and `#`.
 * Pauses and tones ("press 5") are never encoded: they stay in the words a reader reads.
 */
export function dialable(phone: string): string | undefined {
  const trimmed = phone.trim();
  if (!PHONE_SHAPE.test(trimmed)) return undefined;
  return (trimmed.startsWith('+') ? '+' : '') + trimmed.replace(/[^\d*#]/g, '');
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
 * One plain address: no spaces, no second address, no `?` or `&` that could smuggle in headers
 * (cc, bcc, subject, body) and no `%` that could encode them.
 */
const EMAIL_SHAPE = /^[^\s@<>()[\]\\,;:"?&%/]+@[^\s@<>()[\]\\,;:"?&%/]+\.[^\s@<>()[\]\\,;:"?&%/.]+$/;

/** A `mailto:` link to exactly one address, with nothing after it. */
export function mailtoHref(email: string): string | undefined {
  const address = email.trim();
  // Control characters would be headers in disguise; \p{Cc} covers CR and LF.
  return EMAIL_SHAPE.test(address) && !/\p{Cc}/u.test(address) ? `mailto:${address}` : undefined;
}

/**
 * The normalised address of an absolute `http:` or `https:` URL. The URL parser does the hard
 * part: it strips the tabs, newlines and spaces that hide `java\tscript:`, lowercases the
 * scheme, and refuses a protocol-relative `//host` that has no base.
 */
export function httpHref(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
}
