import { describe, expect, it } from 'vitest';
import { formatDay, formatShortDay, shortDayTimeStyle, zonedDate } from '../time/date-format.js';
import { timeEntry } from './time-entry.js';

// ICU separates times with thin and narrow no-break spaces; compare with plain ones.
const plain = (text: string | undefined) => text?.replace(/\s/g, ' ');
// CLDR's Korean day period is "오전"/"오후" in most ICU versions, "AM"/"PM" in the newest.
const MORNING = '(?:오전|AM)';
const EVENING = '(?:오후|PM)';

describe('timeEntry', () => {
  it('reads a session in English and in Korean, keeping the forum zone in the ISO values', () => {
    const en = timeEntry('2024-10-28T09:30', '2024-10-28T10:15', 'en', 'Asia/Seoul')!;
    expect(plain(en.text)).toBe('9:30 – 10:15 AM');
    expect(plain(en.start.text)).toBe('9:30 AM');
    expect(en.start).toMatchObject({ iso: '2024-10-28T09:30:00+09:00', date: '2024-10-28', zoneName: 'KST', withDate: false });
    expect(en.end).toMatchObject({ iso: '2024-10-28T10:15:00+09:00', zoneName: 'KST' });
    const ko = timeEntry('2024-10-28T09:30', '2024-10-28T10:15', 'ko', 'Asia/Seoul')!;
    expect(plain(ko.text)).toMatch(new RegExp(`^${MORNING} 9:30 ?~ ?10:15$`));
    expect(ko.start.zoneName).toBe('KST');
  });

  it('writes times as the locale does, leading zeros of 24-hour clocks included', () => {
    expect(timeEntry('2024-10-28T09:30', '2024-10-28T10:15', 'de', 'Asia/Seoul')!.start.text).toBe('09:30');
    expect(timeEntry('2024-10-28T09:05', undefined, 'en-GB', 'Asia/Seoul')!.start.text).toBe('09:05');
    expect(timeEntry('2024-10-28T09:05', undefined, 'fr', 'Asia/Seoul')!.start.text).toBe('09:05');
  });

  it('names each end’s own zone when the clocks change in between', () => {
    const night = timeEntry('2025-10-26T01:30', '2025-10-26T03:30', 'en', 'Europe/Berlin')!;
    expect(night.zoneChanges).toBe(true);
    expect(night.start.zoneName).toBe('CEST');
    expect(night.end?.zoneName).toBe('CET');
    expect(plain(night.text)).toBe('1:30 AM CEST – 3:30 AM CET');
    expect(night.end?.iso).toBe('2025-10-26T03:30:00+01:00');
    // The second 02:30 of the night, written with its offset, is an hour after the first.
    const repeated = timeEntry('2025-10-26T02:30', '2025-10-26T02:30+01:00', 'en', 'Europe/Berlin')!;
    expect(plain(repeated.text)).toBe('2:30 AM CEST – 2:30 AM CET');
    // German has names of its own for the zone.
    expect(plain(timeEntry('2025-10-26T01:30', '2025-10-26T03:30', 'de', 'Europe/Berlin')!.text)).toBe('01:30 MESZ – 03:30 MEZ');
  });

  it('gives each end its date, in the short style, when the entry runs past midnight or over days', () => {
    const late = timeEntry('2025-10-25T23:00', '2025-10-26T00:30', 'en-GB', 'Europe/Berlin', 'Europe/Berlin', 2025)!;
    expect(late.spansDays).toBe(true);
    expect([late.start.date, late.end?.date]).toEqual(['2025-10-25', '2025-10-26']);
    expect(plain(late.start.text)).toBe(`${formatShortDay('2025-10-25', 'en-GB')}, 23:00`);
    expect(plain(late.end?.text)).toBe(`${formatShortDay('2025-10-26', 'en-GB')}, 00:30`);
    expect(plain(late.text)).toBe('Sat 25 Oct, 23:00 – Sun 26 Oct, 00:30');
  });

  it('says the year of a date only when it is not the year the page knows', () => {
    const newYear = timeEntry('2025-12-31T23:00', '2026-01-01T01:00', 'en', 'Asia/Seoul', 'Asia/Seoul', 2025)!;
    expect(plain(newYear.text)).toBe('Wed, Dec 31, 2025, 11:00 PM – Thu, Jan 1, 2026, 1:00 AM');
    const former = timeEntry('2024-10-28T09:30', undefined, 'en', 'Asia/Seoul', 'Asia/Seoul', 2024)!;
    expect(plain(former.start.fullText)).toBe('Mon, Oct 28, 9:30 AM');
    expect(plain(timeEntry('2024-10-28T09:30', undefined, 'en', 'Asia/Seoul', 'Asia/Seoul', 2025)!.start.fullText)).toBe('Mon, Oct 28, 2024, 9:30 AM');
    // Without a known year, every date says it.
    expect(plain(timeEntry('2024-10-28T09:30', undefined, 'en', 'Asia/Seoul')!.start.fullText)).toBe('Mon, Oct 28, 2024, 9:30 AM');
  });

  it('shows forum times in another zone, dates moving with them', () => {
    const newYork = timeEntry('2024-10-28T09:30', '2024-10-28T10:15', 'ko', 'Asia/Seoul', 'America/New_York')!;
    expect(plain(newYork.text)).toMatch(new RegExp(`^${EVENING} 8:30 ?~ ?9:15$`));
    // Korean text writes the offset for New York; English readers know EDT.
    expect(newYork.start).toMatchObject({ date: '2024-10-27', zoneName: 'GMT-4', iso: '2024-10-28T09:30:00+09:00' });
    expect(timeEntry('2024-10-28T09:30', undefined, 'en-GB', 'Asia/Seoul', 'America/New_York')!.start.zoneName).toBe('EDT');
  });

  it('reads dates without times as dates in the short style, over several days as a range', () => {
    const days = timeEntry('2024-10-28', '2024-10-29', 'en', 'Asia/Seoul', 'Asia/Seoul', 2024)!;
    expect(plain(days.text)).toBe('Mon, Oct 28 – Tue, Oct 29');
    expect(days.start.zoneName).toBeUndefined();
    expect(plain(timeEntry('2024-10-28', '2024-10-29', 'ko', 'Asia/Seoul', 'Asia/Seoul', 2024)!.text)).toMatch(/^10월 28일 \(월\) ?~ ?29일 \(화\)$/);
    expect(timeEntry('2024-10-28', undefined, 'en', 'Asia/Seoul', 'America/New_York', 2024)!.text).toBe(formatShortDay('2024-10-28', 'en'));
  });

  it('shows the start alone when the end is missing, not after it, or of another kind', () => {
    expect(timeEntry('2024-10-28T09:30', undefined, 'en', 'Asia/Seoul')!.end).toBeUndefined();
    expect(timeEntry('2024-10-28T09:30', '2024-10-28T09:00', 'en', 'Asia/Seoul')!.end).toBeUndefined();
    expect(timeEntry('2024-10-28T09:30', '2024-10-29', 'en', 'Asia/Seoul')!.end).toBeUndefined();
  });

  it('gives undefined for a start that is not a forum date', () => {
    expect(timeEntry('2024-02-30T09:30', undefined, 'en', 'Asia/Seoul')).toBeUndefined();
  });
});

