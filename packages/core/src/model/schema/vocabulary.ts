import { ATTENDANCE_MODES, EVENT_STATUSES, LINK_KINDS, OFFER_AVAILABILITIES, PARTICIPANT_ROLES, SESSION_KINDS } from '../vocabularies.js';
import { picklistOf } from './primitives.js';

// One schema object per vocabulary, shared by every field that uses it (one JSON Schema definition each).
export const sessionKindSchema = picklistOf(SESSION_KINDS);
export const participantRoleSchema = picklistOf(PARTICIPANT_ROLES);
export const eventStatusSchema = picklistOf(EVENT_STATUSES);
export const attendanceModeSchema = picklistOf(ATTENDANCE_MODES);
export const offerAvailabilitySchema = picklistOf(OFFER_AVAILABILITIES);
export const linkKindSchema = picklistOf(LINK_KINDS);
