import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

/**
 * Follows the page's fragment (`#session-…`, `#speaker-…`, `#2025-10-26`) for an element whose
 * targets live in its shadow root, where the browser's own fragment navigation cannot reach:
 * `show` is called with the fragment when the page opens with one, whenever it changes, and when
 * `retry()` says the element has new content to look in, until `show` finds its target.
 */
export class PageFragmentController implements ReactiveController {
  #host: ReactiveControllerHost;
  #show: (fragment: string) => boolean;
  #pending?: string;
  #onChange = () => {
    this.#pending = decodeURIComponent(location.hash);
    this.#host.requestUpdate();
  };

  /** `show` returns whether it found what the fragment names (else it is tried again after the next update). */
  constructor(host: ReactiveControllerHost, show: (fragment: string) => boolean) {
    this.#host = host;
    this.#show = show;
    host.addController(this);
  }

  hostConnected(): void {
    if (isServer) return;
    addEventListener('hashchange', this.#onChange);
    this.#pending = decodeURIComponent(location.hash);
  }

  hostDisconnected(): void {
    if (!isServer) removeEventListener('hashchange', this.#onChange);
  }

  hostUpdated(): void {
    if (this.#pending && this.#show(this.#pending)) this.#pending = undefined;
  }

  /** Looks for a pending fragment's target now (after the host rendered what it may name). */
  retry(): void {
    this.hostUpdated();
  }

  /** Shows what `fragment` names now, or as soon as the host has rendered it. */
  show(fragment: string): void {
    this.#pending = fragment;
    this.retry();
  }
}

/** Brings a target into view and gives it focus, smoothly unless the visitor asks for reduced motion. */
export function revealTarget(target: HTMLElement, focus: HTMLElement = target, block: ScrollLogicalPosition = 'start'): void {
  if (!focus.hasAttribute('tabindex')) focus.tabIndex = -1;
  target.scrollIntoView({ block, behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
  focus.focus({ preventScroll: true });
}