describe('formatDay', () => {
  it('names the weekday in the locale’s full date style', () => {
    expect(formatDay('2024-10-28', 'en')).toBe('Monday, October 28, 2024');
    expect(formatDay('2024-10-28', 'ko')).toBe('2024년 10월 28일 월요일');
    expect(formatDay('2024-10-28', 'de')).toBe('Montag, 28. Oktober 2024');
  });

  it('does not move years before 100 into the 1900s', () => {
    expect(formatDay('0024-10-28', 'en')).not.toContain('1924');
  });
});

describe('formatShortDay', () => {
  it('names the weekday, month and day, and the year when asked', () => {
    expect(formatShortDay('2024-10-28', 'en')).toBe('Mon, Oct 28');
    expect(formatShortDay('2024-10-28', 'ko')).toBe('10월 28일 (월)');
    expect(formatShortDay('2024-10-28', 'en', true)).toBe('Mon, Oct 28, 2024');
  });
});

describe('shortDayTimeStyle', () => {
  it('writes the hour as the locale’s short time does: padded in German, not in Japanese or English', () => {
    const nine = Date.UTC(2024, 9, 28, 9, 5);
    const format = (locale: string) => plain(new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...shortDayTimeStyle(locale, false) }).format(nine));
    expect(format('de')).toBe('Mo., 28. Okt., 09:05');
    expect(format('ja')).toBe('10月28日(月) 9:05');
    expect(format('en')).toBe('Mon, Oct 28, 9:05 AM');
  });
});

describe('zonedDate', () => {
  it('gives the calendar date of an instant in a zone', () => {
    const seoulMorning = Date.parse('2024-10-28T08:00:00+09:00');
    expect(zonedDate(seoulMorning, 'Asia/Seoul')).toBe('2024-10-28');
    expect(zonedDate(seoulMorning, 'America/New_York')).toBe('2024-10-27');
    expect(zonedDate(Date.parse('0024-06-01T12:00Z'), 'UTC')).toBe('0024-06-01');
    expect(zonedDate(Date.parse('0000-06-01T20:00Z'), 'Etc/GMT-9')).toBe('0000-06-02');
    expect(zonedDate(Date.parse('9999-12-31T23:00Z'), 'Pacific/Kiritimati')).toBe('10000-01-01');
  });

  it('keeps the seconds of old offsets: half a minute before midnight is still the day before', () => {
    expect(zonedDate(Date.parse('1970-06-02T00:44:00Z'), 'Africa/Monrovia')).toBe('1970-06-01');
    expect(zonedDate(Date.parse('1970-06-02T00:45:00Z'), 'Africa/Monrovia')).toBe('1970-06-02');
  });
});
