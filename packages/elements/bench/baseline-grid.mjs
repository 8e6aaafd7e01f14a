// The baseline's own account of where a day's sessions sit in the grid and where "now" falls,
// written again from the rules of src/forum-agenda/agenda-grid.ts and forum-agenda.ts (not
// imported: the yardstick shares the element's presentation layer, not its code). Row lines run
// between the day's distinct start and end times (line 1 is the room names); column 1 is the time
// axis, each room a column after it. The markup check catches any rule that drifts.

const MAX_ROWS = 200;
const MAX_ROOMS = 24;
// Kinds that are for everybody: with nothing else on at the time, they span every room.
const PLENARY = new Set(['opening-remarks', 'welcome-address', 'congratulatory-address', 'keynote', 'break', 'networking', 'ceremony', 'closing-remarks']);

/** A session's instants in epoch ms ([start, end], end = start without one); undefined without a time of day. */
function sessionSpan(session, present) {
  const time = present.sessionTime(session);
  if (!time?.start.zoneName) return undefined;
  const start = Date.parse(time.start.iso);
  return [start, time.end?.zoneName ? Date.parse(time.end.iso) : start];
}

/**
 * The day as a grid: `rooms`, `times` ({ line, moment }), `classes(session)` (`rs4 re7 c3`) and
 * `lineAt(epochMs)`; undefined when the day reads as a list (a session without a time of day,
 * fewer than two rooms, two sessions in one room at once, too many rooms or times).
 */
export function gridOf(sessions, present) {
  const items = [];
  for (const session of sessions) {
    const time = present.sessionTime(session);
    if (!time?.start.zoneName) return undefined;
    items.push({ session, start: Date.parse(time.start.iso), end: time.end?.zoneName ? Date.parse(time.end.iso) : undefined, moment: time.start });
  }
  const used = new Set(sessions.map((session) => session.room));
  const rooms = present.rooms().filter((room) => used.has(room.id));
  if (rooms.length < 2 || rooms.length > MAX_ROOMS) return undefined;
  const boundaries = [...new Set(items.flatMap(({ start, end }) => (end === undefined ? [start] : [start, end])))].sort((a, b) => a - b);
  if (boundaries.length > MAX_ROWS) return undefined;
  const lines = new Map(boundaries.map((boundary, i) => [boundary, i + 2]));

  // Without an end a session lasts until the next time anything starts or ends; it reaches at least a millisecond.
  for (const item of items) item.until = item.end ?? boundaries.find((boundary) => boundary > item.start) ?? item.start;
  const reach = (item) => Math.max(item.until, item.start + 1);
  const overlap = (a, b) => a.start < reach(b) && b.start < reach(a);
  const columns = new Map(rooms.map((room, i) => [room.id, i + 2]));
  for (const item of items) {
    const { session } = item;
    const alone = !items.some((other) => other !== item && overlap(item, other));
    item.row = lines.get(item.start);
    item.rowEnd = Math.max(lines.get(item.until), item.row + 1);
    item.column = session.room === undefined || (alone && PLENARY.has(session.kind)) ? 'all' : columns.get(session.room);
  }
  // Two cells in one column over the same rows: the day is a list.
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const [a, b] = [items[i], items[j]];
      const shared = a.column === b.column || a.column === 'all' || b.column === 'all';
      if (shared && a.row < b.rowEnd && b.row < a.rowEnd) return undefined;
    }
  }

  const starts = new Map();
  for (const { start, moment } of items) if (!starts.has(start)) starts.set(start, moment);
  const times = [...starts].sort(([a], [b]) => a - b).map(([start, moment]) => ({ line: lines.get(start), moment }));
  const placed = new Map(items.map((item) => [item.session.id, `rs${item.row} re${item.rowEnd} ${item.column === 'all' ? 'call' : `c${item.column}`}`]));
  return {
    rooms,
    times,
    classes: (session) => placed.get(session.id),
    lineAt(epochMs) {
      if (epochMs < boundaries[0] || epochMs > boundaries.at(-1)) return undefined;
      let i = 0;
      while (i + 1 < boundaries.length && boundaries[i + 1] <= epochMs) i++;
      return i + 2;
    },
  };
}

/** Where a day's list shows "now": before the next session to start, the list's length after the last; -1 outside the day. */
export function listNowIndex(sessions, present, now) {
  const spans = sessions.map((session) => sessionSpan(session, present));
  const known = spans.filter((span) => span !== undefined);
  if (known.length === 0) return -1;
  const first = Math.min(...known.map(([start]) => start));
  const last = Math.max(...known.map(([, end]) => end));
  if (now < first || now > last) return -1;
  const next = spans.findIndex((span) => span !== undefined && span[0] > now);
  return next === -1 ? sessions.length : next;
}
