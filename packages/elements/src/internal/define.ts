/** Registers a custom element once: loading forumkit twice on a page is safe. */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
