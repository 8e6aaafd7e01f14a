// Names people bring from schema.org and other event formats, and what forumkit calls them.
const ALIASES: Readonly<Record<string, readonly string[]>> = {
  startdate: ['start'],
  enddate: ['end'],
  location: ['venue'],
  place: ['venue'],
  eventstatus: ['status'],
  eventattendancemode: ['attendanceMode'],
  speaker: ['participants'],
  speakers: ['participants'],
  moderator: ['participants'],
  panelists: ['participants'],
  performer: ['participants'],
  performers: ['participants'],
  organizer: ['organizers'],
  organiser: ['organizers'],
  organisers: ['organizers'],
  sponsor: ['sponsors'],
  image: ['images', 'image'],
  photo: ['photos'],
  title: ['name', 'title'],
  name: ['title', 'name'],
  timezone: ['timeZone'],
  language: ['languages', 'language'],
  inlanguage: ['languages', 'language'],
  sessiontype: ['kind'],
  type: ['kind'],
};

const normalize = (word: string) => word.toLowerCase().replace(/[-_\s]/g, '');

// Junk repeats itself (the same stray field in every session): remember recent answers.
const MAX_REMEMBERED = 1000;
const remembered = new Map<string, string | undefined>();

/** The option a mistyped or borrowed word most likely meant, when one is close enough. */
export function closestMatch(word: string, options: readonly string[]): string | undefined {
  if (word.length > 50 || options.length === 0) return undefined;
  const key = `${word}\u0000${options.join('\u0000')}`;
  if (remembered.has(key)) return remembered.get(key);
  if (remembered.size >= MAX_REMEMBERED) remembered.clear();
  const match = findClosest(word, options);
  remembered.set(key, match);
  return match;
}

function findClosest(word: string, options: readonly string[]): string | undefined {
  const wanted = normalize(word);
  const same = options.find((option) => normalize(option) === wanted);
  if (same !== undefined) return same;
  const alias = ALIASES[wanted]?.find((name) => options.includes(name));
  if (alias !== undefined) return alias;
  const allowed = wanted.length <= 4 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = allowed + 1;
  for (const option of options) {
    const distance = editDistance(wanted, normalize(option));
    if (distance < bestDistance) [best, bestDistance] = [option, distance];
  }
  return best;
}

/** Edits (insert, delete, replace, swap two neighbours) that turn `a` into `b`. */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return Infinity;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row = (rows[i] = [i]);
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row[j] = j;
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, rows[i - 2]![j - 2]! + 1);
      row[j] = value;
    }
  }
  return rows[a.length]![b.length]!;
}
