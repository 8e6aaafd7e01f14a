import { offsetFormatter } from './time-zone.js';

// Zone names as IANA writes them: Area/Location (`Asia/Seoul`, `America/Argentina/Salta`),
// `Etc/…` or `UTC`. Engines take more besides, and not the same more (Chromium takes "+09:00" and
// "Factory", Node does not; Intl takes any letter case), so the form is decided here, and a forum
// valid in Node is valid in every browser.
const IANA_FORM = /^(?:(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc)(?:\/[A-Za-z0-9_+-]+)+|UTC)$/i;
// Words IANA capitalises otherwise than as names, in links that older engines resolve to another zone.
const IRREGULAR = new Map(['GMT', 'UTC', 'UCT', 'ACT', 'LHI', 'NSW', 'IN', 'ComodRivadavia'].map((word) => [word.toLowerCase(), word]));

/** The name the platform gives the zone `value` names, or undefined when it knows none. */
export function platformName(value: string): string | undefined {
  try {
    return offsetFormatter(value).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/**
 * The zone `value` names in any letter case, written as IANA writes it (`asia/seoul` ->
 * `Asia/Seoul`); undefined when it is no IANA Area/Location name, `Etc/…` or `UTC` the platform knows.
 */
export function canonicalTimeZone(value: string): string | undefined {
  const name = value.length <= 64 && IANA_FORM.test(value) && !/^etc\/unknown$/i.test(value) ? platformName(value) : undefined;
  if (name === undefined || name.toLowerCase() === value.toLowerCase()) return name;
  // Older engines name a link by its target (Asia/Kolkata -> Asia/Calcutta): IANA's own case then.
  return value.toLowerCase().replace(/[a-z]+/g, (word) => IRREGULAR.get(word) ?? word[0]!.toUpperCase() + word.slice(1));
}

/** True for an IANA time zone name as IANA writes it (`Asia/Seoul`, `Etc/GMT-9`, `UTC`; not `asia/seoul`, `+09:00` or `EST`). */
export function isTimeZone(value: string): boolean {
  return canonicalTimeZone(value) === value;
}
