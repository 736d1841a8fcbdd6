import type { Checked } from './options.js';
import { checkText, isBlank, keyName, preview, reasonOf } from './untrusted.js';

/** The placeholders a string fills, in order of their names: "{phone},{sms}". */
function placeholders(text: string): string {
  return [...new Set(text.match(/\{\w+\}/g))].sort().join();
}

/**
 * A site's replacements for the card's words: only known keys with string values are kept, so a
 * bad value can never break the words around it.
 */
export function checkStrings<T extends object>(input: unknown, known: T): { value: Partial<T>; problems: string[] } {
  const value: Partial<T> = {};
  const problems: string[] = [];
  if (input === undefined || input === null) return { value, problems };
  try {
    if (typeof input !== 'object' || Array.isArray(input)) {
      return { value, problems: [`strings is ${preview(input)}, not an object; ignored`] };
    }
    for (const key of Object.keys(input)) {
      const text = (input as Record<string, unknown>)[key];
      const own = (known as Record<string, unknown>)[key];
      const path = `strings.${keyName(key)}`;
      if (!Object.hasOwn(known, key) || typeof own !== 'string')
        problems.push(`${path} is not a string the card uses; ignored`);
      else if (typeof text !== 'string') problems.push(`${path} is ${preview(text)}, not a string; ignored`);
      else if (isBlank(text)) problems.push(`${path} is empty or invisible; ignored`);
      else if (placeholders(text) !== placeholders(own) && !(key === 'emergency' && placeholders(text) === '{number}'))
        // "Call 999" on a card that dials 911 would name one number and call another.
        problems.push(
          `${path} ${preview(text)} does not fill ${placeholders(own) || 'no placeholder'} as the card's own does; ignored`,
        );
      else if (key === 'weekdays' && text.trim().split(/\s+/).length !== 7)
        problems.push(`${path} does not name seven days; ignored`);
      else value[key as keyof T] = checkText(text, path, problems) as T[keyof T];
    }
    return { value, problems };
  } catch (error) {
    // A hostile object (a proxy, a throwing getter) is not trusted for any of its words.
    return { value: {}, problems: [`strings could not be read (${reasonOf(error)}); ignored`] };
  }
}

/** The message a reader can send: a string, cut with a warning past the documented length. */
export function checkReachOutMessage(input: unknown): Checked<string | undefined> {
  if (input == null) return { value: undefined };
  const problems: string[] = [];
  if (typeof input !== 'string') {
    return {
      value: undefined,
      problem: `reachOutMessage is ${preview(input)}, not a string; using the default message`,
    };
  }
  if (isBlank(input)) return { value: undefined, problem: 'reachOutMessage is empty; using the default message' };
  const value = checkText(input, 'reachOutMessage', problems);
  return { value, problem: problems[0] };
}
