import type { HelpResource } from './resources.js';

/** EU member states, where the sheet's EU-wide emergency number applies. */
const EU_MEMBERS = new Set(
  'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' '),
);

/**
 * The emergency number for a region: the sheet's own entry, else the EU-wide one for an EU
 * member state, else nothing (the card then says "your local emergency number").
 */
export function emergencyNumberFor(
  region: string | undefined,
  numbers: Readonly<Record<string, string>>,
): string | undefined {
  if (!region) return undefined;
  return numbers[region] ?? (EU_MEMBERS.has(region) ? numbers.EU : undefined);
}

/** Whether a resource is for anywhere: it names no regions. */
export function isWorldwide(resource: HelpResource): boolean {
  return !resource.regions?.length;
}

/**
 * What a reader in `region` should see of a list: that region's lines first, then those for
 * anywhere, never another country's line. With no region, a site's own list is kept whole (the
 * card labels each national line with where it serves), while the default list shrinks to its
 * worldwide directories, since none of its national lines is everyone's.
 */
export function resourcesForRegion(
  resources: readonly HelpResource[],
  region: string | undefined,
  { defaults }: { defaults: boolean },
): HelpResource[] {
  if (region) {
    return [...resources.filter((resource) => resource.regions?.includes(region)), ...resources.filter(isWorldwide)];
  }
  return defaults ? resources.filter(isWorldwide) : [...resources];
}

/** IANA time zones whose country the card has help lines for, grouped by region. */
const ZONES: Record<string, string[]> = {
  US: [
    'America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles', 'America/Phoenix',
    'America/Anchorage', 'America/Juneau', 'America/Boise', 'America/Detroit', 'America/Adak',
    'America/Indiana/Indianapolis', 'America/Kentucky/Louisville', 'America/Menominee',
    'America/North_Dakota/Center', 'Pacific/Honolulu', 'US/Eastern', 'US/Central', 'US/Mountain',
    'US/Pacific', 'US/Alaska', 'US/Hawaii',
  ],
  CA: [
    'America/Toronto', 'America/Vancouver', 'America/Edmonton', 'America/Winnipeg', 'America/Halifax',
    'America/St_Johns', 'America/Regina', 'America/Montreal', 'America/Moncton', 'America/Whitehorse',
    'America/Yellowknife', 'America/Iqaluit', 'America/Glace_Bay', 'America/Goose_Bay',
  ],
  GB: ['Europe/London', 'Europe/Belfast', 'GB'],
  IE: ['Europe/Dublin', 'Eire'],
  AU: [
    'Australia/Sydney', 'Australia/Melbourne', 'Australia/Brisbane', 'Australia/Perth',
    'Australia/Adelaide', 'Australia/Hobart', 'Australia/Darwin', 'Australia/Canberra',
    'Australia/Lord_Howe', 'Australia/Broken_Hill', 'Australia/Lindeman', 'Australia/Eucla',
  ],
  NZ: ['Pacific/Auckland', 'Pacific/Chatham', 'NZ'],
};

const REGION_BY_ZONE = new Map(Object.entries(ZONES).flatMap(([region, zones]) => zones.map((zone) => [zone, region])));

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
 * Guesses the reader's region from the browser alone, with no request: the time zone first
 * (it follows where the device is), then the region subtag of the preferred languages.
 */
export function guessRegion(
  timeZone: string | undefined = deviceTimeZone(),
  languages: readonly string[] = globalThis.navigator?.languages ?? [],
): string | undefined {
  const fromZone = timeZone ? REGION_BY_ZONE.get(timeZone) : undefined;
  if (fromZone) return fromZone;
  for (const language of languages) {
    try {
      const region = new Intl.Locale(language).region;
      if (region && /^[A-Z]{2}$/.test(region)) return region;
    } catch {
      // Not a language tag: try the next one.
    }
  }
  return undefined;
}
