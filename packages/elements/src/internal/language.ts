import { isServer } from 'lit';

/**
 * The language an element is asked to display: its own `lang`, else the nearest ancestor's
 * (across shadow roots), else the document's; undefined when none is set, and the element shows
 * the forum in its own language (core's `displayLanguage`, as `renderForumPage` does).
 */
export function effectiveLanguage(element: Element): string | undefined {
  // Duck-typed so it also runs under the server-side DOM shim, which has no ShadowRoot.
  type Walked = { getAttribute?: (name: string) => string | null; parentNode?: Walked | null; host?: Walked };
  let node: Walked | null | undefined = element as Walked;
  while (node) {
    const lang = node.getAttribute?.('lang');
    if (lang) return lang;
    node = node.parentNode ?? node.host;
  }
  return (!isServer && typeof document !== 'undefined' && document.documentElement?.lang) || undefined;
}

const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;
const options: MutationObserverInit = { attributes: true, attributeFilter: ['lang'], subtree: true };

/**
 * Calls `onChange` whenever a `lang` attribute changes in the document or in any shadow root
 * `element` sits in (an observer on the document does not see into shadow roots); returns an
 * unsubscribe. Call it when `element` is connected.
 */
export function observeLanguage(element: Element, onChange: () => void): () => void {
  if (isServer || typeof MutationObserver === 'undefined' || typeof document === 'undefined') return () => {};
  listeners.add(onChange);
  observer ??= new MutationObserver(() => [...listeners].forEach((listener) => listener()));
  // Observing a node again only replaces its options, so repeated calls add nothing.
  observer.observe(document.documentElement, options);
  for (let root = element.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) {
    observer.observe(root, options);
  }
  return () => {
    listeners.delete(onChange);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
