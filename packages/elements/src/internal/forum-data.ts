import { isServer, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';
import type { Forum } from '@forumkit/core';
import type { ForumContent } from '@forumkit/core/i18n';
import { displayLanguage, presentForum, type Presentation } from '@forumkit/core/present';
import { ForumErrorEvent, ForumLoadEvent, type ForumLoadFailure } from './events.js';
import { failedSource, showsFailure, tellDeveloper, tellsVisitor } from './failed-sources.js';
import { checkForum, inlineScript, loadForum, readScript, scriptById, type ForumOutcome, type ForumResult } from './forum-source.js';
import { translationWait } from './forum-translation.js';
import { effectiveLanguage, observeLanguage } from './language.js';
import { renderStatus } from './status-view.js';

/** What renders an element's ready forum, or a promise of it while it loads (the drop-in bundle's views). */
export type ViewLoader<View> = () => View | Promise<View>;

/** What an element currently shows. */
export type ForumView =
  | { readonly status: 'empty' }
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly forum: Forum; readonly url?: string }
  | { readonly status: 'error'; readonly failure: ForumLoadFailure };

/** What an element settled on: the forum it shows, or why it shows an error. */
export type ForumSettled = Extract<ForumView, { status: 'ready' | 'error' }>;

/** An element that shows a forum: it has the `forum` property and the `src` attribute. */
export interface ForumDataHost extends ReactiveElement {
  /** Forum data: a validated `Forum` or raw data, which is validated. */
  forum?: unknown;
  /** A URL of forum JSON, or `#id` of a `<script type="application/json">` on the page. */
  src?: string;
  /** The origins images and links may come from, space-separated (the `allowed-origins` attribute); any when absent. */
  allowedOrigins?: string;
}

/** What a forum element shows, for its loading and error states. */
export interface ForumStatusOptions {
  /** The part of the forum the element shows, which its loading and error texts name (default `programme`). */
  readonly content?: ForumContent;
  /**
   * Shapes with about the room the content will take, shown under the loading text (mark them
   * `aria-hidden`): the page does not move when the data arrives.
   */
  readonly placeholder?: () => TemplateResult;
}

/** How an element shows a forum: its loading and error states, and its view when that loads on demand. */
export interface ForumDataOptions<View> extends ForumStatusOptions {
  /** Gives what renders a ready forum (passed to `render`'s callback), or a promise of it while it loads. */
  readonly view?: ViewLoader<View>;
}

/**
 * The data plumbing of a forum element, as a Lit reactive controller (the way Lit's `Task` is
 * one): takes the forum from the host's `forum` property, its `src` (a URL, shared by every
 * element on the page, or `#id` of a JSON script), or an inline `<script type="application/json">`
 * child; validates it; follows the display language; fires `forum-load` and `forum-error`; and
 * renders the loading, empty and error states so the element renders only a ready forum. Elements
 * whose source fails tell the visitor once per source (the first of them in document order; the
 * others say in one line that their part is not available) and the developer once, in the
 * console, with the URL and every invalid path; each fires `forum-error` with them. Where
 * the validator, a translation or the element's view (`view`: what renders a ready forum, passed
 * to `render`'s callback) loads on demand (the drop-in bundle), the element shows its loading
 * state until they and the data are all there, and all of them load at the same time.
 *
 * ```ts
 * class MyForumThing extends LitElement {
 *   static properties = { forum: { attribute: false }, src: { reflect: true } };
 *   forum?: unknown;
 *   src?: string;
 *   #data = new ForumDataController(this, { content: 'programme' });
 *   render() { return this.#data.render((present) => html`${present.text(present.forum.name)?.text}`); }
 * }
 * ```
 */
export class ForumDataController<View = undefined> implements ReactiveController {
  #host: ForumDataHost;
  #options: ForumDataOptions<View>;
  // The source whose failure the element shows on the page, if any.
  #failedSource: unknown;
  // What is waited for (data, the validator, a translation): a late answer to an old one is not shown.
  #request?: AbortController;
  // A load was stopped because the element left the page: it resumes when the element returns.
  #resumeOnConnect = false;
  #unobserveLanguage?: () => void;
  #renderedLanguage?: string;
  // The language the forum was last shown in: shown on while the translation of a new one loads.
  #presentedLanguage?: string;
  // What the last sync saw: a change of either takes the data again.
  #synced = false;
  #seenForum: unknown;
  #seenSrc: string | undefined;

