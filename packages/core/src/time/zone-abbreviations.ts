/**
 * Time zone abbreviations that readers know, for zones that the platform's data (CLDR, through
 * `Intl`) names by an offset only, in every English: "KST" for Seoul where Intl says "GMT+9".
 * `zoneName` (`@forumkit/core/present`) asks Intl first, then the English of the regions that
 * abbreviate zones (CET and BST are British English, AEST Australian, IST Indian…), and only then
 * this table: it stays small because the platform knows the rest.
 *
 * Each entry gives a zone's abbreviation with the offset it stands for (minutes east of UTC; an
 * instant at another offset, a year the zone kept other hours, keeps Intl's offset), the zones,
 * and the languages besides English whose text uses it: Korean text writes "KST" ("KST 기준").
 * Left out: abbreviations that name different zones for different readers (CST for China beside
 * the US Central; PST for the Philippines beside the Pacific).
 */
const TABLE: ReadonlyArray<readonly [abbreviation: string, offset: number, zones: string, languages?: string]> = [
  ['KST', 540, 'Asia/Seoul', 'ko'],
  ['JST', 540, 'Asia/Tokyo'],
  ['MSK', 180, 'Europe/Moscow'],
  ['PKT', 300, 'Asia/Karachi'],
];

/**
 * The abbreviation from the table that readers of `language` use for `timeZone` when it is
 * `offsetMinutes` ahead of UTC ("KST"), or undefined. Outputs name zones with `zoneName`.
 */
export function zoneAbbreviation(timeZone: string, offsetMinutes: number, language: string): string | undefined {
  const base = language.split(/[-_]/)[0]!.toLowerCase();
  const entry = TABLE.find(
    ([, offset, zones, languages]) =>
      offset === offsetMinutes && zones.split(' ').includes(timeZone) && (base === 'en' || languages?.split(' ').includes(base) === true),
  );
  return entry?.[0];
}

/** Every zone the table names (for its tests). */
export function abbreviatedZones(): string[] {
  return TABLE.flatMap(([, , zones]) => zones.split(' '));
}
