// validateForum against ajv, the common JSON Schema validator, compiled from the same rules
// (forum.schema.json, which the build emits from the one valibot schema) on the same generated
// 1,000-session forum. ajv checks the structure only; validateForum also checks references,
// times and consistency and orders its messages. Issue 8's goal: at most 2x ajv's time.
// The two take turns, one call each per round, so a machine busy with other work slows both
// alike and the ratio holds where the times alone would not. It informs: the exit code stays 0.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { Ajv } from 'ajv';
import { validateForum } from '../dist/index.js';
import { generateForum } from './generate-forum.mjs';

const GOAL = 2;
const schema = JSON.parse(readFileSync(new URL('../forum.schema.json', import.meta.url), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: true });
const check = ajv.compile(schema);

console.log(`validateForum vs ajv: node ${process.version}, load ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores`);
for (const sessions of [1000]) {
  const input = generateForum(sessions);
  if (!validateForum(input).ok || !check(input))
    throw new Error(`the generated forum of ${sessions} sessions should be valid for both: ${ajv.errorsText(check.errors)}`);
  const [ours, theirs] = medians(200, [() => validateForum(input), () => check(input)]);
  console.log(
    `${sessions} sessions: validateForum ${ours.toFixed(1)} ms, ajv ${theirs.toFixed(1)} ms (medians): ${(ours / theirs).toFixed(1)}x (goal <= ${GOAL}x) ${ours / theirs <= GOAL ? 'PASS' : 'MISS'}`,
  );
}

/** The median time of each task in ms, over `rounds` rounds in which each runs once, after a warm-up. */
function medians(rounds, tasks) {
  const times = tasks.map(() => []);
  for (let round = -20; round < rounds; round++) {
    tasks.forEach((task, i) => {
      const started = performance.now();
      task();
      if (round >= 0) times[i].push(performance.now() - started);
    });
  }
  return times.map((list) => list.sort((a, b) => a - b)[list.length >> 1]);
}
