import { describe, expect, it } from 'vitest';
import { explainInvalidLocalDateTime } from './explain-local-date-time.js';
import { datePart, isDateOnly, parseLocalDateTime, utcMs, withoutOffset, writtenOffset } from './local-date-time.js';

describe('parseLocalDateTime', () => {
  it('reads a date, a date-time and a date-time with seconds', () => {
    expect(parseLocalDateTime('2024-10-28')).toEqual({ year: 2024, month: 10, day: 28 });
    expect(parseLocalDateTime('2024-10-28T09:30')).toEqual({ year: 2024, month: 10, day: 28, time: { hour: 9, minute: 30, second: 0 } });
    expect(parseLocalDateTime('2024-10-28T23:59:59')).toEqual({ year: 2024, month: 10, day: 28, time: { hour: 23, minute: 59, second: 59 } });
  });

  it('knows leap years, including the century rules', () => {
    expect(parseLocalDateTime('2024-02-29')).toBeDefined();
    expect(parseLocalDateTime('2023-02-29')).toBeUndefined();
    expect(parseLocalDateTime('2000-02-29')).toBeDefined();
    expect(parseLocalDateTime('1900-02-29')).toBeUndefined();
    // Years before 100 are not shifted into the 1900s.
    expect(parseLocalDateTime('0024-02-29')).toBeDefined();
    expect(parseLocalDateTime('0025-02-29')).toBeUndefined();
  });

  it.each([
    '2024-02-30',
    '2024-04-31',
    '2024-13-01',
    '2024-00-10',
    '2024-10-00',
    '2024-10-28T24:00',
    '2024-10-28T25:00',
    '2024-10-28T09:60',
    '2024-10-28T09:30:60',
  ])('refuses %s, which does not exist', (value) => expect(parseLocalDateTime(value)).toBeUndefined());

  it.each([
    '28/10/2024',
    '2024-1-5',
    '2024-10-28 09:30',
    '2024-10-28T09:30Z',
    '2024-10-28T09:30+0900',
    '2024-10-28+09:00',
    '2024-10-28T09:30+19:00',
    '2024-10-28T9:30',
    '20241028',
    ' 2024-10-28',
    '',
  ])('refuses %j, which is not in the forum format', (value) => expect(parseLocalDateTime(value)).toBeUndefined());
});

describe('written offsets', () => {
  it('reads an offset after the minutes or seconds, in minutes east of UTC', () => {
    expect(parseLocalDateTime('2025-10-26T02:30+01:00')).toEqual({ year: 2025, month: 10, day: 26, time: { hour: 2, minute: 30, second: 0 }, offset: 60 });
    expect(parseLocalDateTime('2025-10-26T02:30:15-03:30')?.offset).toBe(-210);
    expect(writtenOffset('2025-10-26T02:30+05:45')).toBe(345);
    expect(writtenOffset('2025-10-26T02:30')).toBeUndefined();
    expect(writtenOffset('2025-10-26T02:30+01:60')).toBeUndefined();
  });

  it('keeps the wall clock apart from the offset', () => {
    expect(withoutOffset('2025-10-26T02:30+01:00')).toBe('2025-10-26T02:30');
    expect(withoutOffset('2025-10-26T02:30:15+01:00')).toBe('2025-10-26T02:30:15');
    expect(withoutOffset('2025-10-26')).toBe('2025-10-26');
    expect(datePart('2025-10-26T02:30+01:00')).toBe('2025-10-26');
    expect(isDateOnly('2025-10-26T02:30+01:00')).toBe(false);
  });
});

describe('explainInvalidLocalDateTime', () => {
  it('says what is wrong with a date or time that does not exist', () => {
    expect(explainInvalidLocalDateTime('2024-02-30')).toBe('is not a real date: 2024-02 has 29 days');
    expect(explainInvalidLocalDateTime('2023-02-29T10:00')).toBe('is not a real date: 2023-02 has 28 days');
    expect(explainInvalidLocalDateTime('2024-13-01')).toBe('is not a real date: there is no month 13');
    expect(explainInvalidLocalDateTime('2024-10-28T24:00')).toBe(
      'is not a real time: hours go from 00 to 23, minutes and seconds from 00 to 59 (midnight is 00:00 of the next day)',
    );
  });
});

describe('utcMs', () => {
  it('agrees with Date.UTC, and keeps years before 100 as written', () => {
    expect(utcMs(2024, 10, 28, 9, 30)).toBe(Date.UTC(2024, 9, 28, 9, 30));
    expect(new Date(utcMs(24, 1, 1)).toISOString()).toBe('0024-01-01T00:00:00.000Z');
  });
});

describe('isDateOnly and datePart', () => {
  it('tell a date from a date-time and take the date of either', () => {
    expect(isDateOnly('2024-10-28')).toBe(true);
    expect(isDateOnly('2024-10-28T09:30')).toBe(false);
    expect(datePart('2024-10-28T09:30')).toBe('2024-10-28');
    expect(datePart('2024-10-28')).toBe('2024-10-28');
  });
});
