import type { ForumIndex } from '../model/forum-index.js';
import type { Forum, Room, Session, Track, Venue } from '../model/types.js';
import type { AttendanceMode } from '../model/vocabularies.js';

/** Where something happens: in a venue (and a room), online, or both. */
export interface Place {
  readonly attendanceMode: AttendanceMode;
  /** The venue people go to; absent when it happens online only. */
  readonly venue?: Venue;
  readonly room?: Room;
  /** Where to attend online; absent when it happens in person only. */
  readonly onlineUrl?: string;
}

/** A session's place and track. */
export interface SessionPlace extends Place {
  readonly track?: Track;
}

/**
 * The forum's place: its stated attendance mode, else what its venue and online URL imply. A
 * forum moved online is online only: its old venue is no longer where it happens.
 */
export function forumPlace(forum: Forum): Place {
  const movedOnline = forum.status === 'moved-online';
  const mode: AttendanceMode = movedOnline ? 'online' : (forum.attendanceMode ?? (forum.venue ? (forum.onlineUrl ? 'mixed' : 'offline') : 'online'));
  return placeFor(mode, forum.venue, undefined, forum.onlineUrl);
}

/**
 * A session's place: its own attendance mode, venue, room and online URL, each falling back to
 * the forum's (a room's venue before the forum's). A session or forum moved online is online only.
 */
export function sessionPlace(session: Session, forum: Forum, index: ForumIndex): SessionPlace {
  const forumMode = forumPlace(forum).attendanceMode;
  const movedOnline = session.status === 'moved-online' || forum.status === 'moved-online';
  const mode: AttendanceMode = movedOnline ? 'online' : (session.attendanceMode ?? forumMode);
  const room = session.room === undefined ? undefined : index.rooms.get(session.room);
  // Validation keeps a session's venue and its room's venue the same.
  const venue = room ? roomVenue(room, forum, index) : ((session.venue === undefined ? undefined : index.venues.get(session.venue)) ?? forum.venue);
  const track = session.track === undefined ? undefined : index.tracks.get(session.track);
  const place = placeFor(mode, venue, room, session.onlineUrl ?? forum.onlineUrl);
  return track ? { ...place, track } : place;
}

/** The venue a room is in: its own `venue`, else the forum's. */
export function roomVenue(room: Room, forum: Forum, index: ForumIndex): Venue | undefined {
  return (room.venue === undefined ? undefined : index.venues.get(room.venue)) ?? forum.venue;
}

function placeFor(mode: AttendanceMode, venue: Venue | undefined, room: Room | undefined, onlineUrl: string | undefined): Place {
  const inPerson = mode !== 'online';
  const online = mode !== 'offline';
  return {
    attendanceMode: mode,
    ...(inPerson && venue && { venue }),
    ...(inPerson && room && { room }),
    ...(online && onlineUrl !== undefined && { onlineUrl }),
  };
}
