/** How long a task of forumkit's may run before it gives the page back to the visitor (ms): reading a `src`, validating it, rendering a long programme. */
export const SLICE_MS = 30;

/**
 * Gives the main thread back and resumes after what is waiting: the visitor's input, a frame,
 * the page's own tasks and the browser's. A prioritised task where the browser has them (no
 * timer clamping), else a timer.
 */
export function yieldToMain(): Promise<void> {
  const { scheduler } = globalThis as { scheduler?: { postTask?: (callback: () => void) => Promise<void> } };
  return scheduler?.postTask ? scheduler.postTask(() => {}) : new Promise((resolve) => setTimeout(resolve, 0));
}
