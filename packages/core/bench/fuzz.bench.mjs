// The full-size run of test/hostile-forums.test.ts: valid forums of hostile text through every
// output, then random breakage of them through validateForum. It counts what must stay zero
// (throws, hidden issues, pollution, messages at the length limit or over) and prints the longest
// message. Seeded, so a run repeats; `--inputs=N` and `--forums=N` change the sizes (defaults
// keep it well under 30 s). Run after a build: it reads dist/, not src/. The exit code is 1 when a
// count that must be zero is not.
import os from 'node:os';
import { formatIssue, jsonLdScript, toJsonLd, validateForum } from '../dist/index.js';
import { toICalendar } from '../dist/ical.js';
import { hostileForum, mutateForum, seededRandom } from '../test/fuzz/hostile-forums.mjs';
import { generateForum } from './generate-forum.mjs';

const option = (name, fallback) => Number(process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback);
const FORUMS = option('forums', 1_000);
const INPUTS = option('inputs', 20_000);
const LIMIT = 300; // an issue as printed is shorter than this (ISSUE_LENGTH_LIMIT)
const BASE = 'https://forum.example.org/2024/?a=1&b=<2>';
const encoder = new TextEncoder();

const started = performance.now();
console.log(`@forumkit/core fuzz: node ${process.version}, ${os.cpus().length} x ${os.cpus()[0]?.model ?? 'cpu'}, load ${os.loadavg()[0].toFixed(1)}`);

/** Runs `task`, counting a throw (and keeping its first few messages) instead of stopping. */
function attempt(counts, what, task) {
  try {
    return task();
  } catch (error) {
    counts.throws++;
    if (counts.examples.length < 5) counts.examples.push(`${what}: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

// Valid forums of hostile text: each must validate, and every output must take it unharmed.
const valid = { forums: 0, invalid: 0, throws: 0, unsafeScripts: 0, changedByScript: 0, longLines: 0, examples: [] };
for (let seed = 1; seed <= FORUMS; seed++) {
  valid.forums++;
  const result = validateForum(hostileForum(seed));
  if (!result.ok) {
    valid.invalid++;
    if (valid.examples.length < 5) valid.examples.push(`forum ${seed}: ${formatIssue(result.issues[0])}`);
    continue;
  }
  const doc = attempt(valid, `forum ${seed}: toJsonLd`, () => toJsonLd(result.forum, { baseUrl: BASE }));
  const script = doc && attempt(valid, `forum ${seed}: jsonLdScript`, () => jsonLdScript(doc));
  if (script !== undefined) {
    const body = script.slice('<script type="application/ld+json">'.length, -'</script>'.length);
    if (/<\/script|<!--|[<>&\u2028\u2029]/i.test(body)) valid.unsafeScripts++;
    if (JSON.stringify(JSON.parse(body)) !== JSON.stringify(doc)) valid.changedByScript++;
  }
  const calendar = attempt(valid, `forum ${seed}: toICalendar`, () => toICalendar(result.forum, { baseUrl: BASE, includeForum: true, now: new Date(0) }));
  for (const line of calendar?.split('\r\n') ?? []) if (encoder.encode(line).length > 75 || /[\r\n]/.test(line)) valid.longLines++;
}
const validSeconds = (performance.now() - started) / 1000;

// Broken forums: validation must never throw, pollute, stay silent or write a message too long;
// what it lets through, the outputs must take.
const broken = { inputs: 0, accepted: 0, throws: 0, hiddenIssues: 0, polluted: 0, tooLong: 0, longest: '', examples: [] };
const random = seededRandom(20261202);
const bases = Array.from({ length: 50 }, (_, i) => hostileForum(i + 1));
const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).join();
for (let i = 0; i < INPUTS; i++) {
  broken.inputs++;
  const input = mutateForum(bases[i % bases.length], random);
  const result = attempt(broken, `input ${i}: validateForum`, () => validateForum(input));
  if (Object.getOwnPropertyNames(Object.prototype).join() !== prototypeKeys) broken.polluted++;
  if (result === undefined) continue;
  if (result.ok) {
    broken.accepted++;
    attempt(broken, `input ${i}: outputs`, () => [jsonLdScript(toJsonLd(result.forum, { baseUrl: BASE })), toICalendar(result.forum)]);
    continue;
  }
  if (result.issues.length === 0) broken.hiddenIssues++;
  for (const issue of result.issues) {
    const printed = formatIssue(issue);
    if (printed.length >= LIMIT) broken.tooLong++;
    if (printed.length > broken.longest.length) broken.longest = printed;
  }
}
const brokenSeconds = (performance.now() - started) / 1000 - validSeconds;

const verdict = (zero) => (zero === 0 ? 'PASS' : 'FAIL');
console.log(`\nvalid forums of hostile text (${validSeconds.toFixed(1)} s)`);
console.log(`  forums ${valid.forums}, refused ${valid.invalid} ${verdict(valid.invalid)}`);
console.log(`  output throws ${valid.throws} ${verdict(valid.throws)}`);
console.log(`  JSON-LD scripts with </script, <!-- or unescaped < > & U+2028 U+2029: ${valid.unsafeScripts} ${verdict(valid.unsafeScripts)}`);
console.log(`  JSON-LD changed by its script: ${valid.changedByScript} ${verdict(valid.changedByScript)}`);
console.log(`  iCalendar lines over 75 octets or with a bare line break: ${valid.longLines} ${verdict(valid.longLines)}`);
console.log(`\nbroken forums (${brokenSeconds.toFixed(1)} s)`);
console.log(`  inputs ${broken.inputs}, accepted ${broken.accepted} (their outputs ran too)`);
console.log(`  throws ${broken.throws} ${verdict(broken.throws)}`);
console.log(`  hidden issues (ok: false without an issue) ${broken.hiddenIssues} ${verdict(broken.hiddenIssues)}`);
console.log(`  Object.prototype polluted ${broken.polluted} ${verdict(broken.polluted)}`);
console.log(`  issues of ${LIMIT} characters or more ${broken.tooLong} ${verdict(broken.tooLong)}`);
console.log(`  longest issue ${broken.longest.length} characters: ${broken.longest}`);
for (const example of [...valid.examples, ...broken.examples]) console.log(`  ! ${example}`);

// A forum whose sessions are 100,000 items of junk (the list limit): every item reported, in order
// (src/validate/hostile-input.test.ts checks the messages on 10,000).
const junk = [42, null, 'talk', { kind: 'talk', junk: true }, [], true];
const junkStarted = performance.now();
const junkResult = validateForum({ ...generateForum(1), sessions: Array.from({ length: 100_000 }, (_, i) => junk[i % junk.length]) });
const junkSeconds = (performance.now() - junkStarted) / 1000;
const junkIssues = junkResult.ok ? [] : junkResult.issues.map(formatIssue);
const junkMissing = junkIssues.filter((issue) => /^sessions\[\d+\]/.test(issue)).length === 100_000 + 16_667 ? 0 : 1;
console.log(
  `\n100,000 sessions of junk (${junkSeconds.toFixed(1)} s): ${junkIssues.length} issues; one per item and per unknown field ${verdict(junkMissing)}`,
);

const failed =
  junkMissing +
  valid.invalid +
  valid.throws +
  valid.unsafeScripts +
  valid.changedByScript +
  valid.longLines +
  broken.throws +
  broken.hiddenIssues +
  broken.polluted +
  broken.tooLong;
console.log(`\n(${((performance.now() - started) / 1000).toFixed(1)} s; ${failed === 0 ? 'every count that must be zero is' : `${failed} failures`})`);
process.exitCode = failed === 0 ? 0 : 1;
