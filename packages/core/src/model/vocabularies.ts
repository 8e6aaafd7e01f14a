/** What kind of agenda item a session is. Ceremonies often have no title: the kind names them. */
export const SESSION_KINDS = [
  'opening-remarks',
  'welcome-address',
  'congratulatory-address',
  'keynote',
  'presentation',
  'talk',
  'lightning-talk',
  'panel-discussion',
  'q-and-a',
  'workshop',
  'poster-session',
  'break',
  'networking',
  'ceremony',
  'closing-remarks',
  'other',
] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

/** How a person takes part in a session. */
export const PARTICIPANT_ROLES = ['speaker', 'presenter', 'moderator', 'chair', 'panelist', 'discussant', 'host', 'interpreter', 'organizer'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

/** Whether a forum or session happens as planned. */
export const EVENT_STATUSES = ['scheduled', 'cancelled', 'postponed', 'rescheduled', 'moved-online'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** Where people attend from. */
export const ATTENDANCE_MODES = ['offline', 'online', 'mixed'] as const;
export type AttendanceMode = (typeof ATTENDANCE_MODES)[number];

/** Whether tickets can be had. */
export const OFFER_AVAILABILITIES = ['in-stock', 'sold-out', 'pre-order', 'limited'] as const;
export type OfferAvailability = (typeof OFFER_AVAILABILITIES)[number];

/** What a link of a session leads to. */
export const LINK_KINDS = ['slides', 'video', 'recording', 'livestream', 'paper', 'code', 'website', 'other'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];
