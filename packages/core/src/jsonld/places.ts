import type { IdReference } from 'schema-dts';
import type { Room, Session, Venue } from '../model/types.js';
import type { Place } from '../present/place.js';
import type { GraphContext, Refs } from './graph-context.js';
import { ref } from './ids.js';
import { oneOrMany } from './prune.js';

/** The locations of a graph: which Place and VirtualLocation nodes it holds, and who points at them. */
export interface GraphPlaces {
  readonly forumLocation: Refs;
  sessionLocation(session: Session): Refs;
  readonly venues: readonly Venue[];
  readonly rooms: ReadonlyArray<readonly [Room, Venue | undefined]>;
  /** `[@id, url]` of each online location. */
  readonly online: ReadonlyArray<readonly [string, string]>;
}

/**
 * Places from the presentation layer's answer of where the forum and each session happen: a
 * session's room (inside its venue), else its venue, and its online location. Nodes are made only
 * for places something happens in: a forum moved online keeps its old venue out of the graph.
 */
export function graphPlaces(sessions: readonly Session[], ctx: GraphContext): GraphPlaces {
  const venues = new Map<Venue, true>();
  const rooms = new Map<Room, Venue | undefined>();
  const online = new Map<string, string>();
  const located = new Map<Session, Refs>();
  const refsOf = (place: Place, onlineId: string): Refs => {
    const found: IdReference[] = [];
    if (place.room) {
      rooms.set(place.room, place.venue);
      found.push(ref(ctx.roomId(place.room)));
    }
    if (place.venue) {
      venues.set(place.venue, true);
      if (!place.room) found.push(ref(ctx.venueId(place.venue)));
    }
    if (place.onlineUrl !== undefined) {
      online.set(onlineId, place.onlineUrl);
      found.push(ref(onlineId));
    }
    return oneOrMany(found);
  };
  const forumOnline = ctx.ids.of('online');
  const forumLocation = refsOf(ctx.present.place(), forumOnline);
  for (const session of sessions) {
    const onlineId = session.onlineUrl === undefined ? forumOnline : ctx.ids.part(ctx.ids.of('session', session.id), 'online');
    located.set(session, refsOf(ctx.present.sessionPlace(session), onlineId));
  }
  return {
    forumLocation,
    sessionLocation: (session) => located.get(session),
    venues: [...venues.keys()],
    rooms: [...rooms],
    online: [...online],
  };
}
