// Reads a Chromium trace for the freeze bench: the tasks of a page's main thread, with their wall
// and CPU time and what each long one was made of.

/** The trace categories the reading needs: every task (microtask checkpoints too) and what ran in it. */
export const TRACE_CATEGORIES = ['disabled-by-default-devtools.timeline', 'devtools.timeline', 'toplevel'];
// What Chromium calls a task of the main thread (DevTools' RunTask wraps every one, microtask checkpoints included).
const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);
// What a task holds: the timeline's events, and promise callbacks run after a task (a checkpoint).
const isPart = (event) => event.cat.split(',').includes('devtools.timeline') || event.name === 'BlinkScheduler_PerformMicrotaskCheckpoint';
// Past this, a task blocks input (the "long task" of the web platform).
export const LONG_TASK_MS = 50;

/** Sum of the parts of tasks beyond 50 ms: the time a visitor's input would have waited (TBT). */
export const blockingTime = (durations) => durations.reduce((sum, ms) => sum + Math.max(0, ms - LONG_TASK_MS), 0);

// The main thread of the page's renderer: the process the browser last committed the page's
// main frame to, or that held it as tracing started (others, an about:blank or a WebUI renderer,
// may be in the trace too).
function mainThread(events) {
  const commits = events.filter((e) => e.name === 'FrameCommittedInBrowser' && e.args?.data?.isOutermostMainFrame && e.args.data.url?.startsWith('http'));
  // Without a navigation in the trace: the page's frame as tracing started.
  const started = events.find((e) => e.name === 'TracingStartedInBrowser')?.args?.data?.frames?.find((frame) => frame.isOutermostMainFrame);
  const pid = commits.at(-1)?.args.data.processId ?? started?.processId;
  const thread = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === pid);
  if (!thread) throw new Error('the trace names no renderer main thread for the page');
  return `${thread.pid}:${thread.tid}`;
}

// Complete events not inside another of the list (sorted by start).
function outermost(events) {
  const result = [];
  let end = -Infinity;
  for (const event of events) {
    if (event.ts >= end) {
      result.push(event);
      end = event.ts + event.dur;
    }
  }
  return result;
}

/**
 * The main thread's tasks in `trace` (Chromium's JSON trace): `{ start, wall, cpu, parts, source }`
 * in ms from the first task, `parts` naming what the outermost timeline events within it spent
 * (FunctionCall, Layout, ...), longest first, and `source` where Chromium posted the task from.
 */
export function mainThreadTasks(trace) {
  const events = trace.traceEvents ?? trace;
  const thread = mainThread(events);
  const onThread = events.filter((e) => e.ph === 'X' && `${e.pid}:${e.tid}` === thread).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const tasks = outermost(onThread.filter((e) => TASK_NAMES.has(e.name)));
  const timeline = onThread.filter((e) => !TASK_NAMES.has(e.name) && isPart(e));
  const origin = tasks[0]?.ts ?? 0;
  let cursor = 0;
  return tasks.map((task) => {
    const end = task.ts + task.dur;
    while (cursor < timeline.length && timeline[cursor].ts < task.ts) cursor++;
    const inside = [];
    for (let i = cursor; i < timeline.length && timeline[i].ts < end; i++) inside.push(timeline[i]);
    const parts = new Map();
    // Where Chromium posted the task from (a fetch body, a worker's message, a frame, autofill...).
    const posted = onThread.find((e) => e.name === 'ThreadControllerImpl::RunTask' && e.ts >= task.ts && e.ts < end)?.args;
    const source = posted?.src_file ? `${posted.src_file.split('/').pop()} ${posted.src_func ?? ''}`.trim() : undefined;
    for (const event of outermost(inside)) {
      const name = event.name === 'BlinkScheduler_PerformMicrotaskCheckpoint' ? 'Microtasks' : event.name;
      parts.set(name, (parts.get(name) ?? 0) + event.dur / 1000);
    }
    return {
      start: (task.ts - origin) / 1000,
      wall: task.dur / 1000,
      cpu: (task.tdur ?? task.dur) / 1000,
      parts: [...parts].sort((a, b) => b[1] - a[1]),
      source,
    };
  });
}
