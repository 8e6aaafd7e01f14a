import { describe, expect, it } from 'vitest';
import { timeZoneOffsetMinutes, toIsoDateTime, toLocalDateTime, zonedToEpochMs } from './time-zone.js';
import { readWallTime } from './wall-time-reading.js';

describe('toIsoDateTime', () => {
  it('gives the offset the zone has at that moment', () => {
    expect(toIsoDateTime('2024-10-28T09:30', 'Asia/Seoul')).toBe('2024-10-28T09:30:00+09:00');
    expect(toIsoDateTime('2024-01-15T12:00', 'Europe/Berlin')).toBe('2024-01-15T12:00:00+01:00');
    expect(toIsoDateTime('2024-07-15T12:00', 'Europe/Berlin')).toBe('2024-07-15T12:00:00+02:00');
    expect(toIsoDateTime('2024-01-15T12:00', 'America/New_York')).toBe('2024-01-15T12:00:00-05:00');
    expect(toIsoDateTime('2024-07-15T12:00:45', 'America/New_York')).toBe('2024-07-15T12:00:45-04:00');
  });

  it('keeps a date without a time as a date', () => {
    expect(toIsoDateTime('2024-10-28', 'Asia/Seoul')).toBe('2024-10-28');
  });

  it('moves a time in the skipped hour (clocks forward) on by the gap', () => {
    // Berlin: 02:00 became 03:00 on 2024-03-31; New York: the same on 2024-03-10.
    expect(toIsoDateTime('2024-03-31T01:59', 'Europe/Berlin')).toBe('2024-03-31T01:59:00+01:00');
    expect(toIsoDateTime('2024-03-31T02:30', 'Europe/Berlin')).toBe('2024-03-31T03:30:00+02:00');
    expect(toIsoDateTime('2024-03-31T03:00', 'Europe/Berlin')).toBe('2024-03-31T03:00:00+02:00');
    expect(toIsoDateTime('2024-03-10T02:30', 'America/New_York')).toBe('2024-03-10T03:30:00-04:00');
  });

  it('takes the first of a repeated hour (clocks back)', () => {
    // Berlin: 03:00 became 02:00 on 2024-10-27; New York: 02:00 became 01:00 on 2024-11-03.
    expect(toIsoDateTime('2024-10-27T02:30', 'Europe/Berlin')).toBe('2024-10-27T02:30:00+02:00');
    expect(toIsoDateTime('2024-10-27T03:00', 'Europe/Berlin')).toBe('2024-10-27T03:00:00+01:00');
    expect(toIsoDateTime('2024-11-03T01:30', 'America/New_York')).toBe('2024-11-03T01:30:00-04:00');
    expect(toIsoDateTime('2024-11-03T02:00', 'America/New_York')).toBe('2024-11-03T02:00:00-05:00');
  });

  it('handles Lord Howe Island, whose clocks move by half an hour', () => {
    expect(toIsoDateTime('2024-06-01T12:00', 'Australia/Lord_Howe')).toBe('2024-06-01T12:00:00+10:30');
    expect(toIsoDateTime('2024-12-01T12:00', 'Australia/Lord_Howe')).toBe('2024-12-01T12:00:00+11:00');
    // 02:00 became 02:30 on 2024-10-06; 02:00 became 01:30 on 2024-04-07.
    expect(toIsoDateTime('2024-10-06T02:15', 'Australia/Lord_Howe')).toBe('2024-10-06T02:45:00+11:00');
    expect(toIsoDateTime('2024-04-07T01:45', 'Australia/Lord_Howe')).toBe('2024-04-07T01:45:00+11:00');
    expect(toIsoDateTime('2024-04-07T02:00', 'Australia/Lord_Howe')).toBe('2024-04-07T02:00:00+10:30');
  });

  it('writes years before 1000 with four digits, and before 100 without moving them', () => {
    expect(toIsoDateTime('0024-01-01T10:00', 'UTC')).toBe('0024-01-01T10:00:00+00:00');
    expect(toIsoDateTime('0999-12-31T23:59', 'UTC')).toBe('0999-12-31T23:59:00+00:00');
  });

  it('reads the year 0 (1 BC) and New Year on either side of UTC correctly', () => {
    expect(toIsoDateTime('0000-06-01T12:00', 'Etc/GMT-9')).toBe('0000-06-01T12:00:00+09:00');
    expect(toIsoDateTime('0000-01-01T03:00', 'Etc/GMT-9')).toBe('0000-01-01T03:00:00+09:00');
    expect(toIsoDateTime('0000-12-31T22:00', 'Etc/GMT+5')).toBe('0000-12-31T22:00:00-05:00');
    expect(toIsoDateTime('2024-12-31T23:30', 'Pacific/Kiritimati')).toBe('2024-12-31T23:30:00+14:00');
    expect(toIsoDateTime('2025-01-01T00:30', 'Pacific/Pago_Pago')).toBe('2025-01-01T00:30:00-11:00');
  });

  it('gives undefined for text that is not a forum date', () => {
    expect(toIsoDateTime('2024-02-30T10:00', 'Asia/Seoul')).toBeUndefined();
    expect(toIsoDateTime('yesterday', 'Asia/Seoul')).toBeUndefined();
  });
});

