import { LitElement, isServer, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Forum } from '@forumkit/core';
import { ForumErrorEvent, ForumLoadEvent, type ForumLoadFailure } from './events.js';
import { checkForum, inlineScript, loadForum, readScript, scriptById, type ForumResult } from './forum-source.js';
import { effectiveLanguage, observeLanguage } from './language.js';
import { localizer, type Localizer } from './localizer.js';
import { renderStatus } from './status-view.js';

/** What an element currently shows. */
export type ForumView =
  | { readonly status: 'empty' }
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly forum: Forum }
  | { readonly status: 'error'; readonly failure: ForumLoadFailure };

/**
 * The data plumbing every forumkit element shares: the `forum` property, the `src` attribute,
 * an inline `<script type="application/json">` child, the display language, loading and errors.
 *
 * Data comes from the first of: `forum`, `src`, the inline script (read at first render).
 */
export abstract class ForumElement extends LitElement {
  // Reactive properties are declared here, not with decorators: the bundles then carry no
  // decorator runtime. Each subclass lists its own; Lit adds them to these.
  static override properties: PropertyDeclarations = {
    view: { state: true },
    forum: { attribute: false },
    src: { reflect: true },
  };

  #request?: AbortController;
  // A load was stopped because the element left the page: it resumes when the element returns.
  #resumeOnConnect = false;
  #unobserveLanguage?: () => void;
  #renderedLanguage?: string;

  protected view: ForumView = { status: 'empty' };

  /** Forum data: a validated `Forum` or raw data, which is validated here. */
  forum?: unknown;

  /**
   * Where to load the forum from: a URL of forum JSON, or `#id` of a
   * `<script type="application/json">` on the page. Elements with the same `src` share one
   * request, and a loaded URL is kept for the page's lifetime (change the URL to load again).
   */
  src?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#unobserveLanguage?.();
    this.#unobserveLanguage = observeLanguage(this, () => this.#checkLanguage());
    // Moved to a place with another lang: no attribute changed, so look now.
    if (this.hasUpdated) this.#checkLanguage();
    if (this.#resumeOnConnect && this.forum === undefined && this.src) this.#load(this.src);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unobserveLanguage?.();
    this.#unobserveLanguage = undefined;
    if (this.#request) {
      this.#cancel();
      this.#resumeOnConnect = true;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const first = !this.hasUpdated;
    if (this.forum !== undefined) {
      if (first || changed.has('forum')) {
        this.#cancel();
        this.#show(checkForum(this.forum));
      }
    } else if (first || changed.has('forum') || changed.has('src')) {
      this.#takeSource();
    }
  }

  /** The language this element displays (its `lang`, an ancestor's or the document's). */
  get displayLanguage(): string {
    return effectiveLanguage(this);
  }

  #checkLanguage(): void {
    if (this.displayLanguage !== this.#renderedLanguage) this.requestUpdate();
  }

  // With no `forum`: the `src`, else the inline script, else nothing.
  #takeSource(): void {
    if (this.src) return this.#load(this.src);
    this.#cancel();
    // Nothing to read on the server: pass `forum` to render data there.
    const script = isServer ? undefined : inlineScript(this);
    if (script) this.#show(readScript(script));
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
    if (!this.isConnected) {
      this.#resumeOnConnect = true;
      return;
    }
    const request = new AbortController();
    this.#request = request;
    loadForum(src, request.signal).then(
      (result) => {
        // A newer source took over after this answer arrived: it is not shown.
        if (this.#request !== request) return;
        this.#request = undefined;
        this.#show(result);
      },
      () => {}, // Aborted: a newer source or a disconnect took over.
    );
  }

  #readById(id: string): void {
    const script = scriptById(this, id);
    if (script) return this.#show(readScript(script));
    if (document.readyState === 'loading') {
      // Defined before the parser reached the script: look again once the page is parsed.
      const request = new AbortController();
      this.#request = request;
      this.view = { status: 'loading' };
      const retry = () => {
        this.#request = undefined;
        const found = scriptById(this, id);
        this.#show(found ? readScript(found) : notFound(id));
      };
      document.addEventListener('DOMContentLoaded', retry, { once: true, signal: request.signal });
      return;
    }
    this.#show(notFound(id));
  }

  #show(result: ForumResult): void {
    this.view = result.ok ? { status: 'ready', forum: result.forum } : { status: 'error', failure: result.failure };
    if (isServer) return;
    const event = result.ok ? new ForumLoadEvent(result.forum) : new ForumErrorEvent(result.failure);
    // Dispatch after the change is rendered, so listeners see the new content.
    const dispatch = () => this.dispatchEvent(event);
    this.updateComplete.then(dispatch, dispatch);
  }

  /** Renders the element's content for a loaded forum. */
  protected abstract renderForum(forum: Forum, text: Localizer): TemplateResult;

  override render(): TemplateResult {
    const language = (this.#renderedLanguage = this.displayLanguage);
    if (this.view.status === 'ready') return this.renderForum(this.view.forum, localizer(this.view.forum, language));
    return renderStatus(this.view, language);
  }
}

function notFound(id: string): ForumResult {
  return { ok: false, failure: { kind: 'not-found', message: `No <script type="application/json" id="${id}"> on this page.` } };
}
