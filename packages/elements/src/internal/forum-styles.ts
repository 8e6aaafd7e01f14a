/**
 * The CSS an element needs for the forum it shows, beyond its class's styles (the agenda's track
 * colours). The server writes it into the element's shadow root (@forumkit/ssr's
 * element-renderer.ts, which takes the symbol from @forumkit/elements/page); in the browser the
 * element adopts it with `adoptForumStyles`.
 */
export const FORUM_STYLES = Symbol('forumkit.forumStyles');

/** An element with CSS of its own forum's. */
export interface WithForumStyles {
  [FORUM_STYLES](): string;
}

const sheets = new WeakMap<ShadowRoot, { sheet: CSSStyleSheet; css: string }>();

/**
 * Adds the CSS to a shadow root as a constructed stylesheet (which a Content-Security-Policy
 * `style-src` does not govern, as it does `<style>` elements and `style` attributes), after the
 * class's styles; replaces what an earlier call added.
 */
export function adoptForumStyles(root: ShadowRoot, css: string): void {
  const adopted = sheets.get(root);
  if (adopted?.css === css || (!adopted && !css)) return;
  if (adopted) {
    adopted.sheet.replaceSync(css);
    adopted.css = css;
    return;
  }
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  sheets.set(root, { sheet, css });
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
