import type { Forum, ValidationResult } from '@forumkit/core';
import type { ForumLoadFailure } from './events.js';
import { slicedValidator, validator, type Validate } from './forum-validator.js';
import { SLICE_MS, yieldToMain } from './yield-to-main.js';

/** The outcome of turning some input into a forum (`url`: the file it was loaded from, which its relative URLs are relative to). */
export type ForumResult = { readonly ok: true; readonly forum: Forum; readonly url?: string } | { readonly ok: false; readonly failure: ForumLoadFailure };

/** A result now, or a promise of one while the validator loads (the drop-in loads it on first use). */
export type ForumOutcome = ForumResult | Promise<ForumResult>;

const checked = new WeakMap<object, ForumOutcome>();

/** A validation whose result comes later (in slices, with the page answering in between). */
type Later = (data: unknown) => Promise<ValidationResult>;

/**
 * Validates raw data (or a forum) once per object; later calls with the same object reuse the
 * result. Data is not expected to change in place: pass a new object to show new data. The result
 * is there at once unless the validator is still loading.
 */
export function checkForum(data: unknown, url?: string): ForumOutcome {
  return check(data, url, validator());
}

function check(data: unknown, url: string | undefined, validate: Validate | Promise<Validate | Later>): ForumOutcome {
  const key = data !== null && typeof data === 'object' ? data : undefined;
  const cached = key && checked.get(key);
  if (cached) return cached;
  if (!(validate instanceof Promise)) return remember(key, outcome(validate(data), url));
  const later = validate.then(
    async (loaded) => remember(key, outcome(await loaded(data), url)),
    (error: unknown): ForumResult => {
      // Not remembered: the next look loads the validator again.
      if (key) checked.delete(key);
      return { ok: false, failure: { kind: 'network', message: `Could not load forumkit's validator: ${reason(error)}`, url: url ?? import.meta.url } };
    },
  );
  if (key) checked.set(key, later);
  return later;
}

function remember(key: object | undefined, result: ForumResult): ForumResult {
  if (key) checked.set(key, result);
  if (result.ok) checked.set(result.forum, result);
  return result;
}

function outcome(result: ValidationResult, url: string | undefined): ForumResult {
  if (result.ok) return { ok: true, forum: result.forum, ...(url !== undefined && { url }) };
  const count = result.issues.length;
  return {
    ok: false,
    failure: {
      kind: 'invalid',
      message: `The forum data has ${count} problem${count === 1 ? '' : 's'}.`,
      issues: result.issues,
      ...(url !== undefined && { url }),
    },
  };
}

const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));

function parseJson(text: string, url?: string): ForumResult | { ok: true; data: unknown } {
  try {
    return { ok: true, data: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, failure: { kind: 'not-json', message: `Not valid JSON: ${reason(error)}`, ...(url !== undefined && { url }) } };
  }
}

// Keyed by the text as well, so a script whose content was replaced is read again.
const scripts = new WeakMap<HTMLScriptElement, { readonly text: string; readonly parsed: ReturnType<typeof parseJson> }>();

/**
 * Reads a `<script type="application/json">` element (parsed once per element and content); the
 * result is there at once unless the validator is still loading.
 */
export function readScript(script: HTMLScriptElement): ForumOutcome {
  const text = script.textContent ?? '';
  let read = scripts.get(script);
  if (read?.text !== text) scripts.set(script, (read = { text, parsed: parseJson(text) }));
  return 'data' in read.parsed ? checkForum(read.parsed.data) : read.parsed;
}

// Duck-typed (no `instanceof HTMLScriptElement`): that global does not exist on the server.
function isJsonScript(node: Element | null | undefined): node is HTMLScriptElement {
  return node?.localName === 'script' && node.getAttribute('type')?.trim().toLowerCase() === 'application/json';
}

/** The inline `<script type="application/json">` child of an element, if any. */
export function inlineScript(host: Element): HTMLScriptElement | undefined {
  for (const child of Array.from(host.children ?? [])) {
    if (isJsonScript(child)) return child;
  }
  return undefined;
}

/**
 * The `<script type="application/json">` with this id: in the element's own tree (its shadow
 * root, when it is inside one) first, then in the document.
 */
export function scriptById(host: Element, id: string): HTMLScriptElement | undefined {
  const root = host.getRootNode() as Partial<DocumentOrShadowRoot & NonElementParentNode>;
  const found = root.getElementById?.(id) ?? host.ownerDocument?.getElementById(id);
  return isJsonScript(found) ? found : undefined;
}

interface Pending {
  readonly promise: Promise<ForumResult>;
  readonly controller: AbortController;
  users: number;
  settled: boolean;
}

// One request per URL for the whole page: elements showing the same forum share it. A loaded
// forum stays for the page's lifetime (a failure does not), so later elements show it at once.
const requests = new Map<string, Pending>();

// Never rejects: every failure, including a body that breaks off, becomes a ForumResult.
/** How long a `src` may take to arrive, and how large it may be. */
export interface ForumLoadingLimits {
  /** Milliseconds from the request to the last byte (default 30,000). */
  readonly timeoutMs: number;
  /** Bytes of JSON (default 16 MiB: a 10,000-session forum is about 8 MB). */
  readonly maxBytes: number;
}

