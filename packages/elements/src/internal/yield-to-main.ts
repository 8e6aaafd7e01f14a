/**
 * Gives the main thread back and resumes after what is waiting: the visitor's input, a frame,
 * the page's own tasks and the browser's. A prioritised task where the browser has them (no
 * timer clamping), else a timer.
 */
export function yieldToMain(): Promise<void> {
  const { scheduler } = globalThis as { scheduler?: { postTask?: (callback: () => void) => Promise<void> } };
  return scheduler?.postTask ? scheduler.postTask(() => {}) : new Promise((resolve) => setTimeout(resolve, 0));
}
