// Validation's words for a zone name it refuses, and the zone that was probably meant: a module of
// its own, so that code which only checks names (forumkit's drop-in bundle) leaves it out.
import { canonicalTimeZone, isTimeZone, platformName } from './time-zone-name.js';

/** Why `isTimeZone` refuses a value, in words for a validation message. */
export function explainTimeZone(value: string): string {
  const wanted = 'must be an IANA time zone such as "Asia/Seoul"';
  return /^(?:UTC|GMT)?[+-]\d/i.test(value) ? `${wanted}, not an offset` : wanted;
}

/**
 * The zone name someone most likely meant: `asia/seoul` -> `Asia/Seoul`, and where the platform
 * says so, `US/Pacific` -> `America/Los_Angeles`. Never for an abbreviation: `EST` is a link to
 * `America/Panama`, which is not what anyone writing it means.
 */
export function suggestTimeZone(value: string): string | undefined {
  const name = canonicalTimeZone(value) ?? (value.length <= 64 && !/^[A-Z]{3,5}\d*(?:[A-Z]{3})?$/.test(value) ? platformName(value) : undefined);
  return name !== undefined && isTimeZone(name) ? name : undefined;
}
