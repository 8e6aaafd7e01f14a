import { describe, expect, it } from 'vitest';
import { chooseZone, type OffsetSample } from './time-zone.js';

const at = (iso: string): OffsetSample => {
  const offset = iso.endsWith('Z') ? 0 : (iso.at(-6) === '-' ? -1 : 1) * (Number(iso.slice(-5, -3)) * 60 + Number(iso.slice(-2)));
  return { epochMs: Date.parse(iso), offset, written: iso, where: 'here' };
};

describe('chooseZone', () => {
  it('keeps a declared zone that agrees with the offsets, canonically named', () => {
    expect(chooseZone('europe/berlin', [at('2026-07-01T10:00:00+02:00'), at('2026-12-01T10:00:00+01:00')])).toEqual({ zone: 'Europe/Berlin' });
  });

  it('trusts the offsets over a zone that disagrees: one offset gives a fixed-offset zone', () => {
    const chosen = chooseZone('UTC', [at('2025-12-09T09:00:00+01:00')]);
    expect(chosen.zone).toBe('Etc/GMT-1');
    expect(chosen.warning).toMatch(/disagrees/);
    expect(chooseZone('Asia/Tokyo', [at('2025-12-09T09:00:00-05:00')]).zone).toBe('Etc/GMT+5');
  });

  it('finds a zone with changing offsets, of the declared area first', () => {
    const chosen = chooseZone('Europe/Nowhere', [at('2026-07-01T10:00:00+02:00'), at('2026-12-01T10:00:00+01:00')]);
    expect(chosen.zone).toMatch(/^Europe\//);
  });

  it('reads a missing zone as UTC when no date has an offset', () => {
    expect(chooseZone(undefined, [])).toMatchObject({ zone: 'UTC', warning: expect.stringMatching(/missing and no event's date has an offset/) });
    expect(chooseZone('Atlantis', [])).toMatchObject({ zone: 'UTC', warning: expect.stringMatching(/"Atlantis" is not a time zone/) });
  });
});
