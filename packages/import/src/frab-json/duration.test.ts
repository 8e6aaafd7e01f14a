import { describe, expect, it } from 'vitest';
import { formatDuration, readDuration } from './duration.js';

describe('readDuration', () => {
  it.each([
    ['01:30', 5400],
    ['1:30', 5400],
    ['0:45', 2700],
    ['00:05', 300],
    ['26:00', 93600],
    ['PT1H15M', 4500],
  ])('reads %s', (text, seconds) => {
    expect(readDuration(text)).toEqual({ seconds });
  });

  it('reads what needs care, and says why', () => {
    expect(readDuration('0:90')).toEqual({ seconds: 5400, note: 'has 90 minutes: read as 0 h + 90 min' });
    expect(readDuration('1:00:00').seconds).toBe(3600);
    expect(readDuration('1:00:00').note).toMatch(/hours:minutes:seconds/);
    expect(readDuration(45)).toEqual({ seconds: 2700, note: 'is a number: read as minutes' });
    expect(readDuration('soon').seconds).toBeUndefined();
    expect(readDuration(undefined).note).toBe('is missing');
    expect(readDuration('9999999:00').seconds).toBeUndefined();
  });

  it('writes durations as frab does', () => {
    expect([formatDuration(5400), formatDuration(300), formatDuration(93600), formatDuration(0)]).toEqual(['01:30', '00:05', '26:00', '00:00']);
  });
});
