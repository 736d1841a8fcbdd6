import { helpLines, type SheetLine } from '../content/help-lines.js';
import type { CardLanguage, CardStrings } from '../content/strings.js';
import { parseHours } from './hours.js';
import { fill } from './options.js';
import { localeData } from './locales.js';
import { isWorldwide, resourcesForRegion } from './regions.js';
import type { HelpResource } from './resources.js';

/** A place to get help as the card shows it: a site's own entry, or a line of the sheet. */
export interface ShownResource extends HelpResource {
  /** The language of the name, where it is written in another script. */
  nameLang?: string;
  /** The language of the description: set on the sheet's lines, never on a site's own. */
  lang?: CardLanguage;
}

/**
 * A line of the sheet as a reader of `language` reads it: its description in that language and
 * its hours said as that language says them. The facts (name, numbers, keywords) stay exactly as
 * the sheet writes them.
 */
export function sheetLineIn(line: SheetLine, language: CardLanguage, text: CardStrings): ShownResource {
  const { regions, languages, hours, ...facts } = line;
  const description = localeData(language)?.descriptions[helpLines.indexOf(line)] ?? line.description;
  const shown: ShownResource = { ...facts, regions: [...regions], description, lang: language };
  if (languages) shown.languages = [...languages];
  if (hours) shown.hours = hoursIn(hours, text);
  return shown;
}

/**
 * The sheet's hours in the card's words ("14:00–22:00 Mon–Fri; 09:00–16:00 Sat" is "14:00–22:00,
 * du lundi au vendredi ; …" in French). The content script refuses a form `parseHours` cannot
 * read, so the sheet's own hours are always said; anything else is shown as written.
 */
export function hoursIn(hours: string, text: CardStrings): string {
  const read = parseHours(hours);
  if (!read) return hours;
  if (read === 'always') return text.hoursAlways;
  // Seven names, Monday first: the card's tables hold seven, and a site's are refused otherwise.
  const weekdays = text.weekdays.trim().split(/\s+/);
  const day = (index: number) => weekdays[index];
  const said = read.spans
    .map(({ times, days }) => {
      const span = times ?? text.hoursAllDay;
      if (days === 'daily') return fill(text.hoursDaily, { times: span });
      if (typeof days === 'number') return fill(text.hoursDay, { times: span, day: day(days) });
      if (days) return fill(text.hoursDays, { times: span, from: day(days[0]), to: day(days[1]) });
      return span;
    })
    .join(text.hoursSeparator);
  return read.exceptHolidays ? fill(text.hoursExceptHolidays, { hours: said }) : said;
}

/**
 * The places a reader in `region` is shown: the default list for that region; or the site's
 * own list for it, before the defaults with `keepDefaults`; and, when none of the site's lines
 * serves the region, the worldwide directories, so that a reader anywhere sees something usable.
 */
export function placesToShow(
  {
    siteResources,
    keepDefaults,
    region,
  }: { siteResources: readonly HelpResource[]; keepDefaults: boolean; region?: string },
  language: CardLanguage,
  text: CardStrings,
): ShownResource[] {
  const inLanguage = (lines: readonly SheetLine[]) => lines.map((line) => sheetLineIn(line, language, text));
  const defaults = inLanguage(resourcesForRegion(helpLines, region, { defaults: true }));
  if (siteResources.length === 0) return defaults;
  const site = resourcesForRegion(siteResources, region, { defaults: false });
  if (keepDefaults) return [...site, ...defaults];
  return site.length ? site : inLanguage(helpLines.filter(isWorldwide));
}
