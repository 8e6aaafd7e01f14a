/** One call to the controlled `fetch`, answered (or failed) when the test says so. */
export interface FetchCall {
  readonly url: string;
  readonly signal: AbortSignal;
  readonly accept: string | null;
  /**
   * Answers with this body (from `url`, as after a redirect, when given); the promise settles
   * once the code under test has read the body.
   */
  respond(body: string, init?: ResponseInit & { url?: string }): Promise<void>;
  /** Answers with a body that arrives as this stream does. */
  respondWithStream(body: ReadableStream<Uint8Array>, init?: ResponseInit): void;
  /** Answers with a response whose body breaks off with this error while being read. */
  respondWithBrokenBody(error?: unknown): void;
  /** Fails like a network error. */
  fail(error?: unknown): void;
}

export interface ControlledFetch {
  readonly calls: FetchCall[];
  /** Calls whose URL ends with `path`. */
  callsTo(path: string): FetchCall[];
  restore(): void;
}

/**
 * Replaces `window.fetch` with one the test answers by hand. By default an aborted call rejects
 * with the abort reason, as the real one does; `ignoreAbort` keeps it open so a test can answer
 * it late, as a server racing the abort would.
 */
export function controlFetch(options: { ignoreAbort?: boolean } = {}): ControlledFetch {
  const calls: FetchCall[] = [];
  const original = globalThis.fetch;
  globalThis.fetch = ((input: RequestInfo | URL, init?: RequestInit) =>
    new Promise<Response>((resolve, reject) => {
      const signal = init?.signal ?? new AbortController().signal;
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      calls.push({
        url,
        signal,
        accept: new Headers(init?.headers).get('accept'),
        respond(body, { url: responseUrl, ...responseInit } = {}) {
          let bodyRead!: () => void;
          const done = new Promise<void>((resolve) => (bodyRead = resolve));
          // The body in one chunk; read once the reader has seen its end (or given up on it).
          let sent = false;
          const stream = new ReadableStream<Uint8Array>(
            {
              pull(controller) {
                if (!sent) controller.enqueue(new TextEncoder().encode(body));
                else {
                  controller.close();
                  setTimeout(bodyRead);
                }
                sent = true;
              },
              cancel: () => void setTimeout(bodyRead),
            },
            { highWaterMark: 0 },
          );
          const response = new Response(stream, responseInit);
          if (responseUrl !== undefined) Object.defineProperty(response, 'url', { value: responseUrl });
          resolve(response);
          return done;
        },
        respondWithStream: (body, init) => resolve(new Response(body, init)),
        respondWithBrokenBody(error = new TypeError('network error')) {
          resolve(new Response(new ReadableStream({ start: (controller) => controller.error(error) })));
        },
        fail: (error = new TypeError('Failed to fetch')) => reject(error),
      });
      if (!options.ignoreAbort) signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    })) as typeof fetch;
  return {
    calls,
    callsTo: (path) => calls.filter((call) => call.url.endsWith(path)),
    restore: () => {
      globalThis.fetch = original;
    },
  };
}

let counter = 0;

/** A URL no other test has used: loaded forums are kept per URL for the page's lifetime. */
export function uniqueUrl(name = 'forum'): string {
  counter += 1;
  return `/test-data/${name}-${Date.now().toString(36)}-${counter}.json`;
}
