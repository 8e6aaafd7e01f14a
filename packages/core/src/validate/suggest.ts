// Names people bring from schema.org, and what forumkit calls them.
const ALIASES: Readonly<Record<string, string>> = {
  startdate: 'start',
  enddate: 'end',
  location: 'venue',
  eventstatus: 'status',
  eventattendancemode: 'attendanceMode',
  organizer: 'organizers',
  speakers: 'participants',
  performers: 'participants',
};

const normalize = (word: string) => word.toLowerCase().replace(/[-_]/g, '');

// Junk repeats itself (the same stray field in every session): remember recent answers.
const remembered = new Map<string, string | undefined>();

/** The option a mistyped or borrowed word most likely meant, when one is close enough. */
export function closestMatch(word: string, options: readonly string[]): string | undefined {
  if (word.length > 40) return undefined;
  const key = `${word}|${options}`;
  if (!remembered.has(key)) {
    if (remembered.size > 1000) remembered.clear();
    const wanted = normalize(word);
    const alias = ALIASES[wanted];
    // Close enough: one slip in a short word, two in a longer one.
    let best = alias !== undefined && options.includes(alias) ? alias : undefined;
    let fewest = wanted.length > 4 ? 3 : 2;
    for (const option of best === undefined ? options : []) {
      const edits = editDistance(wanted, normalize(option));
      if (edits < fewest) [best, fewest] = [option, edits];
    }
    remembered.set(key, best);
  }
  return remembered.get(key);
}

/** Levenshtein distance, counting a swap of neighbours ("titel") as one edit. */
function editDistance(a: string, b: string): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) current[j] = Math.min(current[j]!, before[j - 2]! + 1);
    }
    [before, previous] = [previous, current];
  }
  return previous[b.length]!;
}
