// @ts-check
// How the sheet writes a service's hours, read into parts that every language can say. Plain
// JavaScript so that the content script, which refuses a form the card could not say, uses the
// very reading the card uses.

/**
 * One span of opening: its times (`null`: the whole day) on some days of the week (`daily`; a
 * day, 0 for Monday; or a run of days, `[from, to]`; `null`: the sheet names no days).
 * @typedef {{ times: string | null, days: 'daily' | number | [number, number] | null }} HoursSpan
 */

/**
 * The sheet's hours read: always open, or spans, with whether public holidays are left out.
 * @typedef {'always' | { spans: HoursSpan[], exceptHolidays: boolean }} Hours
 */

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const TIME = '(?:[01]\\d|2[0-4]):[0-5]\\d';
const DAY = `(?:${DAYS.join('|')})`;
const SPAN = new RegExp(`^(?:(${TIME}–${TIME})|24 hours)(?: (daily|${DAY}(?:–${DAY})?))?$`);
const EXCEPT_HOLIDAYS = ', except public holidays';

/**
 * Reads hours as the sheet writes them: `24/7`; or spans separated by `; `, each `HH:MM–HH:MM`
 * (past midnight too: `08:30–05:30`) or `24 hours`, then `daily`, a day (`Sat`) or a run of days
 * (`Mon–Fri`), or nothing; and at the end, `, except public holidays`. Anything else is not read.
 * @param {string} text
 * @returns {Hours | undefined}
 */
export function parseHours(text) {
  if (text === '24/7') return 'always';
  const exceptHolidays = text.endsWith(EXCEPT_HOLIDAYS);
  const spans = [];
  for (const part of (exceptHolidays ? text.slice(0, -EXCEPT_HOLIDAYS.length) : text).split('; ')) {
    const match = SPAN.exec(part);
    if (!match) return undefined;
    const [, times = null, days] = match;
    /** @type {HoursSpan['days']} */
    let when = null;
    if (days === 'daily') when = 'daily';
    else if (days) {
      const [from, to] = days.split('–').map((day) => DAYS.indexOf(day));
      when = to === undefined ? from : [from, to];
    }
    spans.push({ times, days: when });
  }
  return { spans, exceptHolidays };
}
