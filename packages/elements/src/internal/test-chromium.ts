// Chromium for Node-side tests (the page as a browser shows it, JavaScript on or off).
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../../../scripts/chromium.mjs';

/** Headless Chromium (CHROMIUM_PATH, else /usr/bin/chromium). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS] });
}

/**
 * The text a reader sees, shadow roots included, whitespace collapsed. Runs in the page's
 * utility world, so it also works on a page with JavaScript disabled.
 */
export function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts: string[] = [];
    const walk = (parent: Node): void => {
      for (const node of Array.from(parent.childNodes)) {
        if (node.nodeType === Node.TEXT_NODE) {
          if (node.parentElement?.checkVisibility({ visibilityProperty: true, opacityProperty: true })) {
            parts.push(node.nodeValue ?? '');
          }
        } else if (node instanceof Element && !['SCRIPT', 'STYLE', 'TEMPLATE'].includes(node.tagName)) {
          // A host shows its shadow tree (forumkit's elements have no slots).
          walk(node.shadowRoot ?? node);
        }
      }
    };
    walk(document.body);
    return parts.join('').replace(/\s+/g, ' ');
  });
}

/** Every element in the page, shadow roots included, matching a selector. */
export function deepCount(page: Page, selector: string): Promise<number> {
  return page.evaluate((selector) => {
    let count = 0;
    const visit = (root: Document | ShadowRoot): void => {
      count += root.querySelectorAll(selector).length;
      for (const element of Array.from(root.querySelectorAll('*'))) if (element.shadowRoot) visit(element.shadowRoot);
    };
    visit(document);
    return count;
  }, selector);
}

/** Elements by name: [host tag, selector in its shadow root] (a host inside another's shadow root is found too). */
export type PageParts = Readonly<Record<string, readonly [host: string, selector: string]>>;

/** A part of each forumkit element (the speaker card's inside the speaker list's shadow root). */
export const PARTS: PageParts = {
  session: ['forum-agenda', '[part~="session"]'],
  'session title': ['forum-agenda', '[part~="title"]'],
  'day heading': ['forum-agenda', '[part~="day-heading"]'],
  'speaker list': ['forum-speaker-list', '[part~="list"]'],
  'speaker card': ['forum-speaker-card', '[part~="card"]'],
  'speaker name': ['forum-speaker-card', '[part~="speaker-name"]'],
  quote: ['forum-quote', '[part~="quote-text"]'],
  'photo caption': ['forum-gallery', '[part~="caption"]'],
};
const PROPERTIES = ['display', 'color', 'background-color', 'font-size', 'font-weight', 'line-height', 'padding', 'margin', 'border', 'border-radius', 'gap'];

/** The computed styles and size of each part, in the first such element on the page. */
export function partStyles(page: Page, parts: PageParts = PARTS): Promise<Record<string, Record<string, string>>> {
  return page.evaluate(
    ([parts, properties]) => {
      const find = (root: Document | ShadowRoot, tag: string): Element | undefined => {
        for (const element of Array.from(root.querySelectorAll('*'))) {
          if (element.localName === tag) return element;
          const inside = element.shadowRoot && find(element.shadowRoot, tag);
          if (inside) return inside;
        }
        return undefined;
      };
      return Object.fromEntries(
        Object.entries(parts).map(([name, [tag, selector]]) => {
          const part = find(document, tag)?.shadowRoot?.querySelector(selector);
          if (!part) return [name, { missing: `${tag} ${selector}` }];
          const style = getComputedStyle(part);
          const { width, height } = part.getBoundingClientRect();
          return [name, { ...Object.fromEntries(properties.map((property) => [property, style.getPropertyValue(property)])), size: `${width}x${height}` }];
        }),
      );
    },
    [parts, PROPERTIES] as const,
  );
}