let limits: ForumLoadingLimits = { timeoutMs: 30_000, maxBytes: 16 * 2 ** 20 };

/** Changes how long a `src` may take and how large it may be, for every element of the page from the next request on. */
export function configureForumLoading(change: Partial<ForumLoadingLimits>): void {
  limits = { ...limits, ...change };
}

const megabytes = (bytes: number) => (bytes < 2 ** 20 ? `${Math.ceil(bytes / 1024)} kB` : `${(bytes / 2 ** 20).toFixed(1)} MB`);

async function fetchForum(url: string, signal: AbortSignal): Promise<ForumResult> {
  // Asked for now, so a validator that still has to load does so while the data does.
  const validate = slicedValidator();
  const { timeoutMs, maxBytes } = limits;
  const timedOut = (error: unknown) => error instanceof DOMException && error.name === 'TimeoutError';
  const late = `${url} did not arrive within ${timeoutMs / 1000} s`;
  const deadline = AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]);
  let response: Response;
  try {
    response = await fetch(url, { signal: deadline, headers: { accept: 'application/json' } });
  } catch (error) {
    return { ok: false, failure: { kind: 'network', message: timedOut(error) ? late : `Could not reach ${url}: ${reason(error)}`, url } };
  }
  if (!response.ok) {
    return { ok: false, failure: { kind: 'http', status: response.status, message: `${url} answered ${response.status} ${response.statusText}`.trim(), url } };
  }
  // A declared length is the size; a response without one is known only to be larger.
  const tooLarge = (size?: string) => ({
    ok: false as const,
    failure: {
      kind: 'network' as const,
      message:
        size === undefined
          ? `${url} is larger than forumkit reads (${megabytes(maxBytes)})`
          : `${url} is ${size}, more than forumkit reads (${megabytes(maxBytes)})`,
      url,
    },
  });
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) return tooLarge(megabytes(declared));
  let text: string | undefined;
  try {
    text = await readBody(response, maxBytes);
  } catch (error) {
    return { ok: false, failure: { kind: 'network', message: timedOut(error) || deadline.aborted ? late : `Could not read ${url}: ${reason(error)}`, url } };
  }
  // Nothing larger is read, parsed or validated (a response without a length is cut off once over).
  if (text === undefined) return tooLarge();
  // Reading, parsing, validating and the first render of a big forum are separate tasks: the
  // page answers the visitor in between.
  await yieldToMain();
  const parsed = parseJson(text, url);
  if (!('data' in parsed)) return parsed;
  await yieldToMain();
  // Where the data ended up after any redirect: what its relative URLs are relative to.
  const inSlices = Promise.resolve(validate).then(
    (sliced): Later =>
      (data) =>
        sliced(data, { pause: yieldToMain, sliceMs: SLICE_MS }),
  );
  const result = await check(parsed.data, response.url || url, inSlices);
  await yieldToMain();
  return result;
}

/**
 * The body as text, read a chunk at a time with the page answering in between; once more than
 * `maxBytes` have arrived, reading stops (the rest is never downloaded) and there is no text.
 */
async function readBody(response: Response, maxBytes: number): Promise<string | undefined> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let bytes = 0;
  let sliceStart = performance.now();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    bytes += chunk.value.byteLength;
    if (bytes > maxBytes) {
      void reader.cancel().catch(() => {});
      return undefined;
    }
    parts.push(decoder.decode(chunk.value, { stream: true }));
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToMain();
      sliceStart = performance.now();
    }
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/**
 * Loads forum JSON from a URL, sharing one request among all callers on the page. Aborting
 * `signal` detaches this caller (its promise rejects with the abort reason); the request itself
 * stops when no caller is left. Otherwise the promise resolves, never rejects.
 */
export function loadForum(url: string, signal: AbortSignal): Promise<ForumResult> {
  let key: string;
  try {
    key = new URL(url, document.baseURI).href;
  } catch (error) {
    return Promise.resolve({ ok: false, failure: { kind: 'network', message: `Not a URL: ${url} (${reason(error)})`, url } });
  }
  let pending = requests.get(key);
  if (!pending) {
    const controller = new AbortController();
    const entry: Pending = { controller, users: 0, settled: false, promise: fetchForum(key, controller.signal) };
    void entry.promise.then((result) => {
      entry.settled = true;
      // Failures are not kept: the next element (or a retry) asks again.
      if (!result.ok && requests.get(key) === entry) requests.delete(key);
    });
    requests.set(key, entry);
    pending = entry;
  }
  const entry = pending;
  entry.users += 1;
  return new Promise((resolve, reject) => {
    const detach = () => {
      entry.users -= 1;
      if (entry.users === 0 && !entry.settled) {
        entry.controller.abort();
        if (requests.get(key) === entry) requests.delete(key);
      }
      reject(signal.reason);
    };
    if (signal.aborted) return detach();
    signal.addEventListener('abort', detach, { once: true });
    void entry.promise.then((result) => {
      signal.removeEventListener('abort', detach);
      if (!signal.aborted) resolve(result);
    });
  });
}
