import type { EventAttendanceModeEnumeration, EventStatusType, ItemAvailability } from 'schema-dts';
import type { AttendanceMode, EventStatus, OfferAvailability } from '../../model/vocabularies.js';
import type { Forum } from '../../model/types.js';

// Full https://schema.org/ IRIs: the form Google documents, and exact members of each enumeration.
const EVENT_STATUS: Readonly<Record<EventStatus, EventStatusType>> = {
  scheduled: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  postponed: 'https://schema.org/EventPostponed',
  rescheduled: 'https://schema.org/EventRescheduled',
  'moved-online': 'https://schema.org/EventMovedOnline',
};

const ATTENDANCE_MODE: Readonly<Record<AttendanceMode, EventAttendanceModeEnumeration>> = {
  offline: 'https://schema.org/OfflineEventAttendanceMode',
  online: 'https://schema.org/OnlineEventAttendanceMode',
  mixed: 'https://schema.org/MixedEventAttendanceMode',
};

const AVAILABILITY: Readonly<Record<OfferAvailability, ItemAvailability>> = {
  'in-stock': 'https://schema.org/InStock',
  'sold-out': 'https://schema.org/SoldOut',
  'pre-order': 'https://schema.org/PreOrder',
  limited: 'https://schema.org/LimitedAvailability',
};

export function eventStatus(status: EventStatus | undefined): EventStatusType | undefined {
  return status === undefined ? undefined : EVENT_STATUS[status];
}

export function itemAvailability(availability: OfferAvailability | undefined): ItemAvailability | undefined {
  return availability === undefined ? undefined : AVAILABILITY[availability];
}

/** The stated attendance mode, else what the venue and online URL imply (validation requires one). */
export function attendanceMode(forum: Forum): EventAttendanceModeEnumeration | undefined {
  if (forum.attendanceMode) return ATTENDANCE_MODE[forum.attendanceMode];
  if (forum.venue && forum.onlineUrl) return ATTENDANCE_MODE.mixed;
  if (forum.venue) return ATTENDANCE_MODE.offline;
  if (forum.onlineUrl) return ATTENDANCE_MODE.online;
  return undefined;
}
