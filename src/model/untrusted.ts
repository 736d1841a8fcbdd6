// Reading what a page gave the card: any JavaScript value, from a careless or a hostile page.
// Every helper here is total: no getter, proxy trap or `toString` of the value can make it throw.

/** The most characters a text field keeps; longer text is cut, with a warning. */
export const MAX_TEXT_LENGTH = 300;

/**
 * A short, printable echo of a bad value for a warning. Total: it looks only at the value's type,
 * so no `toString`, getter or proxy trap of the value can run or throw.
 */
export function preview(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 24 ? `${value.slice(0, 24)}…` : value);
  if (value === null) return 'null';
  if (isArray(value)) return 'an array';
  return /^[aeiou]/.test(typeof value) ? `an ${typeof value}` : `a ${typeof value}`;
}

/** Why reading a value failed, for a warning. Total, even when what was thrown is hostile. */
export function reasonOf(error: unknown): string {
  try {
    if (error instanceof Error) return String(error.message).slice(0, 200);
  } catch {
    // An error whose message cannot be read is described by its type, below.
  }
  return preview(error);
}

/** `Array.isArray`, except that a revoked proxy is simply not an array. */
export function isArray(value: unknown): value is unknown[] {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

/** A sentinel for a JSON attribute that is not JSON, so the card can say so once. */
export class MalformedJson {
  constructor(readonly reason: string) {}
}

/** Whether a value is the sentinel for bad JSON. Total: a revoked proxy is simply not one. */
export function isMalformedJson(value: unknown): value is MalformedJson {
  try {
    return value instanceof MalformedJson;
  } catch {
    return false;
  }
}

/** Text shown as it is: cut, with a warning, past the documented length. */
export function checkText(value: unknown, path: string, problems: string[]): string | undefined {
  if (typeof value !== 'string') {
    problems.push(`${path} is ${preview(value)}, not a string; field dropped`);
    return undefined;
  }
  if (value.length > MAX_TEXT_LENGTH) {
    problems.push(`${path} has ${value.length} characters; cut to ${MAX_TEXT_LENGTH}`);
    // Never between the two halves of an emoji: a lone half would show as a replacement mark.
    const kept = value.slice(0, MAX_TEXT_LENGTH - 1);
    return `${/[\ud800-\udbff]$/.test(kept) ? kept.slice(0, -1) : kept}…`;
  }
  return value;
}

/**
 * Characters that change how text around them is ordered or joined and show nothing themselves:
 * bidi marks, embeddings, overrides and isolates, zero-width spaces and joiners, the word joiner
 * and the byte order mark. In a number, keyword or address they can make a link show one thing
 * and do another ("Text \u202eHELP" reads backwards), so such a field is dropped.
 */
export const HIDDEN_CONTROLS = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;

/** Whether text shows nothing a reader could read: empty, spaces, or invisible characters only. */
export function isBlank(text: string): boolean {
  return !/[^\p{White_Space}\p{Cf}\u115f\u1160\u3164\uffa0\u2800]/u.test(text);
}

/** A field or key name for a warning: as it is when it looks like one, else a short echo. */
export function keyName(key: string): string {
  return /^[\w$-]{1,40}$/.test(key) ? key : preview(key);
}
