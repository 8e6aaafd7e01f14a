import { css } from 'lit';

/**
 * How text breaks across lines, the same in every element (`:host`) and in the server-rendered
 * page around them (`:root`; @forumkit/ssr's `page-styles.ts` includes this sheet, exported as
 * @forumkit/elements/page): a word too long for its line breaks anywhere rather than overflow, and
 * Korean breaks between words, at spaces, never between two syllables of a word that fits on a line.
 */
export const lineBreakingStyles = css`
  :root,
  :host {
    overflow-wrap: anywhere;
  }
  :lang(ko) {
    word-break: keep-all;
  }
`;

/**
 * The default theme. Global `--forum-*` tokens style every element; each element maps them to
 * its own `--forum-<element>-*` properties. Light or dark follows the page: the elements inherit
 * its `color-scheme`, so a page that declares `color-scheme: light dark` gets the dark palette in
 * a dark-mode browser, and a light-only page (no `color-scheme`) keeps the light one. A site
 * chooses for an element with `color-scheme` on it (`forum-agenda { color-scheme: dark }`).
 */
export const themeStyles = css`
  ${lineBreakingStyles}
  :host {
    --_font: var(--forum-font-family, system-ui, -apple-system, 'Segoe UI', 'Apple SD Gothic Neo', 'Noto Sans KR', 'Malgun Gothic', sans-serif);
    --_text: var(--forum-color-text, light-dark(#1b1d24, #eceef3));
    --_muted: var(--forum-color-muted, light-dark(#555b6a, #a9afbd));
    --_surface: var(--forum-color-surface, light-dark(#ffffff, #1a1d24));
    --_surface-alt: var(--forum-color-surface-alt, light-dark(#f4f5f8, #232731));
    --_border: var(--forum-color-border, light-dark(#dfe2e9, #343947));
    --_accent: var(--forum-color-accent, light-dark(#3b3fc4, #a9adff));
    --_accent-soft: var(--forum-color-accent-soft, light-dark(#ecedff, #2c2f5a));
    --_danger: var(--forum-color-danger, light-dark(#b3261e, #ffb4ab));
    --_radius: var(--forum-radius, 12px);
    --_space: var(--forum-space, 1rem);
    --_focus: var(--forum-focus-ring, 2px solid var(--_accent));
    display: block;
    font-family: var(--_font);
    color: var(--_text);
    line-height: 1.5;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  :focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
    border-radius: 4px;
  }
  .status {
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
    background: var(--_surface);
  }
  .error {
    border-style: solid;
    border-color: var(--_danger);
    color: var(--_text);
  }
  /* Beside an element that tells the visitor in full about the same failure: one quiet line. */
  .brief {
    padding: 0.25rem 0;
    border: 0;
    background: none;
    color: var(--_muted);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
