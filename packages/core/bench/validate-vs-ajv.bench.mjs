// validateForum against ajv, the common JSON Schema validator, compiled from the same rules
// (forum.schema.json, which the build emits from the one valibot schema) on the same generated
// 1,000-session forum. ajv checks the structure only; validateForum also checks references,
// times and consistency and orders its messages. Issue 8's goal: at most 2x ajv's time.
// It informs: the exit code stays 0.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { Ajv } from 'ajv';
import { Bench } from 'tinybench';
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
  const bench = new Bench({ time: 1500, iterations: 20, warmupIterations: 5 });
  bench.add('validateForum', () => validateForum(input));
  bench.add('ajv (forum.schema.json)', () => check(input));
  await bench.run();
  const median = (name) => bench.getTask(name).result.latency.p50;
  const [ours, theirs] = [median('validateForum'), median('ajv (forum.schema.json)')];
  console.log(
    `${sessions} sessions: validateForum ${ours.toFixed(1)} ms, ajv ${theirs.toFixed(1)} ms (medians): ${(ours / theirs).toFixed(1)}x (goal <= ${GOAL}x) ${ours / theirs <= GOAL ? 'PASS' : 'MISS'}`,
  );
}
