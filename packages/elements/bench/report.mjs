// Prints the render bench's table: medians per column (so columns need not add up exactly),
// the fastest and slowest total to show the spread, and the verdicts against issue 8's goals.

const GOALS = {
  firstRender: 2, // the grid's first render at most 2x the innerHTML baseline
  filter: 0.3, // picking a filter at most 0.3x a first render
  dropIn: 1.3, // the drop-in page's first agenda at most 1.3x the page written by hand
};
const COLUMNS = ['total', 'dom', 'layout', 'cpu'];
const HEADINGS = ['total', 'js+dom', 'layout', 'cpu', 'min', 'max'];

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const cell = (value) => (value === undefined || Number.isNaN(value) ? '-' : value.toFixed(1)).padStart(8);
const percent = (part, whole) => `${((100 * part) / whole).toFixed(0)}%`;
const times = (a, b) => `${(a / b).toFixed(2)}x`;
const verdict = (ratio, goal) => `(goal <= ${goal}x) ${ratio <= goal ? 'PASS' : 'MISS'}`;
const kB = (bytes) => `${(bytes / 1000).toFixed(0)} kB`;

/** The medians of the samples' columns, and the fastest and slowest total. */
function summary(samples) {
  const result = Object.fromEntries([...COLUMNS, 'first'].map((key) => [key, median(samples.map((s) => s[key]))]));
  const totals = samples.map((s) => s.total);
  return { ...result, min: Math.min(...totals), max: Math.max(...totals) };
}

/** Prints the table and the verdicts. */
export function report({ header, load, cores, runs, warmup, coldRuns, rebuildRuns, dropInRuns, first, filter, update, dropIn, elapsed }) {
  const lines = [`\n${header}`];
  const row = (label, samples) => {
    const s = summary(samples);
    lines.push(`  ${label.padEnd(50)}${[...COLUMNS, 'min', 'max'].map((key) => cell(s[key])).join('')}`);
    return s;
  };
  lines.push(`  ${`ms, medians of ${runs} runs, ${warmup} warm-up`.padEnd(50)}${HEADINGS.map((h) => h.padStart(8)).join('')}`);
  lines.push('  first render: set .forum, until settled (both renders), offsetHeight');
  const element = row('    element, forum already validated', first.element);
  const baseline = row('    baseline, innerHTML of the same markup', first.baseline);
  const cold = row(`    element, new forum object, validated (${coldRuns} runs)`, first.cold);
  lines.push('  filter: the visitor picks a track (change event, update, offsetHeight)');
  const filtered = row('    element', filter);
  lines.push('  update: one session title changed, new forum object');
  const updated = row('    element (validation + render)', update.element);
  const rendered = row('    element, forum validated beforehand', update.prevalidated);
  const validation = row('    validateForum alone (core, same data)', update.validate);
  const rebuilt = row(`    baseline, whole innerHTML again (${rebuildRuns} runs)`, update.baseline);
  // The page's times are instants after navigation start: in the DOM, then painted.
  const visits = (samples) => samples.map(({ shown, painted }) => ({ total: painted, dom: shown, layout: painted - shown }));
  lines.push(`  drop-in page, a first visit (${dropInRuns} runs): navigation start to the agenda painted (total), in the DOM (js+dom)`);
  const page = row('    forumkit.js + <forum-agenda src>', visits(dropIn.samples.element));
  const byHand = row('    by hand: fetch, JSON.parse, validate, innerHTML', visits(dropIn.samples.byHand));
  const { element: pageScripts, byHand: handScripts } = dropIn.scripts;
  lines.push(
    `    scripts loaded: ${pageScripts.count} files, ${kB(pageScripts.bytes)} (the drop-in and its chunks) against ${handScripts.count}, ${kB(handScripts.bytes)} (by hand)`,
  );
  lines.push('  cpu: main-thread CPU time of the renderer over the call (CDP ThreadTime, with any frame that follows);');
  lines.push('  it moves less than wall time when other processes compete for the cores.');

  const firstRatio = element.total / baseline.total;
  lines.push(
    `\n  grid first render element/baseline: ${times(element.total, baseline.total)} ${verdict(firstRatio, GOALS.firstRender)} (by cpu ${times(element.cpu, baseline.cpu)})`,
    `    js+dom alone ${times(element.dom, baseline.dom)}; the element's own first render took ${element.first.toFixed(0)} ms of its ${element.dom.toFixed(0)}` +
      ` (the rest: the client-only second render); with a new forum object ${times(cold.total, baseline.total)}; layout is ${percent(baseline.layout, baseline.total)} of the baseline's time`,
  );
  lines.push(
    `  filter/first render: ${times(filtered.total, element.total)} ${verdict(filtered.total / element.total, GOALS.filter)} (by cpu ${times(filtered.cpu, element.cpu)})`,
  );
  lines.push(
    `  drop-in first agenda element/by hand: ${times(page.total, byHand.total)} ${verdict(page.total / byHand.total, GOALS.dropIn)} (in the DOM ${times(page.dom, byHand.dom)})`,
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