  /** What the element currently shows. */
  view: ForumView = { status: 'empty' };

  // The outcome last announced with forum-load / forum-error, and who waits for the next one.
  #announced?: ForumSettled;
  #waiting: Array<(settled: ForumSettled) => void> = [];

  constructor(host: ForumDataHost, options: ForumDataOptions<View> = {}) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /**
   * What the host settled on for its current `forum` or `src`: `{ status: 'ready', forum }` or
   * `{ status: 'error', failure }`. Resolves when `forum-load` or `forum-error` fires, or at once
   * when they fired already for the data the host has now, so code that comes after the event
   * (a framework's effect) still learns the outcome. Never rejects; pending while there is no
   * data, and in a server render (which fires no events).
   */
  get settled(): Promise<ForumSettled> {
    this.sync(); // a `forum` or `src` set a moment ago counts, though the host has not updated yet
    if (this.#announced !== undefined && this.view === this.#announced) return Promise.resolve(this.#announced);
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  /**
   * The language the element is asked to display: its `lang`, an ancestor's or the document's;
   * undefined when none is set, and the forum shows in its own language (core's `displayLanguage`).
   */
  get language(): string | undefined {
    return effectiveLanguage(this.#host);
  }

  hostConnected(): void {
    this.#unobserveLanguage?.();
    this.#unobserveLanguage = observeLanguage(this.#host, () => this.#checkLanguage());
    // Moved to a place with another lang: no attribute changed, so look now.
    if (this.#host.hasUpdated) this.#checkLanguage();
    if (this.#resumeOnConnect) {
      this.#resumeOnConnect = false;
      this.#synced = false;
      this.sync();
    }
    // Back on the page with its failure: counted again among the elements showing it.
    if (this.view.status === 'error') this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#unobserveLanguage?.();
    this.#unobserveLanguage = undefined;
    this.#showsFailure(undefined);
    if (this.#request) {
      this.#cancel();
      this.#resumeOnConnect = true;
    }
  }

  hostUpdate(): void {
    this.sync();
  }

  /**
   * Takes the data again when `forum` or `src` changed since the last look. Idempotent: Lit calls
   * it before each render through `hostUpdate`, and `presentation` (so `render`) calls it too,
   * because server rendering skips controllers' `hostUpdate`.
   */
  sync(): void {
    const { forum, src } = this.#host;
    if (this.#synced && forum === this.#seenForum && src === this.#seenSrc) return;
    // A new `src` beside an unchanged `forum` changes nothing shown: `forum` comes first.
    const sameForum = this.#synced && forum !== undefined && forum === this.#seenForum;
    this.#synced = true;
    [this.#seenForum, this.#seenSrc] = [forum, src];
    if (sameForum) return;
    if (forum !== undefined) {
      this.#cancel();
      this.#take(checkForum(forum));
    } else this.#takeSource(src);
  }

  /**
   * The forum as shown in the element's language (and `timeZone` when given), its relative URLs
   * relative to the file it was loaded from and its images and links from the host's
   * `allowed-origins` only; undefined until ready.
   */
  presentation(timeZone?: string): Presentation | undefined {
    this.sync();
    if (this.view.status !== 'ready') return undefined;
    const { forum, url } = this.view;
    const allowed = this.#host.allowedOrigins;
    return presentForum(forum, {
      language: this.#languageToPresent(forum),
      ...(timeZone && { timeZone }),
      ...(url !== undefined && { dataUrl: url }),
      ...(allowed !== undefined && allowed !== null && { allowedOrigins: allowed.split(/\s+/).filter(Boolean) }),
    });
  }

  /** The element's content: `ready` with the presentation and the view once the forum is there, else the status. */
  render<Content = TemplateResult>(ready: (presentation: Presentation, view: View) => Content, timeZone?: string): Content | TemplateResult {
    this.#renderedLanguage = this.language;
    const presentation = this.presentation(timeZone);
    const shown = this.view;
    this.#showsFailure(shown.status === 'error' && !isServer && this.#host.isConnected ? shown.failure : undefined);
    // A forum is shown once its view is here, so this is the view itself.
    const view = this.#options.view ? this.#options.view() : (undefined as View);
    if (presentation && !(view instanceof Promise)) return ready(presentation, view);
    return this.#renderStatus(shown.status === 'ready' ? { status: 'loading' } : shown);
  }

  /** The loading state, for an element that has its forum but prepares it a while before showing it (a long programme). */
  renderLoading(): TemplateResult {
    return this.#renderStatus({ status: 'loading' });
  }

  #renderStatus(status: Exclude<ForumView, { status: 'ready' }>): TemplateResult {
    // Without a forum, in the language asked for, else English; in English until the language's
    // translation is there (the drop-in loads it on demand).
    const language = this.#languageOf(undefined);
    this.#translated(language);
    const { content = 'programme', placeholder } = this.#options;
    return renderStatus(status, language, {
      content,
      placeholder: status.status === 'loading' ? placeholder?.() : undefined,
      tellsVisitor: this.#failedSource === undefined || tellsVisitor(this.#failedSource, this.#host),
    });
  }

  // Counts the element among those showing `failure`'s source on the page (none: no longer).
  #showsFailure(failure: ForumLoadFailure | undefined): void {
    const source = failure && failedSource(failure);
    if (source === this.#failedSource) return;
    if (this.#failedSource !== undefined) showsFailure(this.#failedSource, this.#host, false);
    this.#failedSource = source;
    if (source !== undefined) showsFailure(source, this.#host, true);
  }

  #checkLanguage(): void {
    if (this.language !== this.#renderedLanguage) this.#host.requestUpdate();
  }

  // The language `result` shows in: the forum in the one asked for, else its own; anything else
  // (a failure, nothing yet) in the one asked for, else English.
  #languageOf(result: ForumResult | undefined): string {
    return result?.ok ? displayLanguage(result.forum, this.language) : (this.language ?? 'en');
  }

  // The element's language once its translation is there; until then the language shown before,
  // so a change of `lang` re-renders once, in the new language throughout.
  #languageToPresent(forum: Forum): string {
    const language = this.#languageOf({ ok: true, forum });
    if (this.#translated(language)) return (this.#presentedLanguage = language);
    return this.#presentedLanguage ?? language;
  }

  // Whether the translation of `language` is there; if not, renders again once it is.
  #translated(language: string): boolean {
    const translated = translationWait(language);
    if (translated) void translated.then(() => this.#host.requestUpdate());
    return translated === undefined;
  }

  // With no `forum`: the `src`, else the inline script, else nothing.
  #takeSource(src: string | undefined): void {
    if (src) return this.#load(src);
    this.#cancel();
    // Nothing to read on the server: pass `forum` to render data there.
    const script = isServer ? undefined : inlineScript(this.#host);
    if (script) this.#take(readScript(script));
    else this.view = { status: 'empty' };
  }

  #cancel(): void {
    this.#request?.abort();
    this.#request = undefined;
    this.#resumeOnConnect = false;
  }

  #load(src: string): void {
    this.#cancel();
    // The server fetches and reads nothing (pass `forum` to render data there); it renders what
    // the client's first render shows for a URL, so hydration matches.
    if (isServer) {
      this.view = { status: 'loading' };
      return;
    }
    // Synchronous, so a server-rendered element hydrates with its data on the first render.
    if (src.startsWith('#')) return this.#readById(src.slice(1));
    this.view = { status: 'loading' };
    if (!this.#host.isConnected) {
      this.#resumeOnConnect = true;
      return;
    }
    const request = new AbortController();
    this.#request = request;
    this.#await(loadForum(src, request.signal), request);
  }

  // Shows `outcome` once it and the translation of the element's language are there: at once when
  // both already are, as they always are outside the drop-in bundle (so a server-rendered element
  // hydrates with its data on the first render).
  #take(outcome: ForumOutcome): void {
    if (!(outcome instanceof Promise) && translationWait(this.#languageOf(outcome)) === undefined && (!outcome.ok || !this.#viewWait())) {
      return this.#show(outcome);
    }
    const request = new AbortController();
    this.#request = request;
    this.view = { status: 'loading' };
    this.#host.requestUpdate();
    this.#await(outcome, request);
  }

  // Waits for `outcome`, for the translation of the element's language and for the view, which
  // start loading now if they have to: for a URL, at the same time as the data (and the validator,
  // which loadForum asks for as it starts). Where no language is asked for, the forum's is known
  // with the forum.
  #await(outcome: ForumOutcome, request: AbortController): void {
    const language = outcome instanceof Promise ? this.language : this.#languageOf(outcome);
    Promise.all([outcome, language === undefined ? undefined : translationWait(language), this.#viewWait()]).then(
      ([result, , viewFailure]) => {
        // A newer source took over after this answer arrived: it is not shown.
        if (this.#request !== request) return;
        this.#request = undefined;
        // The language may have changed meanwhile: its translation is waited for too.
        this.#take(result.ok && viewFailure ? viewFailure : result);
      },
      () => {}, // Aborted: a newer source or a disconnect took over.
    );
  }

  // Undefined when the view is here (or the element has none), else a promise that settles when it
  // is, with the failure to show when it could not be loaded (it is asked for again next time).
  #viewWait(): Promise<ForumResult | undefined> | undefined {
    const view = this.#options.view?.();
    if (!(view instanceof Promise)) return undefined;
    return view.then(
      () => undefined,
      (error: unknown): ForumResult => ({
        ok: false,
        failure: {
          kind: 'network',
          message: `Could not load forumkit's views: ${error instanceof Error ? error.message : String(error)}`,
          url: import.meta.url,
        },
      }),
    );
  }

  #readById(id: string): void {
    const script = scriptById(this.#host, id);
    if (script) return this.#take(readScript(script));
    if (document.readyState === 'loading') {
      // Defined before the parser reached the script: look again once the page is parsed.
      const request = new AbortController();
      this.#request = request;
      this.view = { status: 'loading' };
      const retry = () => {
        this.#request = undefined;
        const found = scriptById(this.#host, id);
        this.#take(found ? readScript(found) : notFound(id));
      };
      document.addEventListener('DOMContentLoaded', retry, { once: true, signal: request.signal });
      return;
    }
    this.#take(notFound(id));
  }

  #show(result: ForumResult): void {
    const view: ForumSettled = result.ok
      ? { status: 'ready', forum: result.forum, ...(result.url !== undefined && { url: result.url }) }
      : { status: 'error', failure: result.failure };
    this.view = view;
    if (isServer) return;
    if (!result.ok) tellDeveloper(result.failure);
    // Outside an update (a load that finished, a script found later) this schedules one; during
    // an update it adds nothing, as the render that follows shows the new view already.
    this.#host.requestUpdate();
    const event = result.ok ? new ForumLoadEvent(result.forum) : new ForumErrorEvent(result.failure);
    // Dispatch after the change is rendered, so listeners see the new content.
    const dispatch = () => {
      this.#host.dispatchEvent(event);
      this.#announce(view);
    };
    this.#host.updateComplete.then(dispatch, dispatch);
  }

  // Hands an announced outcome to those waiting, unless newer data is on its way (they wait for that).
  #announce(view: ForumSettled): void {
    this.#announced = view;
    if (this.view !== view) return;
    const waiting = this.#waiting;
    this.#waiting = [];
    for (const resolve of waiting) resolve(view);
  }
}

// One failure per missing id, so the elements that name it tell the visitor about it once.
const missing = new Map<string, ForumResult>();

function notFound(id: string): ForumResult {
  let result = missing.get(id);
  if (!result) {
    result = { ok: false, failure: { kind: 'not-found', message: `No <script type="application/json" id="${id}"> on this page.` } };
    missing.set(id, result);
  }
  return result;
}
