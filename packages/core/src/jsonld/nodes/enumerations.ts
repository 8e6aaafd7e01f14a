import type { EventAttendanceModeEnumeration, EventStatusType, ItemAvailability } from 'schema-dts';
import type { AttendanceMode, EventStatus, OfferAvailability } from '../../model/vocabularies.js';

/** `moved-online` -> `MovedOnline`, at the type level too. */
type Pascal<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Capitalize<Head>}${Pascal<Tail>}` : Capitalize<S>;

// The model's tokens name schema.org's members by one rule, so no table is shipped; the return types
// make the compiler prove every token gives a real member (a new token that does not fails to build).
function member<Name extends string>(prefix: string, token: string, suffix = ''): `https://schema.org/${Name}` {
  return `https://schema.org/${prefix}${token.replace(/(?:^|-)(\w)/g, (_, letter: string) => letter.toUpperCase())}${suffix}` as `https://schema.org/${Name}`;
}

export function eventStatus(status: EventStatus | undefined): EventStatusType | undefined {
  return status && member<`Event${Pascal<EventStatus>}`>('Event', status);
}

// The one token that does not follow the rule: schema.org says LimitedAvailability.
export function itemAvailability(availability: OfferAvailability | undefined): ItemAvailability | undefined {
  type Name = Pascal<Exclude<OfferAvailability, 'limited'>> | 'LimitedAvailability';
  return availability && member<Name>('', availability, availability === 'limited' ? 'Availability' : '');
}

/** schema.org's member for an attendance mode (`mixed` -> MixedEventAttendanceMode). */
export function attendanceModeMember(mode: AttendanceMode): EventAttendanceModeEnumeration {
  return member<`${Pascal<AttendanceMode>}EventAttendanceMode`>('', mode, 'EventAttendanceMode');
}
