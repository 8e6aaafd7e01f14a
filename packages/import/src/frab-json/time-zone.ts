import { canonicalTimeZone, formatOffset, timeZoneOffsetMinutes } from '@forumkit/core/time';

/** An instant the source wrote with its offset: the evidence a zone must agree with. */
export interface OffsetSample {
  readonly epochMs: number;
  /** Minutes east of UTC. */
  readonly offset: number;
  /** The `date` as written, and where, for warnings. */
  readonly written: string;
  readonly where: string;
}

export interface ChosenZone {
  readonly zone: string;
  readonly warning?: string;
}

const AREAS = ['Europe', 'America', 'Asia', 'Africa', 'Australia', 'Pacific', 'Atlantic', 'Indian', 'Antarctica'];

/** A zone's canonical IANA name (`europe/berlin` -> `Europe/Berlin`), or undefined when the platform does not know it. */
export function canonicalZone(name: unknown): string | undefined {
  return typeof name === 'string' && name.trim() !== '' ? canonicalTimeZone(name.trim()) : undefined;
}

const agrees = (zone: string, samples: readonly OffsetSample[]) => samples.every((s) => timeZoneOffsetMinutes(s.epochMs, zone) === s.offset);

/**
 * The zone the forum's wall clocks are written in. The offsets on the events' dates say when
 * things happen and are trusted; the declared `time_zone_name` is used when it agrees with
 * them. Otherwise: a city name as frab writes it ("Berlin") read as an IANA zone that agrees;
 * a fixed offset (`Etc/GMT-1`) when every date has the same one, so each wall clock stays as
 * written; else a zone that agrees with every offset (of the declared area first); else the
 * declared zone (or UTC), with the instants converted to it.
 */
export function chooseZone(declared: unknown, samples: readonly OffsetSample[], requested?: string): ChosenZone {
  const evidence = pickSamples(samples);
  const named = typeof declared === 'string' ? declared.trim() : '';
  if (requested !== undefined) {
    const disagreeing = evidence.find((s) => timeZoneOffsetMinutes(s.epochMs, requested) !== s.offset);
    return disagreeing === undefined
      ? { zone: requested }
      : { zone: requested, warning: `${describe(disagreeing)} is not at ${requested}'s offset: times were converted to wall clocks in ${requested}, as asked` };
  }
  const canonical = canonicalZone(named);
  if (canonical !== undefined && agrees(canonical, evidence)) return { zone: canonical };
  const what = named === '' ? 'schedule.conference.time_zone_name is missing' : `schedule.conference.time_zone_name ${JSON.stringify(named)}`;
  if (canonical === undefined && named !== '') {
    const city = named.replace(/\s+/g, '_');
    const zone = AREAS.map((area) => canonicalZone(`${area}/${city}`)).find((z) => z !== undefined && agrees(z, evidence));
    if (zone !== undefined) return { zone, warning: `${what} is not an IANA time zone: read as ${zone}, which agrees with the events' dates` };
  }
  const unknown = named === '' ? what : `${what} is not a time zone`;
  // With no offsets to go by, a zone that is known agrees with everything (returned above).
  if (evidence.length === 0) return { zone: 'UTC', warning: `${unknown} and no event's date has an offset: times were read as wall clocks in UTC` };
  const clash = canonical === undefined ? unknown : `${what} disagrees with ${describe(evidence.find((s) => !agrees(canonical, [s]))!)}`;
  const fixed = fixedOffsetZone(evidence);
  if (fixed !== undefined) return { zone: fixed, warning: `${clash}: the offsets were trusted and times kept as written, in ${fixed}` };
  const area = named.split('/')[0] ?? '';
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const fitting = [...zones.filter((z) => z.startsWith(`${area}/`)), ...zones].find((z) => agrees(z, evidence));
  if (fitting !== undefined)
    return { zone: fitting, warning: `${clash}: the offsets were trusted and times kept as written, in ${fitting}, a zone with the same offsets` };
  const zone = canonical ?? 'UTC';
  return { zone, warning: `${clash}, and no zone has all of the dates' offsets: the offsets were trusted and times converted to wall clocks in ${zone}` };
}

/** `Etc/GMT-1` for +01:00 everywhere (the Etc names count the other way), UTC for +00:00; undefined for mixed or part-hour offsets. */
function fixedOffsetZone(samples: readonly OffsetSample[]): string | undefined {
  const offset = samples[0]!.offset;
  if (samples.some((s) => s.offset !== offset) || offset % 60 !== 0 || offset < -12 * 60 || offset > 14 * 60) return undefined;
  return offset === 0 ? 'UTC' : `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset / 60)}`;
}

// One sample per offset and hour is as good as all of them, and keeps the search cheap for large schedules.
function pickSamples(samples: readonly OffsetSample[]): OffsetSample[] {
  const seen = new Map<string, OffsetSample>();
  for (const sample of samples) {
    const key = `${sample.offset}|${Math.floor(sample.epochMs / 3_600_000)}`;
    if (!seen.has(key)) seen.set(key, sample);
  }
  return [...seen.values()];
}

const describe = (sample: OffsetSample) => `${sample.where}: its date ${sample.written} (${formatOffset(sample.offset)})`;
