import * as v from 'valibot';
import { ATTENDANCE_MODES, EVENT_STATUSES, OFFER_AVAILABILITIES, PARTICIPANT_ROLES, SESSION_KINDS } from '../vocabularies.js';
import { picklistOf } from './primitives.js';

/** What kind of agenda item a session is. */
export const sessionKindSchema = v.pipe(picklistOf(SESSION_KINDS), v.description('What kind of agenda item the session is.'));

/** How a person takes part in a session. */
export const participantRoleSchema = v.pipe(picklistOf(PARTICIPANT_ROLES), v.description('How the person takes part.'));

/** Whether a forum or session happens as planned. */
export const eventStatusSchema = v.pipe(
  picklistOf(EVENT_STATUSES),
  v.description('Whether it happens as planned; "rescheduled" needs previousStart, "moved-online" needs onlineUrl.'),
);

/** Where people attend from. */
export const attendanceModeSchema = v.pipe(
  picklistOf(ATTENDANCE_MODES),
  v.description('Where people attend from; "offline" and "mixed" need a venue, "online" and "mixed" an onlineUrl.'),
);

/** Whether tickets can be had. */
export const offerAvailabilitySchema = v.pipe(picklistOf(OFFER_AVAILABILITIES), v.description('Whether tickets can be had.'));
