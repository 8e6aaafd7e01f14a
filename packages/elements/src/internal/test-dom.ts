const mounted = new Set<Element>();

/** Parses `markup` into a new container on the page; returns the container's first element. */
export function mount<T extends Element = HTMLElement>(markup: string, parent: ParentNode = document.body): T {
  const container = document.createElement('div');
  container.innerHTML = markup;
  parent.append(container);
  mounted.add(container);
  return container.firstElementChild as T;
}

/** Removes everything `mount` added. */
export function unmountAll(): void {
  for (const container of mounted) container.remove();
  mounted.clear();
}

/** A host element on the page with an open shadow root holding `markup`. */
export function mountInShadow<T extends Element = HTMLElement>(markup: string): { host: HTMLElement; element: T } {
  const host = mount('<div class="shadow-host"></div>');
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = markup;
  return { host, element: root.firstElementChild as T };
}

/** The next event of this type on `target`. */
export function nextEvent<K extends keyof GlobalEventHandlersEventMap>(target: EventTarget, type: K): Promise<GlobalEventHandlersEventMap[K]> {
  return new Promise((resolve) => target.addEventListener(type, (event) => resolve(event as GlobalEventHandlersEventMap[K]), { once: true }));
}

/** Records every event of these types reaching `target` until `stop` is called. */
export function recordEvents(target: EventTarget, ...types: string[]): { events: Event[]; stop(): void } {
  const events: Event[] = [];
  const record = (event: Event) => events.push(event);
  for (const type of types) target.addEventListener(type, record);
  return { events, stop: () => types.forEach((type) => target.removeEventListener(type, record)) };
}

/** Lets every queued microtask and one task run (for "nothing else happens" checks). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The visible text of an element's shadow root, whitespace collapsed. */
export function shadowText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The first element matching `selector` in an element's shadow root. */
export function inShadow<T extends Element = HTMLElement>(element: Element, selector: string): T | null {
  return element.shadowRoot?.querySelector<T>(selector) ?? null;
}

/** Every node under `root`, the shadow trees of nested elements included. */
export function deepNodes(root: Node): Node[] {
  const nodes: Node[] = [];
  const walker = document.createTreeWalker(root);
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    nodes.push(node);
    if (node instanceof Element && node.shadowRoot) nodes.push(...deepNodes(node.shadowRoot));
  }
  return nodes;
}
