import { cdp } from 'vitest/browser';

/**
 * Clicks `target` as a visitor does: a mouse press and release at its middle, through the
 * browser's input pipeline (the DevTools protocol), at once, however busy the page is.
 */
export async function clickLikeAVisitor(target: Element): Promise<void> {
  target.scrollIntoView({ block: 'center', inline: 'center' });
  // The test page is a frame the runner scales to fit: the mouse moves in the window around it.
  const frame = window.frameElement?.getBoundingClientRect() ?? { left: 0, top: 0, width: innerWidth };
  const scale = frame.width / innerWidth;
  const box = target.getBoundingClientRect();
  const at = { x: frame.left + (box.left + box.width / 2) * scale, y: frame.top + (box.top + box.height / 2) * scale, button: 'left' as const, clickCount: 1 };
  await cdp().send('Input.dispatchMouseEvent', { type: 'mousePressed', ...at });
  await cdp().send('Input.dispatchMouseEvent', { type: 'mouseReleased', ...at });
}