describe('zonedToEpochMs and timeZoneOffsetMinutes', () => {
  it('name the same instant a Date would', () => {
    expect(zonedToEpochMs('2024-10-28T09:30', 'Asia/Seoul')).toBe(Date.parse('2024-10-28T09:30:00+09:00'));
    expect(zonedToEpochMs('2024-10-28', 'Asia/Seoul')).toBe(Date.parse('2024-10-28T00:00:00+09:00'));
    expect(zonedToEpochMs('2024-11-03T01:30', 'America/New_York')).toBe(Date.parse('2024-11-03T01:30:00-04:00'));
  });

  it('give minutes east of UTC, half hours included', () => {
    expect(timeZoneOffsetMinutes(Date.parse('2024-10-28T00:00Z'), 'Asia/Seoul')).toBe(540);
    expect(timeZoneOffsetMinutes(Date.parse('2024-06-01T00:00Z'), 'Australia/Lord_Howe')).toBe(630);
    expect(timeZoneOffsetMinutes(Date.parse('2024-01-15T00:00Z'), 'America/New_York')).toBe(-300);
    expect(timeZoneOffsetMinutes(Date.parse('0024-06-01T00:00Z'), 'UTC')).toBe(0);
  });
});

describe('toIsoDateTime through whole years', () => {
  // An independent reading of each result: Intl's own offset name for the instant it names.
  const offsetAt = (iso: string, format: Intl.DateTimeFormat) => {
    const name = format.formatToParts(Date.parse(iso)).find((part) => part.type === 'timeZoneName')!.value;
    return name === 'GMT' ? '+00:00' : name.slice(3);
  };

  it.each(['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Seoul', 'America/Santiago'])(
    'gives %s the offset it has at each half hour of 2024, keeping every time that exists',
    (timeZone) => {
      const format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
      const wrong: string[] = [];
      let moved = 0;
      for (let at = Date.UTC(2024, 0, 1); at < Date.UTC(2025, 0, 1); at += 30 * 60000) {
        const wall = new Date(at).toISOString().slice(0, 16);
        const iso = toIsoDateTime(wall, timeZone)!;
        if (iso.slice(-6) !== offsetAt(iso, format)) wrong.push(`${wall} -> ${iso}`);
        if (!iso.startsWith(wall)) moved++; // only times the clocks skip may move
      }
      expect(wrong).toEqual([]);
      // A one-hour gap skips two half hours a year (Lord Howe's half-hour gap, one; Seoul, none).
      expect(moved).toBe({ 'Australia/Lord_Howe': 1, 'Asia/Seoul': 0 }[timeZone] ?? 2);
    },
  );

  it('moves a time on the day Samoa skipped (2011-12-30) to the day after', () => {
    expect(toIsoDateTime('2011-12-30T12:00', 'Pacific/Apia')).toBe('2011-12-31T12:00:00+14:00');
    expect(toIsoDateTime('2011-12-29T12:00', 'Pacific/Apia')).toBe('2011-12-29T12:00:00-10:00');
  });
});

