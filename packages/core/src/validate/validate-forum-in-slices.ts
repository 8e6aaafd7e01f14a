import * as v from 'valibot';
import { forumSchema } from '../model/schema/forum.js';
import type { Forum } from '../model/types.js';
import { compileSchema, REFUSED, type CompiledSchema } from './compiled-schema.js';
import { consistencyChecks } from './consistency.js';
import type { Problem } from './issue.js';
import { MAX_ENTRIES } from './read-input.js';
import { referenceChecks } from './references.js';
import { validateForum, type ValidationResult } from './validate-forum.js';

export interface SliceOptions {
  /** Called between slices; the work goes on once it resolves. By default a `setTimeout(0)`. */
  readonly pause?: () => Promise<void>;
  /** How long a slice may run, in milliseconds, before the next pause. 30 unless told. */
  readonly sliceMs?: number;
}

type Loose = Record<string, unknown>;
type Schema = v.GenericSchema;
// Sessions (people, photos…) checked between two looks at the clock.
const BATCH = 16;
// Lists this long are checked in batches; shorter ones with the rest of the forum.
const LONG = 4 * BATCH;
let compiledForum: CompiledSchema | undefined;
const lists = new Map<string, { readonly items: CompiledSchema; readonly whole: Schema } | undefined>();

/** A list field of the forum schema as its entries' schema and the list's own rules (its length), else undefined. */
function listOf(key: string) {
  if (!lists.has(key)) {
    let node = (Object.hasOwn(forumSchema.entries, key) ? (forumSchema.entries as Record<string, Schema>)[key] : undefined) as
      (Schema & { wrapped?: Schema; pipe?: Schema[] }) | undefined;
    if (node?.type === 'optional') node = node.wrapped as typeof node;
    const [list, ...rules] = node?.pipe ?? [node];
    const item = (list as { item?: Schema } | undefined)?.item;
    // valibot runs the list's own rules (its length) on the checked entries.
    const whole = v.pipe(v.array(v.unknown()), ...(rules as unknown as [v.PipeItem<unknown[], unknown[], v.BaseIssue<unknown>>]));
    lists.set(key, list?.type === 'array' && item ? { items: compileSchema(v.array(item)), whole } : undefined);
  }
  return lists.get(key);
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * What `validateForum(input)` returns, exactly, found a slice at a time: between slices it awaits
 * `pause`, so that a page stays responsive while a long programme is checked. Valid plain data
 * is checked in slices (the forum but its long lists, then sessions, people, photos… a batch at
 * a time, then the references and the rules that span fields); anything else is left to `validateForum`, in one go.
 */
export async function validateForumInSlices(input: unknown, { pause = nextTask, sliceMs = 30 }: SliceOptions = {}): Promise<ValidationResult> {
  let sliceStart = performance.now();
  const breathe = async () => {
    if (performance.now() - sliceStart < sliceMs) return;
    await pause();
    sliceStart = performance.now();
  };
  try {
    const forum = await validInSlices(input, breathe);
    if (forum !== undefined) return { ok: true, forum };
  } catch {
    // A getter or proxy that throws: validateForum reads the input again and says what it is.
  }
  return validateForum(input);
}

/** The valid forum, or undefined for anything `validateForum` alone is to read. */
async function validInSlices(input: unknown, breathe: () => Promise<void>): Promise<Forum | undefined> {
  if (input === null || typeof input !== 'object') return undefined;
  const prototype = Object.getPrototypeOf(input);
  if (prototype !== Object.prototype && prototype !== null) return undefined;
  // The long lists (sessions, people, photos…) are set aside, to be checked a batch at a time.
  const long = new Map<string, unknown[]>();
  for (const key of Object.keys(input)) {
    const field = Object.getOwnPropertyDescriptor(input, key);
    const list: unknown = field?.value;
    if (!field?.enumerable || !Array.isArray(list) || list.length < LONG || listOf(key) === undefined) continue;
    // A list read unread by validateForum (too long) is for it to report.
    if (list.length > MAX_ENTRIES) return undefined;
    long.set(key, list);
  }
  // The forum with an empty list in place of each long one: its other fields, checked at once.
  const emptied = Object.fromEntries([...long.keys()].map((key) => [key, []]));
  const forum = (compiledForum ??= compileSchema(forumSchema))({ ...input, ...emptied });
  if (forum === REFUSED) return undefined;
  for (const [key, list] of long) {
    const { items, whole } = listOf(key)!;
    const checked: unknown[] = [];
    for (let from = 0; from < list.length; from += BATCH) {
      await breathe();
      const batch = items(list.slice(from, from + BATCH));
      if (batch === REFUSED) return undefined;
      for (const entry of batch as unknown[]) checked.push(entry);
    }
    if (!v.is(whole, checked)) return undefined;
    (forum as Loose)[key] = checked;
  }
  await breathe();
  const problems: Problem[] = [];
  let steps = 0;
  for (const step = referenceChecks(forum as Loose, problems); !step.next().done;) if (++steps % BATCH === 0) await breathe();
  if (problems.length > 0) return undefined;
  await breathe();
  steps = 0;
  for (const step = consistencyChecks(forum as Loose, problems); !step.next().done;) if (++steps % BATCH === 0) await breathe();
  if (problems.length > 0) return undefined;
  return forum as Forum;
}
