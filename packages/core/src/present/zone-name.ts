import { dateTimeFormat } from '../time/date-format.js';
import { timeZoneOffsetMinutes } from '../time/time-zone.js';
import { zoneAbbreviation } from '../time/zone-abbreviations.js';

// What Intl writes for a zone it knows no name of in a language: "GMT+9", "GMT-3:30", "UTC+9" (French), "UTC−5".
const OFFSET_NAME = /^(?:GMT|UTC)[+\u2212-]\d/;

// The Englishes whose CLDR data abbreviates zones that American English gives as offsets: British
// (CET/CEST, EET, WET, BST), Canadian (NST), Australian (AEST, ACST, AWST, NZST), Indian (IST),
// South African (SAST, CAT, EAT, WAT), Singaporean (SGT, MYT) and Hong Kong (HKT) English.
// Irish English is left out: its IST for Dublin's summer reads as India's to most readers.
const ENGLISHES = ['en-GB', 'en-CA', 'en-AU', 'en-IN', 'en-ZA', 'en-SG', 'en-HK'];

/** Intl's short name of a zone at an instant in a locale ("EDT", "MEZ", "GMT+9"). */
function intlName(epochMs: number, locale: string, timeZone: string): string | undefined {
  return dateTimeFormat(locale, { timeZone, timeZoneName: 'short' })
    .formatToParts(epochMs)
    .find((part) => part.type === 'timeZoneName')?.value;
}

/**
 * The short name of a zone at an instant, as readers of `locale` know it: Intl's where it has a
 * name ("EDT", "MEZ", "JST"). Where it gives only an offset, readers of English get the
 * abbreviation English uses where the zone is ("CEST" for Berlin, from British English; "AEST",
 * "IST"), then the one of forumkit's table ("KST", see `zoneAbbreviation`), which also serves the
 * zone's own language where its text uses it ("KST" in Korean). Everyone else, and a zone no
 * English abbreviates, keeps the offset as their locale writes it ("GMT+9", "UTC+9"). Every output
 * names zones with this: the agenda's zone note and times, its zone switch, the page header.
 */
export function zoneName(epochMs: number, locale: string, timeZone: string): string | undefined {
  const name = intlName(epochMs, locale, timeZone);
  if (name === undefined || !OFFSET_NAME.test(name)) return name;
  const tabled = zoneAbbreviation(timeZone, timeZoneOffsetMinutes(epochMs, timeZone), locale);
  if (tabled !== undefined || !/^en(?:[-_]|$)/i.test(locale)) return tabled ?? name;
  for (const english of ENGLISHES) {
    const named = intlName(epochMs, english, timeZone);
    if (named !== undefined && !OFFSET_NAME.test(named)) return named;
  }
  return name;
}
