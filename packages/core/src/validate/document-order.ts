import { toForumIssue, type ForumIssue, type PathSegment, type Problem } from './issue.js';

type Container = Record<PathSegment, unknown>;
const asContainer = (value: unknown) => (value !== null && typeof value === 'object' ? (value as Container) : undefined);

/**
 * The issues to report, in the order a reader meets them in the document (a field's position
 * among its siblings; a missing field before the fields that are there). Problems at or beneath
 * one that covers its value (unreadable, circular, unknown) are left out. Paths are walked through
 * the data itself, so objects are told apart by identity and no keys need building.
 */
export function orderIssues(problems: readonly Problem[], data: unknown): ForumIssue[] {
  // Covered keys by the object that holds them; the whole document apart, as any key ("" too) can be a field's.
  const covered = new Map<unknown, Set<PathSegment>>();
  let rootCovered = false;
  for (const { path, covers } of problems) {
    if (!covers) continue;
    if (path.length === 0) {
      rootCovered = true;
      continue;
    }
    let container: unknown = data;
    for (const segment of path.slice(0, -1)) container = asContainer(container)?.[segment];
    if (asContainer(container) === undefined) continue;
    const keys = covered.get(container) ?? new Set();
    covered.set(container, keys.add(path.at(-1)!));
  }

  const positions = new Map<object, Map<string, number>>();
  const position = (container: Container | undefined, key: string) => {
    if (container === undefined || Array.isArray(container)) return -1;
    let keys = positions.get(container);
    if (keys === undefined) positions.set(container, (keys = new Map(Object.keys(container).map((k, i) => [k, i]))));
    return keys.get(key) ?? -1;
  };
  // Each segment's index, or its key's position among its siblings; undefined when covered.
  const rank = ({ path, covers }: Problem): number[] | undefined => {
    if (rootCovered && !(covers && path.length === 0)) return undefined;
    const ranks: number[] = [];
    let node: unknown = data;
    for (const [i, segment] of path.entries()) {
      const container = asContainer(node);
      const own = covers && i === path.length - 1;
      if (!own && covered.get(container)?.has(segment)) return undefined;
      ranks.push(typeof segment === 'number' ? segment : position(container, segment));
      node = container?.[segment];
    }
    return ranks;
  };

  // Sorting indices (ties keep the order problems were found in) spares an object per problem.
  const ranks = problems.map(rank);
  const order = [...problems.keys()].filter((i) => ranks[i] !== undefined);
  order.sort((a, b) => compareRanks(ranks[a]!, ranks[b]!) || a - b);
  return order.map((i) => toForumIssue(problems[i]!.path, problems[i]!.message));
}

function compareRanks(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}
