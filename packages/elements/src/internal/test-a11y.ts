import axe from 'axe-core';
import { cdp } from 'vitest/browser';

export type ColorScheme = 'light' | 'dark';

/** Emulates `prefers-color-scheme` for the test page (Chromium, through the DevTools protocol). */
export async function emulateColorScheme(scheme: ColorScheme): Promise<void> {
  await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: scheme }] });
}

/**
 * A page background that follows the colour scheme, as a real page's would: contrast is then
 * checked against what a reader sees around the element.
 */
export function schemeBackground(container: HTMLElement): void {
  container.style.cssText = 'color-scheme: light dark; background: light-dark(#f7f8fb, #111318); color: light-dark(#1b1d24, #eceef3); padding: 8px';
}

/** axe-core's violations inside `element` (its shadow DOM included), one readable line each. */
export async function axeViolations(element: Element): Promise<string[]> {
  const results = await axe.run(element, { resultTypes: ['violations'] });
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.help} at ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`,
  );
}
