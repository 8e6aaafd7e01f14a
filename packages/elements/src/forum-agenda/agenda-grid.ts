import type { Room, Session, SessionKind } from '@forumkit/core';
import type { Presentation, ShownMoment } from '@forumkit/core/present';
import { MAX_GRID_ROOMS, MAX_GRID_ROWS } from './agenda-grid.styles.js';
import { perDay } from './per-day.js';

/**
 * The grid of one day: time down, rooms across. Rows run between the day's distinct start and
 * end times (not fixed minutes), so a day of 300 talks stays as tall as its content; row line 1
 * is the room names, line 2 the first time. Column 1 is the time axis, each room a column after it.
 */
export interface DayGrid {
  readonly rooms: readonly Room[];
  /** Where each session sits, by session id. */
  readonly placements: ReadonlyMap<string, GridPlacement>;
  /** The time axis: each start time, at the row line it starts on, with the sessions starting then. */
  readonly times: ReadonlyArray<{ readonly line: number; readonly moment: ShownMoment; readonly sessions: readonly Session[] }>;
  /** The row line of the latest boundary at or before an instant, or undefined when the instant is outside the day. */
  lineAt(epochMs: number): number | undefined;
}

/** A session's cell: from row line `row` to `rowEnd`, in one room's column or across every room. */
export interface GridPlacement {
  readonly row: number;
  readonly rowEnd: number;
  /** The column line (2 for the first room), or `all` for a session shown to every room. */
  readonly column: number | 'all';
}

// Kinds that are for everybody: with nothing else on at the time, they span every room.
const PLENARY: ReadonlySet<SessionKind> = new Set([
  'opening-remarks',
  'welcome-address',
  'congratulatory-address',
  'keynote',
  'break',
  'networking',
  'ceremony',
  'closing-remarks',
]);

interface Timed {
  readonly session: Session;
  readonly start: number;
  readonly end?: number;
}

/**
 * The grid for a day's sessions, or undefined when the day is better read as a list: fewer than
 * two rooms, a session without a time of day, two sessions at once in one room, or too many
 * rooms or distinct times for a grid.
 */
export const dayGrid = perDay(layOut);

function layOut(sessions: readonly Session[], present: Presentation): DayGrid | undefined {
  const used = new Set(sessions.map((session) => session.room).filter((room) => room !== undefined));
  const rooms = present.rooms().filter((room) => used.has(room.id));
  if (rooms.length < 2 || rooms.length > MAX_GRID_ROOMS) return undefined;
  const timed: Timed[] = [];
  for (const session of sessions) {
    const span = present.sessionSpan(session);
    if (!span) return undefined;
    timed.push({ session, ...span });
  }

  const boundaries = [...new Set(timed.flatMap(({ start, end }) => (end === undefined ? [start] : [start, end])))].sort((a, b) => a - b);
  if (boundaries.length > MAX_GRID_ROWS) return undefined;
  const lines = new Map(boundaries.map((boundary, i) => [boundary, i + 2]));
  const line = (epochMs: number) => lines.get(epochMs)!;
  // A session without an end takes one row: up to the next time anything starts or ends.
  const endOf = ({ start, end }: Timed) => end ?? boundaries.find((boundary) => boundary > start) ?? start;
  const overlaps = (a: Timed, b: Timed) => a.start < Math.max(endOf(b), b.start + 1) && b.start < Math.max(endOf(a), a.start + 1);

  const placements = new Map<string, GridPlacement>();
  const column = new Map(rooms.map((room, i) => [room.id, i + 2]));
  for (const item of timed) {
    const alone = timed.every((other) => other === item || !overlaps(item, other));
    const spansAll = item.session.room === undefined || (alone && PLENARY.has(item.session.kind));
    placements.set(item.session.id, {
      row: line(item.start),
      rowEnd: Math.max(line(endOf(item)), line(item.start) + 1),
      column: spansAll ? 'all' : column.get(item.session.room!)!,
    });
  }
  // Two sessions in one room at once cannot share a cell: such a day is a list.
  for (const [i, a] of timed.entries()) {
    for (const b of timed.slice(i + 1)) {
      const [pa, pb] = [placements.get(a.session.id)!, placements.get(b.session.id)!];
      const sameColumn = pa.column === pb.column || pa.column === 'all' || pb.column === 'all';
      if (sameColumn && pa.row < pb.rowEnd && pb.row < pa.rowEnd) return undefined;
    }
  }

  const times = timed
    .filter((item, i) => timed.findIndex((other) => other.start === item.start) === i)
    .sort((a, b) => a.start - b.start)
    .map((item) => ({
      line: line(item.start),
      moment: present.sessionTime(item.session)!.start,
      sessions: timed.filter((other) => other.start === item.start).map((other) => other.session),
    }));
  const last = boundaries.at(-1)!;
  return {
    rooms,
    placements,
    times,
    lineAt(epochMs) {
      if (epochMs < boundaries[0]! || epochMs > last) return undefined;
      let i = 0;
      while (i + 1 < boundaries.length && boundaries[i + 1]! <= epochMs) i++;
      return i + 2;
    },
  };
}

/** The classes that place a session (`rs4 re7 c3`, or `rs4 re7 call`): the grid's styles give each its line. */
export const placementClasses = ({ row, rowEnd, column }: GridPlacement) => `rs${row} re${rowEnd} ${column === 'all' ? 'call' : `c${column}`}`;
