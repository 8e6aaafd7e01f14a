import { describe, expect, it } from 'vitest';
import { zoneName } from './zone-name.js';

const winter = Date.UTC(2025, 0, 15, 12);
const summer = Date.UTC(2025, 6, 15, 12);
/** The zone's name in winter and in summer (of the northern hemisphere). */
const year = (locale: string, zone: string) => [zoneName(winter, locale, zone), zoneName(summer, locale, zone)];
// What Intl says by itself, where the rule keeps it.
const intl = (at: number, locale: string, zone: string) =>
  new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'short' }).formatToParts(at).find((part) => part.type === 'timeZoneName')?.value;

describe('zoneName', () => {
  it('names zones in English by the abbreviations English readers know, where Intl gives only an offset', () => {
    expect(intl(winter, 'en', 'Asia/Seoul')).toBe('GMT+9'); // what the rule is for
    expect(year('en', 'Asia/Seoul')).toEqual(['KST', 'KST']);
    expect(year('en-GB', 'Asia/Tokyo')).toEqual(['JST', 'JST']);
    expect(year('en', 'Europe/Berlin')).toEqual(['CET', 'CEST']);
    expect(year('en', 'Europe/London')).toEqual(['GMT', 'BST']);
    expect(year('en-GB', 'America/New_York')).toEqual(['EST', 'EDT']);
    expect(year('en-IN', 'America/Los_Angeles')).toEqual(['PST', 'PDT']);
    expect(year('en', 'Australia/Sydney')).toEqual(['AEDT', 'AEST']); // summer in the south is January
    expect(year('en', 'Asia/Kolkata')).toEqual(['IST', 'IST']);
    expect(['Africa/Johannesburg', 'Asia/Singapore', 'Asia/Hong_Kong', 'Europe/Moscow', 'Asia/Karachi'].map((zone) => zoneName(winter, 'en', zone))).toEqual([
      'SAST',
      'SGT',
      'HKT',
      'MSK',
      'PKT',
    ]);
  });

  it('keeps the names Intl has for a language', () => {
    expect(year('en', 'America/Chicago')).toEqual(['CST', 'CDT']);
    expect(year('de', 'Europe/Berlin')).toEqual(['MEZ', 'MESZ']);
    expect(year('ja', 'Asia/Tokyo')).toEqual(['JST', 'JST']);
    expect(year('en', 'UTC')).toEqual(['UTC', 'UTC']);
  });

  it('gives Korean readers KST for Korea, and offsets for zones Korean text does not abbreviate', () => {
    expect(year('ko', 'Asia/Seoul')).toEqual(['KST', 'KST']);
    expect(year('ko', 'Asia/Tokyo')).toEqual([intl(winter, 'ko', 'Asia/Tokyo'), intl(summer, 'ko', 'Asia/Tokyo')]);
    expect(year('ko', 'Europe/Berlin')).toEqual(['GMT+1', 'GMT+2']);
  });

  it('keeps the offset, as the locale writes it, for readers of other languages', () => {
    for (const locale of ['fr', 'de', 'zh-Hans', 'ar', 'es']) {
      expect(zoneName(winter, locale, 'Asia/Seoul'), locale).toBe(intl(winter, locale, 'Asia/Seoul'));
    }
    expect(zoneName(winter, 'fr', 'Asia/Seoul')).toBe('UTC+9');
  });

  it('keeps the offset where no abbreviation is widely read, or the zone kept other hours', () => {
    expect(zoneName(winter, 'en', 'Asia/Shanghai')).toBe('GMT+8'); // CST would read as the US Central
    expect(zoneName(winter, 'en', 'Europe/Dublin')).toBe('GMT');
    expect(zoneName(summer, 'en', 'Europe/Dublin')).toBe('GMT+1'); // not IST, which most readers take for India's
    // Korea kept daylight-saving time in 1987, Berlin double summer time in 1945: neither is KST or CEST.
    expect(zoneName(Date.UTC(1987, 6, 1), 'en', 'Asia/Seoul')).toBe('GMT+10');
    expect(zoneName(Date.UTC(1945, 6, 1), 'en', 'Europe/Berlin')).toBe('GMT+3');
  });
});
