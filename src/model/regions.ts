import { euMembers, sheetRegions } from '../content/help-lines.js';
import { zoneFolders, zonesByRegion } from '../content/time-zones.js';
import { regionByCity, regionOfZone } from './zones.js';

/**
 * The emergency number for a region: the sheet's own entry, else the EU-wide one for an EU
 * member state, else nothing (the card then says "your local emergency number").
 */
export function emergencyNumberFor(
  region: string | undefined,
  numbers: Readonly<Record<string, string>>,
): string | undefined {
  if (!region) return undefined;
  return numbers[region] ?? (euMembers.includes(region) ? numbers.EU : undefined);
}

/** Whether a resource is for anywhere: it names no regions. */
export function isWorldwide(resource: { regions?: readonly string[] }): boolean {
  return !resource.regions?.length;
}

/**
 * What a reader in `region` should see of a list: that region's lines first, then those for
 * anywhere, never another country's line. With no region, a site's own list is kept whole (the
 * card labels each national line with where it serves), while the default list shrinks to its
 * worldwide directories, since none of its national lines is everyone's.
 */
export function resourcesForRegion<T extends { regions?: readonly string[] }>(
  resources: readonly T[],
  region: string | undefined,
  { defaults }: { defaults: boolean },
): T[] {
  if (region) {
    // A line for the EU serves every member state.
    const serves = (regions?: readonly string[]) =>
      regions?.includes(region) || (regions?.includes('EU') && euMembers.includes(region));
    return [...resources.filter((resource) => serves(resource.regions)), ...resources.filter(isWorldwide)];
  }
  return defaults ? resources.filter(isWorldwide) : [...resources];
}

/** Codes people write for a region that ISO 3166 spells otherwise. */
const REGION_ALIASES: Readonly<Record<string, string>> = { UK: 'GB' };

/** A region code as ISO 3166-1 alpha-2 writes it: upper case, `UK` read as `GB`. */
export function regionCode(code: string): string {
  const upper = code.toUpperCase();
  return REGION_ALIASES[upper] ?? upper;
}

/** Whether the card knows help for a region: the sheet has lines or an emergency number there. */
export function isKnownRegion(region: string): boolean {
  return sheetRegions.includes(region) || euMembers.includes(region);
}

/** The region of each zone's last part in the table, built the first time a reader's region is guessed. */
let cities: Map<string, string> | undefined;

/**
 * The device's time zone (an IANA name). Temporal answers at once; reading it through Intl builds
 * a date formatter, which costs a page's first render about 15 ms of locale data.
 */
export function deviceTimeZone(): string | undefined {
  try {
    const { Temporal } = globalThis as { Temporal?: { Now: { timeZoneId(): string } } };
    return Temporal ? Temporal.Now.timeZoneId() : Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/**
 * Guesses the reader's region from the device's time zone alone, with no request. A wrong guess
 * would show a reader another country's lines as theirs, so a zone that names no country of the
 * sheet (UTC, `Etc/*`, an unknown or absent zone) gives no region, and the browser's languages,
 * which say nothing of where a reader is, are never read.
 */
export function guessRegion(timeZone: string | undefined = deviceTimeZone()): string | undefined {
  if (!timeZone) return undefined;
  cities ??= regionByCity(zonesByRegion);
  return regionOfZone(timeZone, zoneFolders, cities);
}