describe('readWallTime', () => {
  it('tells a time that happens once, twice (clocks going back) or never (clocks going forward)', () => {
    expect(readWallTime('2025-10-26T01:30', 'Europe/Berlin')).toEqual({ kind: 'once', offset: 120 });
    expect(readWallTime('2025-10-26T02:30', 'Europe/Berlin')).toEqual({ kind: 'twice', offsets: [120, 60] });
    expect(readWallTime('2025-10-26T03:00', 'Europe/Berlin')).toEqual({ kind: 'once', offset: 60 });
    expect(readWallTime('2025-03-30T02:30', 'Europe/Berlin')).toEqual({ kind: 'never', jumpsFrom: '2025-03-30T02:00', jumpsTo: '2025-03-30T03:00' });
    expect(readWallTime('2025-11-02T01:30', 'America/New_York')).toEqual({ kind: 'twice', offsets: [-240, -300] });
    expect(readWallTime('2025-10-05T02:15', 'Australia/Lord_Howe')).toEqual({ kind: 'never', jumpsFrom: '2025-10-05T02:00', jumpsTo: '2025-10-05T02:30' });
    expect(readWallTime('2024-10-28T09:30', 'Asia/Seoul')).toEqual({ kind: 'once', offset: 540 });
  });

  it('names the day Samoa skipped whole', () => {
    expect(readWallTime('2011-12-30T12:00', 'Pacific/Apia')).toEqual({ kind: 'never', jumpsFrom: '2011-12-30T00:00', jumpsTo: '2011-12-31T00:00' });
  });
});

describe('a written offset', () => {
  it('picks the second of a repeated hour, and is kept in the ISO text', () => {
    expect(toIsoDateTime('2025-10-26T02:30', 'Europe/Berlin')).toBe('2025-10-26T02:30:00+02:00');
    expect(toIsoDateTime('2025-10-26T02:30+01:00', 'Europe/Berlin')).toBe('2025-10-26T02:30:00+01:00');
    expect(toIsoDateTime('2025-10-26T02:30:20+01:00', 'Europe/Berlin')).toBe('2025-10-26T02:30:20+01:00');
    expect(zonedToEpochMs('2025-10-26T02:30+01:00', 'Europe/Berlin')! - zonedToEpochMs('2025-10-26T02:30', 'Europe/Berlin')!).toBe(3_600_000);
  });
});

describe('toLocalDateTime', () => {
  it('gives the wall clock of an instant, the offset only for the second of a repeated hour', () => {
    expect(toLocalDateTime(Date.parse('2024-10-28T00:30:00Z'), 'Asia/Seoul')).toBe('2024-10-28T09:30');
    expect(toLocalDateTime(Date.parse('2024-10-28T00:30:15Z'), 'Asia/Seoul')).toBe('2024-10-28T09:30:15');
    expect(toLocalDateTime(Date.parse('2025-10-26T00:30:00Z'), 'Europe/Berlin')).toBe('2025-10-26T02:30');
    expect(toLocalDateTime(Date.parse('2025-10-26T01:30:00Z'), 'Europe/Berlin')).toBe('2025-10-26T02:30+01:00');
  });

  it('is the inverse of zonedToEpochMs at every quarter hour of a year with two clock changes', () => {
    for (let at = Date.UTC(2025, 0, 1); at < Date.UTC(2026, 0, 1); at += 15 * 60_000) {
      expect(zonedToEpochMs(toLocalDateTime(at, 'America/New_York'), 'America/New_York')).toBe(at);
    }
  });
});
