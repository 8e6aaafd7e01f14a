import { isServer, noChange, type ReactiveController, type ReactiveElement } from 'lit';
import { Directive, directive, type ChildPart, type DirectiveParameters } from 'lit/directive.js';
import { getCommittedValue, insertPart, removePart, setChildPartValue } from 'lit/directive-helpers.js';
import { SLICE_MS, yieldToMain } from './yield-to-main.js';

// Items each update of the host renders at once, over all its lists: a screenful and more, and
// every small programme whole (no flicker).
const AT_ONCE = 40;
// A preparation done within this (ms) is rendered in the same task.
const QUICK_MS = SLICE_MS / 3;
// Items rendered between two looks at the clock.
const STEP = 5;

type RenderItem<T> = (item: T, index: number) => unknown;

/**
 * Renders an element's long lists a slice at a time, so a programme of thousands of items never
 * holds the page for long: each update renders a first screenful at once (a small list whole),
 * and the rest follows in later tasks of about 30 ms, in document order, yielding to the visitor
 * in between. Every item ends up in the DOM. The server and hydration render everything at once.
 * Lists are marked in the template with `list(items, renderItem)`, a list `.map` would be;
 * what the render looks up over all of them can be made beforehand, in slices too (`prepared`);
 * `complete` and `busy` say when all is done.
 */
export class IncrementalRender implements ReactiveController {
  #host: ReactiveElement;
  #onProgress: () => void;
  // The lists with items still to render, in document order (made again by each update).
  #waiting: IncrementalList[] = [];
  // Items this update may still render at once.
  #allowance = 0;
  #running?: Promise<void>;
  // What was prepared for a first render (a presentation), and the preparation under way.
  #prepared = new WeakSet<object>();
  #preparing?: { readonly key: object; readonly done: Promise<void> };

  /**
   * `onProgress` is called after each later slice (to look again for a fragment's target, say).
   * Made before the host's update or during its render (the update it is made in counts).
   */
  constructor(host: ReactiveElement, onProgress: () => void = () => {}) {
    this.#host = host;
    this.#onProgress = onProgress;
    host.addController(this);
    this.hostUpdate();
  }

  hostUpdate(): void {
    this.#waiting = [];
    // Hydration takes over the server's markup: every item, as the server rendered it.
    this.#allowance = !this.#host.hasUpdated && serverRendered(this.#host.renderRoot) ? Infinity : AT_ONCE;
  }

