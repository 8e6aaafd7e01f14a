// Prints the render bench's table: medians per column (so columns need not add up exactly),
// with the slowest and fastest total to show the spread.

const GOAL_RATIO = 2; // first render at most 2x the innerHTML baseline

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const ms = (value) => (value === undefined ? '-' : value.toFixed(1)).padStart(8);
const percent = (part, whole) => `${((100 * part) / whole).toFixed(0)}%`;

/** The medians of `{ total, dom, layout }` samples. */
function summary(samples) {
  const pick = (key) => (samples[0][key] === undefined ? undefined : median(samples.map((s) => s[key])));
  const totals = samples.map((s) => s.total);
  return { total: pick('total'), dom: pick('dom'), layout: pick('layout'), min: Math.min(...totals), max: Math.max(...totals) };
}

/** Prints the table and the verdicts. */
export function report({ header, load, cores, runs, warmup, first, update, elapsed }) {
  const rows = [];
  const row = (label, samples) => {
    const s = summary(samples);
    rows.push(`  ${label.padEnd(48)}${ms(s.total)}${ms(s.dom)}${ms(s.layout)}${ms(s.min)}${ms(s.max)}`);
    return s;
  };
  rows.push(`  ${`ms, medians of ${runs} runs (${warmup} warm-up)`.padEnd(48)}${'total'.padStart(8)}${'js+dom'.padStart(8)}${'layout'.padStart(8)}${'min'.padStart(8)}${'max'.padStart(8)}`);
  rows.push('  first render: set .forum, updateComplete, offsetHeight');
  const element = row('    element, forum already validated', first.element);
  const baseline = row('    baseline, innerHTML of the same markup', first.baseline);
  const cold = row('    element, new forum object (+ validation)', first.cold);
  rows.push('  update: one session title changed, new forum object');
  const updated = row('    element (validation + render)', update.element);
  const rendered = row('    element, forum validated beforehand', update.prevalidated);
  const validation = row('    validateForum alone (core, same data)', update.validate);
  const rebuilt = row('    baseline, whole innerHTML again', update.baseline);

  const ratio = element.total / baseline.total;
  console.log(`\n${header}`);
  console.log(rows.join('\n'));
  console.log(`\n  first render element/baseline: ${ratio.toFixed(2)}x (goal <= ${GOAL_RATIO}x) ${ratio <= GOAL_RATIO ? 'PASS' : 'MISS'}` +
    `; js+dom alone ${(element.dom / baseline.dom).toFixed(2)}x, layout ${percent(baseline.layout, baseline.total)} of the baseline`);
  console.log(`  update: ${percent(updated.total, cold.total)} of a cold first render, ${percent(updated.dom, cold.dom)} of its js+dom;` +
    ` validation ~${validation.total.toFixed(0)} ms + render ~${rendered.dom.toFixed(0)} ms + layout ~${updated.layout.toFixed(0)} ms` +
    `; baseline rebuild ${(rebuilt.total / updated.total).toFixed(1)}x the element's update`);
  const busy = load > cores;
  console.log(`  load average ${load.toFixed(1)} on ${cores} cores${busy ? ': the machine is busy, expect noisy numbers' : ''}; total ${(elapsed / 1000).toFixed(1)} s`);
}
