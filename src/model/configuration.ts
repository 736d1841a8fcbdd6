import { essaySections, type EssaySectionId } from '../content/sections.js';
import { en, type CardStrings } from '../content/strings.js';
import {
  checkHeadingLevel,
  checkOpenSections,
  checkRegion,
  checkScheme,
  DEFAULT_HEADING_LEVEL,
  type Checked,
  type ColorScheme,
} from './options.js';
import { isKnownRegion } from './regions.js';
import type { CheckedResources, HelpResource } from './resources.js';
import { isMalformedJson } from './untrusted.js';

type SiteChecks = typeof import('./site-checks.js');

/** The checks for a site's own lines and words, once loaded (a server registers them at once). */
let siteChecks: SiteChecks | undefined;
let siteChecksLoading: Promise<void> | undefined;

export function registerSiteChecks(checks: SiteChecks): void {
  siteChecks = checks;
}

/**
 * Starts loading the checks for a site's own lines and words, once per page, and resolves when
 * they are here, or could not be had (the card then keeps its defaults, and its warning says so).
 * Nothing when they are here already.
 */
export function loadSiteChecks(): Promise<void> | undefined {
  if (siteChecks) return undefined;
  return (siteChecksLoading ??= import('./site-checks.js').then(registerSiteChecks, () => undefined));
}

/**
 * Whether a card is given lines, words or a message of the site's own, which only the site checks
 * can read.
 * Total: a value that cannot be looked into counts as given, and the checks say what was wrong.
 */
export function givesOwnContent({ resources, strings, reachOutMessage }: CardSettings): boolean {
  try {
    return (
      resources !== undefined ||
      reachOutMessage != null ||
      (strings != null && (typeof strings !== 'object' || Object.keys(strings).length > 0))
    );
  } catch {
    return true;
  }
}

/** What the card says of a site's lines or words when the checks for them could not be loaded. */
const UNCHECKED = "could not be checked (the card's checks for a site's own lines and words did not load)";

function checkSiteResources(resources: unknown): CheckedResources {
  if (resources === undefined) return { resources: [], problems: [] };
  if (isMalformedJson(resources))
    return { resources: [], problems: [`resources attribute is not valid JSON (${resources.reason})`] };
  if (!siteChecks) return { resources: [], problems: [`resources ${UNCHECKED}`] };
  return siteChecks.checkResources(resources);
}

function checkSiteMessage(message: unknown): Checked<string | undefined> {
  if (message == null) return { value: undefined };
  if (!siteChecks) return { value: undefined, problem: `reachOutMessage ${UNCHECKED}; using the default message` };
  return siteChecks.checkReachOutMessage(message);
}

function checkSiteStrings(strings: unknown): { value: Partial<CardStrings>; problems: string[] } {
  if (!givesOwnContent({ strings })) return { value: {}, problems: [] };
  if (isMalformedJson(strings))
    return { value: {}, problems: [`strings attribute is not valid JSON (${strings.reason}); ignored`] };
  if (!siteChecks) return { value: {}, problems: [`strings ${UNCHECKED}; ignored`] };
  return siteChecks.checkStrings(strings, en);
}

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
    const checked = checkSiteResources(settings.resources);
    configuration.siteResources = checked.resources;
    problems.push(...checked.problems);
    // An empty list quietly means the defaults; a list that was all problems says so.
    if (checked.resources.length === 0 && checked.problems.length > 0) {
      problems.push('no usable resources; showing the default list');
    }
  }
  if (changed.has('strings')) {
    const checked = checkSiteStrings(settings.strings);
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
    const checked = checkSiteMessage(settings.reachOutMessage);
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