  hostUpdated(): void {
    if (this.#waiting.length > 0 && !this.#running) this.#running = this.#renderRest().finally(() => (this.#running = undefined));
  }

  /** Resolves once what is under way (a preparation, the items left to render) is done; see `busy`. */
  get complete(): Promise<void> {
    return this.#preparing?.done ?? this.#running ?? Promise.resolve();
  }

  /**
   * True while a preparation runs or items are left to render. A preparation ends by asking the
   * host for the update that renders, whose items may follow in later slices: wait for `complete`
   * and the host's update until this is false.
   */
  get busy(): boolean {
    return this.#preparing !== undefined || this.#running !== undefined;
  }

  /**
   * Whether what `key` (a presentation, say) needs is ready for the render, by running the
   * `steps` that prepare it (lookups over a whole programme that the render then finds made;
   * each step a small piece of work). They run here, now, for up to one slice: a small programme
   * renders at once. What needs more, or took more than a third of the slice, goes on in later
   * tasks, yielding to the visitor in between, and the host renders again once it is ready (show
   * the loading state until then). Everything runs now on the server and when hydrating, which
   * render with the data at once.
   */
  prepared(key: object, steps: () => Iterable<unknown>): boolean {
    if (this.#prepared.has(key)) return true;
    if (this.#preparing?.key === key) return false;
    const all = this.#allowance === Infinity || isServer;
    const iterator = steps()[Symbol.iterator]();
    const started = performance.now();
    // Prepared quickly, it renders in this task; prepared slowly, in the next (the render takes a while too).
    if (runSlice(iterator, all ? Infinity : SLICE_MS) && (all || performance.now() - started < QUICK_MS)) {
      this.#preparing = undefined;
      this.#prepared.add(key);
      return true;
    }
    this.#preparing = { key, done: this.#prepare(key, iterator) };
    return false;
  }

  async #prepare(key: object, iterator: Iterator<unknown>): Promise<void> {
    for (;;) {
      await yieldToMain();
      // Another key took over (the zone changed meanwhile): this one is dropped.
      if (this.#preparing?.key !== key) return;
      if (runSlice(iterator, SLICE_MS)) break;
    }
    this.#prepared.add(key);
    this.#preparing = undefined;
    this.#host.requestUpdate();
  }

  /** A list of `items` in the template, rendered by `renderItem`, incrementally. */
  list<T>(items: readonly T[], renderItem: RenderItem<T>): unknown {
    return listDirective(items, renderItem as RenderItem<unknown>, this);
  }

  /** @internal How many of `wanted` items a list may render at once. */
  take(wanted: number): number {
    const granted = Math.min(wanted, this.#allowance);
    this.#allowance -= granted;
    return granted;
  }

  /** @internal A list with items left to render later. */
  wait(list: IncrementalList): void {
    this.#waiting.push(list);
  }

  async #renderRest(): Promise<void> {
    while (this.#waiting.length > 0) {
      await yieldToMain();
      const end = performance.now() + SLICE_MS;
      // An update may have run meanwhile: it made the list of waiting lists again.
      while (this.#waiting.length > 0 && performance.now() < end) {
        if (!this.#waiting[0]!.renderMore(STEP)) this.#waiting.shift();
      }
      this.#onProgress();
    }
  }
}

/** Runs `steps` for up to `ms`; true once they are all done. */
function runSlice(steps: Iterator<unknown>, ms: number): boolean {
  const end = performance.now() + ms;
  for (;;) {
    if (steps.next().done) return true;
    if (performance.now() >= end) return false;
  }
}

function serverRendered(root: ParentNode | undefined): boolean {
  return [...(root?.childNodes ?? [])].some((node) => node.nodeType === 8 && (node as Comment).data.startsWith('lit-part'));
}

class IncrementalList extends Directive {
  #part?: ChildPart;
  #items: readonly unknown[] = [];
  #renderItem: RenderItem<unknown> = () => undefined;

  // The server renders every item (it calls render, never update).
  render(items: readonly unknown[], renderItem: RenderItem<unknown>, _renderer: IncrementalRender): unknown {
    return items.map(renderItem);
  }

  override update(part: ChildPart, [items, renderItem, renderer]: DirectiveParameters<this>): unknown {
    [this.#part, this.#items, this.#renderItem] = [part, items, renderItem];
    const shown = getCommittedValue(part);
    if (!Array.isArray(shown)) {
      // The first time: Lit renders (or hydrates) the items allowed now as a plain list would.
      const count = renderer.take(items.length);
      if (count < items.length) renderer.wait(this);
      return items.slice(0, count).map(renderItem);
    }
    // The items shown already are rendered again with what changed, as a plain list's would be.
    const parts = shown as ChildPart[];
    for (const extra of parts.splice(items.length)) removePart(extra);
    parts.forEach((itemPart, i) => setChildPartValue(itemPart, renderItem(items[i], i)));
    if (this.renderMore(renderer.take(items.length - parts.length))) renderer.wait(this);
    return noChange;
  }

  /** Renders up to `count` more items; true while some are left. */
  renderMore(count: number): boolean {
    const parts = getCommittedValue(this.#part!) as ChildPart[];
    const end = Math.min(this.#items.length, parts.length + count);
    for (let i = parts.length; i < end; i++) {
      const itemPart = insertPart(this.#part!);
      setChildPartValue(itemPart, this.#renderItem(this.#items[i], i));
      parts.push(itemPart);
    }
    return parts.length < this.#items.length;
  }
}

const listDirective = directive(IncrementalList);
