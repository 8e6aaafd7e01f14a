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
