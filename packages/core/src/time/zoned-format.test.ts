import { describe, expect, it } from 'vitest';
import { formatDay, formatTimeRange, zonedDate } from './zoned-format.js';

// ICU separates times with thin and narrow no-break spaces; compare with plain ones.
const plain = (text: string | undefined) => text?.replace(/\s/g, ' ');
// CLDR's Korean day period is "오전"/"오후" in most ICU versions, "AM"/"PM" in the newest.
const MORNING = '(?:오전|AM)';
const EVENING = '(?:오후|PM)';

describe('formatTimeRange', () => {
  it('formats a session in English and in Korean', () => {
    const en = formatTimeRange('2024-10-28T09:30', '2024-10-28T10:15', 'en', 'Asia/Seoul')!;
    expect(plain(en.text)).toBe('9:30 – 10:15 AM');
    expect(plain(en.startText)).toBe('9:30 AM');
    expect(en.zoneName).toBe('GMT+9');
    expect(en.startIso).toBe('2024-10-28T09:30:00+09:00');
    expect(en.endIso).toBe('2024-10-28T10:15:00+09:00');

    const ko = formatTimeRange('2024-10-28T09:30', '2024-10-28T10:15', 'ko', 'Asia/Seoul')!;
    expect(plain(ko.text)).toMatch(new RegExp(`^${MORNING} 9:30 ?~ ?10:15$`));
    expect(ko.startIso).toBe(en.startIso);
  });

  it('shows forum times in the display zone, keeping the forum zone in the ISO values', () => {
    const berlin = formatTimeRange('2024-10-28T09:30', '2024-10-28T10:15', 'en', 'Asia/Seoul', 'Europe/Berlin')!;
    expect(plain(berlin.text)).toBe('1:30 – 2:15 AM');
    expect(berlin.zoneName).toBe('GMT+1');
    expect(berlin.startIso).toBe('2024-10-28T09:30:00+09:00');

    const newYork = formatTimeRange('2024-10-28T09:30', '2024-10-28T10:15', 'ko', 'Asia/Seoul', 'America/New_York')!;
    expect(plain(newYork.text)).toMatch(new RegExp(`^${EVENING} 8:30 ?~ ?9:15$`));
    expect(newYork.zoneName).toBe('GMT-4');
  });

  it('formats dates without times as dates, as a range over several days', () => {
    expect(plain(formatTimeRange('2024-10-28', '2024-10-29', 'en', 'Asia/Seoul')!.text)).toBe('October 28 – 29, 2024');
    expect(plain(formatTimeRange('2024-10-28', '2024-10-29', 'ko', 'Asia/Seoul')!.text)).toMatch(/^2024년 10월 28일 ?~ ?29일$/);
    const oneDay = formatTimeRange('2024-10-28', undefined, 'en', 'Asia/Seoul', 'America/New_York')!;
    expect(oneDay.text).toBe('October 28, 2024');
    expect(oneDay.zoneName).toBeUndefined();
  });

  it('shows the start alone when the end is missing or not after it', () => {
    expect(plain(formatTimeRange('2024-10-28T09:30', undefined, 'en', 'Asia/Seoul')!.text)).toBe('9:30 AM');
    expect(plain(formatTimeRange('2024-10-28T09:30', '2024-10-28T09:00', 'en', 'Asia/Seoul')!.text)).toBe('9:30 AM');
  });

  it('gives undefined for a start that is not a forum date', () => {
    expect(formatTimeRange('2024-02-30T09:30', undefined, 'en', 'Asia/Seoul')).toBeUndefined();
  });
});

describe('formatDay', () => {
  it('names the weekday in the language', () => {
    expect(formatDay('2024-10-28', 'en')).toBe('Monday, October 28, 2024');
    expect(formatDay('2024-10-28', 'ko')).toBe('2024년 10월 28일 월요일');
  });

  it('does not move years before 100 into the 1900s', () => {
    expect(formatDay('0024-10-28', 'en')).not.toContain('1924');
    expect(formatDay('0024-10-28', 'en')).toMatch(/October 28, 24$/);
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
    // Monrovia kept -0:44:30 until 1972: at 00:44 UTC its clocks showed 23:59:30.
    expect(zonedDate(Date.parse('1970-06-02T00:44:00Z'), 'Africa/Monrovia')).toBe('1970-06-01');
    expect(zonedDate(Date.parse('1970-06-02T00:45:00Z'), 'Africa/Monrovia')).toBe('1970-06-02');
  });
});
