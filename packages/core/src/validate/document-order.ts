import { formatPath, type ForumIssue, type PathSegment, type Problem } from './issue.js';

/** Where a problem sits in the document: per path segment, its index or its key's position. */
interface Placed {
  readonly problem: Problem;
  readonly order: number;
  readonly rank: readonly number[];
}

/**
 * The issues to report, in the order a reader meets them in the document (a field's position
 * among its siblings; a missing field before the fields that are there). Problems at or beneath
 * one that covers its value (unreadable, circular, unknown) are left out.
 */
export function orderIssues(problems: readonly Problem[], data: unknown): ForumIssue[] {
  const document = new DocumentIndex(data);
  for (const problem of problems) if (problem.covers) document.cover(problem.path);
  const placed: Placed[] = [];
  problems.forEach((problem, order) => {
    const rank = document.place(problem);
    if (rank !== undefined) placed.push({ problem, order, rank });
  });
  placed.sort((a, b) => compareRanks(a.rank, b.rank) || a.order - b.order);
  return placed.map(({ problem }) => ({ path: formatPath(problem.path), message: problem.message }));
}

/** Walks paths through the validated data (objects are compared by identity, so no keys are built). */
class DocumentIndex {
  private readonly positions = new Map<object, Map<string, number>>();
  private readonly covered = new Map<object, Set<PathSegment>>();
  private rootCovered = false;

  constructor(private readonly data: unknown) {}

  cover(path: readonly PathSegment[]): void {
    if (path.length === 0) {
      this.rootCovered = true;
      return;
    }
    const container = this.walk(path.slice(0, -1));
    if (container === null || typeof container !== 'object') return;
    let keys = this.covered.get(container);
    if (keys === undefined) this.covered.set(container, (keys = new Set()));
    keys.add(path.at(-1)!);
  }

  /** The problem's rank, or undefined when a covering problem already speaks for its value. */
  place(problem: Problem): number[] | undefined {
    const { path } = problem;
    if (this.rootCovered && !(problem.covers && path.length === 0)) return undefined;
    const rank: number[] = [];
    let node = this.data;
    for (let i = 0; i < path.length; i++) {
      const segment = path[i]!;
      const container = node !== null && typeof node === 'object' ? (node as Record<PathSegment, unknown>) : undefined;
      const own = problem.covers && i === path.length - 1;
      if (container !== undefined && !own && this.covered.get(container)?.has(segment)) return undefined;
      rank.push(typeof segment === 'number' ? segment : this.position(container, segment));
      node = container?.[segment];
    }
    return rank;
  }

  private position(container: Record<PathSegment, unknown> | undefined, key: string): number {
    if (container === undefined || Array.isArray(container)) return -1;
    let keys = this.positions.get(container);
    if (keys === undefined) this.positions.set(container, (keys = new Map(Object.keys(container).map((k, i) => [k, i]))));
    return keys.get(key) ?? -1;
  }

  private walk(path: readonly PathSegment[]): unknown {
    let node = this.data;
    for (const segment of path) {
      if (node === null || typeof node !== 'object') return undefined;
      node = (node as Record<PathSegment, unknown>)[segment];
    }
    return node;
  }
}

function compareRanks(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}
