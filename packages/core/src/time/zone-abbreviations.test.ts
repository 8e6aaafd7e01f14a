import { describe, expect, it } from 'vitest';
import { timeZoneOffsetMinutes } from './time-zone.js';
import { canonicalTimeZone } from './time-zone-name.js';
import { abbreviatedZones, zoneAbbreviation } from './zone-abbreviations.js';

const january = Date.UTC(2025, 0, 15, 12);
const july = Date.UTC(2025, 6, 15, 12);

describe('the zone abbreviation table', () => {
  it('names zones the platform knows, as IANA writes them', () => {
    expect(abbreviatedZones().filter((zone) => canonicalTimeZone(zone) !== zone)).toEqual([]);
  });

  it('has the offsets its zones keep today, winter and summer', () => {
    const wrong = abbreviatedZones().filter((zone) =>
      [january, july].some((at) => zoneAbbreviation(zone, timeZoneOffsetMinutes(at, zone), 'en') === undefined),
    );
    expect(wrong).toEqual([]);
  });
});

describe('zoneAbbreviation', () => {
  it('answers readers of English, in any region, and of the languages an entry names', () => {
    expect(zoneAbbreviation('Asia/Seoul', 540, 'en')).toBe('KST');
    expect(zoneAbbreviation('Asia/Seoul', 540, 'en-GB')).toBe('KST');
    expect(zoneAbbreviation('Asia/Seoul', 540, 'ko-KR')).toBe('KST');
    expect(zoneAbbreviation('Asia/Seoul', 540, 'ja')).toBeUndefined();
    expect(zoneAbbreviation('Asia/Tokyo', 540, 'ko')).toBeUndefined();
  });

  it('answers only for the offset an abbreviation stands for, and only for the zones it lists', () => {
    expect(zoneAbbreviation('Asia/Seoul', 600, 'en')).toBeUndefined(); // Korea's daylight-saving time of 1987-88
    expect(zoneAbbreviation('Asia/Shanghai', 480, 'en')).toBeUndefined();
  });
});
