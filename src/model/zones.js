// @ts-check
// How the card reads a device's time zone against its table. Plain JavaScript so that the content
// script, which reads every zone tzdata has back through the table it writes, checks the very
// reading the card does.

/**
 * The region the table gives a zone: its folder's, where the zone is in one of `folders`
 * (`Australia/Perth`), else the region of its last part (`Europe/Paris` by `Paris`), else none.
 * @param {string} zone
 * @param {Readonly<Record<string, string>>} folders
 * @param {ReadonlyMap<string, string>} regionByCity
 * @returns {string | undefined}
 */
export function regionOfZone(zone, folders, regionByCity) {
  const folder = Object.keys(folders).find((name) => zone.startsWith(name));
  return folder ? folders[folder] : regionByCity.get(lastPartOf(zone));
}

/**
 * A zone's last part: `Paris` for `Europe/Paris`, `Eire` for `Eire`.
 * @param {string} zone
 */
export function lastPartOf(zone) {
  return zone.slice(zone.lastIndexOf('/') + 1);
}

/**
 * Each region's zones, by their last parts separated by spaces, as one map from last part to region.
 * @param {Readonly<Record<string, string>>} zonesByRegion
 * @returns {Map<string, string>}
 */
export function regionByCity(zonesByRegion) {
  return new Map(
    Object.entries(zonesByRegion).flatMap(([region, cities]) => cities.split(' ').map((city) => [city, region])),
  );
}
