import type { Track } from '@forumkit/core';

// A track's colour is validated as #rgb or #rrggbb; checked again here because it becomes CSS.
const HEX_COLOR = /^#(?:[0-9a-fA-F]{3}){1,2}$/;

/** The class that gives a track its colour (`track-color-00aa77`); undefined for anything but `#rgb` or `#rrggbb`. */
export function trackColorClass(color: string | undefined): string | undefined {
  if (color === undefined || !HEX_COLOR.test(color)) return undefined;
  const hex = color.slice(1).toLowerCase();
  return `track-color-${hex.length === 3 ? hex.replace(/./g, '$&$&') : hex}`;
}

/**
 * The rules behind those classes, one per colour the tracks use: a dot in the colour before the
 * track's name. Made of checked hex digits only, as a stylesheet of its own (a `style` attribute
 * would not hold under a Content-Security-Policy without `'unsafe-inline'`).
 */
export function trackColorCss(tracks: readonly Track[]): string {
  const classes = new Set(tracks.flatMap((track) => trackColorClass(track.color) ?? []));
  return [...classes].map((name) => `.${name}::before{content:'';background:#${name.slice(-6)}}`).join('');
}
