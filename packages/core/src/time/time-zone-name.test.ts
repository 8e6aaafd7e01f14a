import { afterEach, describe, expect, it, vi } from 'vitest';
import { canonicalTimeZone, isTimeZone } from './time-zone-name.js';

// Links (other names for a zone) that engines name differently: older ones resolve them to their
// target (Asia/Kolkata -> Asia/Calcutta), newer ones keep them as written.
const LINKS = [
  'Asia/Kolkata',
  'Europe/Kyiv',
  'America/Argentina/Buenos_Aires',
  'Asia/Ho_Chi_Minh',
  'Atlantic/Faroe',
  'America/Nuuk',
  'Etc/UTC',
  'Etc/GMT',
  'America/Knox_IN',
  'Australia/ACT',
];
const NAMES = [
  'Asia/Seoul',
  'Europe/Berlin',
  'America/New_York',
  'Australia/Lord_Howe',
  'UTC',
  'Etc/GMT-9',
  'Etc/GMT+12',
  'America/Port-au-Prince',
  'Antarctica/DumontDUrville',
  ...LINKS,
];
// What engines take besides IANA's Area/Location names (Chromium takes "+09:00" and "Factory").
const NOT_NAMES = [
  '+09:00',
  '-05:00',
  'Factory',
  'EST',
  'GMT',
  'US/Pacific',
  'Japan',
  'SystemV/AST4',
  'Etc/Unknown',
  'Mars/Olympus_Mons',
  'Seoul',
  '',
  'Asia/Seoul/Gangnam',
  'x'.repeat(10_000),
];

describe('isTimeZone', () => {
  it.each(NAMES)('knows %s', (zone) => {
    expect(isTimeZone(zone)).toBe(true);
  });

  it('knows every Area/Location zone the platform lists', () => {
    const listed = Intl.supportedValuesOf('timeZone').filter((zone) => zone.includes('/') && !zone.startsWith('SystemV/'));
    expect(listed.filter((zone) => !isTimeZone(zone))).toEqual([]);
  });

  it.each(NOT_NAMES)('refuses %j', (zone) => {
    expect(isTimeZone(zone)).toBe(false);
  });

  it.each(NAMES.map((zone) => [zone, zone.toLowerCase()]))('refuses %s written %s, and knows what it means', (zone, lower) => {
    expect(isTimeZone(lower)).toBe(false);
    if (zone.toUpperCase() !== zone) expect(isTimeZone(zone.toUpperCase())).toBe(false);
    expect(canonicalTimeZone(lower)).toBe(zone);
  });
});

describe('isTimeZone on engines that name zones otherwise', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.resetModules();
  });

  /** isTimeZone where Intl answers as `resolve` says (a name, or undefined for a zone it refuses). */
  async function onEngine(resolve: (zone: string) => string | undefined) {
    vi.resetModules();
    const real = Intl.DateTimeFormat;
    // A function, not an arrow: the code under test calls it with `new`.
    vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(function (locale?: string | string[], options?: Intl.DateTimeFormatOptions) {
      const name = resolve(options!.timeZone!);
      if (name === undefined) throw new RangeError(`Invalid time zone specified: ${options!.timeZone}`);
      const formatter = new real(locale, { ...options, timeZone: 'UTC' });
      const resolved = { ...formatter.resolvedOptions(), timeZone: name };
      return Object.assign(formatter, { resolvedOptions: () => resolved });
    } as unknown as typeof Intl.DateTimeFormat);
    return (await import('./time-zone-name.js')).isTimeZone;
  }

  const here = (zone: string) => {
    try {
      return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
    } catch {
      return undefined;
    }
  };
  // A newer engine: every link kept as IANA writes it, offsets and "Factory" taken as zones.
  const canonical = new Map([...NAMES, ...NOT_NAMES.filter((zone) => here(zone) !== undefined)].map((zone) => [zone.toLowerCase(), zone]));
  const keepsLinks = (zone: string) => (/^[+-]\d\d:\d\d$/.test(zone) || zone === 'Factory' ? zone : canonical.get(zone.toLowerCase()));
  const inputs = [...NAMES, ...NAMES.map((zone) => zone.toLowerCase()), ...NAMES.map((zone) => zone.toUpperCase()), ...NOT_NAMES];

  it('accepts the same names whether the engine keeps links or resolves them, and refuses offsets and Factory on both', async () => {
    const resolvingLinks = inputs.map(isTimeZone);
    const isTimeZoneKeepingLinks = await onEngine(keepsLinks);
    expect(inputs.map(isTimeZoneKeepingLinks)).toEqual(resolvingLinks);
    expect(isTimeZoneKeepingLinks('+09:00')).toBe(false);
    expect(isTimeZoneKeepingLinks('Factory')).toBe(false);
  });
});
