// Prints the render bench's table: medians per column (so columns need not add up exactly),
// the fastest and slowest total to show the spread, and the verdicts.

const GOAL_RATIO = 2; // first render at most 2x the innerHTML baseline
const COLUMNS = ['total', 'dom', 'layout', 'cpu'];
const HEADINGS = ['total', 'js+dom', 'layout', 'cpu', 'min', 'max'];

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const cell = (value) => (value === undefined ? '-' : value.toFixed(1)).padStart(8);
const percent = (part, whole) => `${((100 * part) / whole).toFixed(0)}%`;
const times = (a, b) => `${(a / b).toFixed(2)}x`;

/** The medians of the samples' columns, and the fastest and slowest total. */
function summary(samples) {
  const result = Object.fromEntries(COLUMNS.map((key) => [key, median(samples.map((s) => s[key]))]));
  const totals = samples.map((s) => s.total);
  return { ...result, min: Math.min(...totals), max: Math.max(...totals) };
}

/** Prints the table and the verdicts. */
export function report({ header, load, cores, runs, warmup, rebuildRuns, first, update, elapsed }) {
  const lines = [`\n${header}`];
  const row = (label, samples) => {
    const s = summary(samples);
    lines.push(`  ${label.padEnd(46)}${[...COLUMNS, 'min', 'max'].map((key) => cell(s[key])).join('')}`);
    return s;
  };
  lines.push(`  ${`ms, medians of ${runs} runs, ${warmup} warm-up`.padEnd(46)}${HEADINGS.map((h) => h.padStart(8)).join('')}`);
  lines.push('  first render: set .forum, updateComplete, offsetHeight');
  const element = row('    element, forum already validated', first.element);
  const baseline = row('    baseline, innerHTML of the same markup', first.baseline);
  const cold = row('    element, new forum object (+ validation)', first.cold);
  lines.push('  update: one session title changed, new forum object');
  const updated = row('    element (validation + render)', update.element);
  const rendered = row('    element, forum validated beforehand', update.prevalidated);
  const validation = row('    validateForum alone (core, same data)', update.validate);
  const rebuilt = row(`    baseline, whole innerHTML again (${rebuildRuns} runs)`, update.baseline);
  lines.push('  cpu: main-thread CPU time of the renderer over the call (CDP ThreadTime, with any frame that follows);');
  lines.push('  it moves less than wall time when other processes compete for the cores.');

  const ratio = element.total / baseline.total;
  lines.push(
    `\n  first render element/baseline: ${times(element.total, baseline.total)} (goal <= ${GOAL_RATIO}x) ${ratio <= GOAL_RATIO ? 'PASS' : 'MISS'}` +
      ` (by cpu ${times(element.cpu, baseline.cpu)})`,
    `    js+dom alone ${times(element.dom, baseline.dom)}; with a new forum object ${times(cold.total, baseline.total)};` +
      ` layout is ${percent(baseline.layout, baseline.total)} of the baseline's time`,
  );
  lines.push(
    `  update: ${percent(updated.total, cold.total)} of a cold first render (cpu ${percent(updated.cpu, cold.cpu)}), ${percent(updated.dom, cold.dom)} of its js+dom;` +
      ` the baseline's rebuild takes ${times(rebuilt.total, updated.total)} as long`,
    `    split: validation ~${validation.total.toFixed(0)} ms, render ~${rendered.dom.toFixed(0)} ms, layout ~${updated.layout.toFixed(0)} ms`,
  );
  const busy = load > cores ? ': the machine is busy, wall times are noisy (compare cpu)' : '';
  lines.push(`  load average ${load.toFixed(1)} on ${cores} cores${busy}; total ${(elapsed / 1000).toFixed(1)} s`);
  console.log(lines.join('\n'));
}
