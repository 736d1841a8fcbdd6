import { essaySections, type EssaySectionId } from '../content/sections.js';
import { en, type CardStrings } from '../content/strings.js';
import {
  checkHeadingLevel,
  checkOpenSections,
  checkReachOutMessage,
  checkRegion,
  checkScheme,
  checkStrings,
  DEFAULT_HEADING_LEVEL,
  type ColorScheme,
} from './options.js';
import { isKnownRegion } from './regions.js';
import { checkResources, type HelpResource } from './resources.js';

/** What a page set on the card, as given: any JavaScript value may be in any field. */
export interface CardSettings {
  resources?: unknown;
  region?: unknown;
  headingLevel?: unknown;
  openSections?: unknown;
  scheme?: unknown;
  reachOutMessage?: unknown;
  strings?: unknown;
}

/** Every setting the card checks, by the names Lit reports them changed under. */
export const CARD_SETTINGS: readonly (keyof CardSettings)[] = [
  'resources',
  'region',
  'headingLevel',
  'openSections',
  'scheme',
  'reachOutMessage',
  'strings',
];

/** The card's settings as checked: every value usable. */
export interface CardConfiguration {
  /** The site's own places to get help; empty: the default list. */
  siteResources: readonly HelpResource[];
  /** The page's region: a code, `auto`, or none. */
  region?: string;
  headingLevel: number;
  openSections: ReadonlySet<EssaySectionId>;
  scheme: ColorScheme;
  /** The site's reach-out message, if it gave one. */
  reachOutMessage?: string;
  /** The site's replacements for the card's words. */
  strings: Partial<CardStrings>;
}

export const DEFAULT_CONFIGURATION: CardConfiguration = {
  siteResources: [],
  headingLevel: DEFAULT_HEADING_LEVEL,
  openSections: new Set(essaySections.slice(0, 1).map((section) => section.id)),
  scheme: 'auto',
  strings: {},
};

const SECTION_IDS = essaySections.map((section) => section.id);

/**
 * Checks the settings that changed (`changed` names them) over the configuration already in
 * use, and says everything that was wrong, in the order a reader of the warning would look for
 * it. Total: whatever a script assigned, it answers rather than throws.
 */
export function checkConfiguration(
  settings: CardSettings,
  changed: ReadonlySet<keyof CardSettings>,
  previous: CardConfiguration = DEFAULT_CONFIGURATION,
): { configuration: CardConfiguration; problems: string[] } {
  const configuration = { ...previous };
  const problems: string[] = [];
  const note = (problem?: string) => problem && problems.push(problem);

  if (changed.has('resources')) {
    const checked =
      settings.resources === undefined ? { resources: [], problems: [] } : checkResources(settings.resources);
    configuration.siteResources = checked.resources;
    problems.push(...checked.problems);
    // An empty list quietly means the defaults; a list that was all problems says so.
    if (checked.resources.length === 0 && checked.problems.length > 0) {
      problems.push('no usable resources; showing the default list');
    }
  }
  if (changed.has('strings')) {
    const checked = checkStrings(settings.strings, en);
    configuration.strings = checked.value;
    problems.push(...checked.problems);
  }
  // A site's own lines make their regions known too.
  if (changed.has('region') || changed.has('resources')) {
    const siteRegions = new Set(configuration.siteResources.flatMap((resource) => resource.regions ?? []));
    const checked = checkRegion(settings.region, (code) => isKnownRegion(code) || siteRegions.has(code));
    configuration.region = checked.value;
    note(checked.problem);
  }
  if (changed.has('reachOutMessage')) {
    const checked = checkReachOutMessage(settings.reachOutMessage);
    configuration.reachOutMessage = checked.value;
    note(checked.problem);
  }
  if (changed.has('headingLevel')) {
    const checked = checkHeadingLevel(settings.headingLevel);
    configuration.headingLevel = checked.value;
    note(checked.problem);
  }
  if (changed.has('openSections')) {
    const checked = checkOpenSections(settings.openSections, SECTION_IDS);
    configuration.openSections = checked.value as Set<EssaySectionId>;
    note(checked.problem);
  }
  if (changed.has('scheme')) {
    const checked = checkScheme(settings.scheme);
    configuration.scheme = checked.value;
    note(checked.problem);
  }
  return { configuration, problems };
}

/** Everything wrong with one update, as the one warning that says it; nothing when all was well. */
export function warningFor(tagName: string, problems: readonly string[]): string | undefined {
  if (problems.length === 0) return undefined;
  const tag = `<${tagName}>`;
  if (problems.length === 1) return `${tag}: ${problems[0]}`;
  const shown = problems.slice(0, 10).map((problem) => `  ${problem}`);
  if (problems.length > 10) shown.push(`  …and ${problems.length - 10} more`);
  return `${tag}: ${problems.length} problems with its configuration:\n${shown.join('\n')}`;
}
