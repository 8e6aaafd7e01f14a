// `npm run bench`: importFrabJson of a 1,000-event schedule.json (made by exportFrabJson from a
// generated forum), and of 100 and 10,000 for growth; the median of several runs, beside
// JSON.parse of the same text as a yardstick. Goals inform: the exit code is always 0.
import { loadavg } from 'node:os';
import { validateForum } from '@forumkit/core';
import { generateForum } from '../../core/bench/generate-forum.mjs';
import { exportFrabJson, importFrabJson, importFrabXml } from '../dist/index.js';
import { hostileScheduleXml } from '../test/hostile/hostile-schedule-xml.mjs';

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const time = (run, times) => median(Array.from({ length: times }, () => ((started) => (run(), performance.now() - started))(performance.now())));

console.log(`@forumkit/import bench: node ${process.version}, load ${loadavg()[0].toFixed(1)}`);
console.log('events  schedule KiB  JSON.parse ms  import ms  x parse');
const results = [];
for (const count of [100, 1000, 10000]) {
  const result = validateForum(generateForum(count));
  if (!result.ok) throw new Error('the generated forum is not valid');
  const text = JSON.stringify(exportFrabJson(result.forum, { baseUrl: 'https://bench.example.org/' }));
  const runs = count >= 10000 ? 3 : 9;
  const parse = time(() => JSON.parse(text), runs);
  const imported = time(() => importFrabJson(JSON.parse(text)), runs);
  results.push({ count, imported });
  console.log(
    `${String(count).padEnd(6)}  ${(text.length / 1024).toFixed(0).padStart(12)}  ${parse.toFixed(1).padStart(13)}  ${imported.toFixed(1).padStart(9)}  ${(imported / parse).toFixed(1).padStart(6)}x`,
  );
}
console.log(`\ngrowth 1,000 -> 10,000 events: ${(results[2].imported / results[1].imported).toFixed(1)}x (linear: 10x)`);

// Hostile schedule.xml (test/hostile): the reader must stay linear, so 10x the input takes about
// 10x the time, never 100x.
console.log('\nhostile schedule.xml   10,000 ms  100,000 ms  growth');
for (const [index, { name }] of hostileScheduleXml(10).entries()) {
  const [small, large] = [10_000, 100_000].map((size) => {
    const { text } = hostileScheduleXml(size)[index];
    return time(() => {
      try {
        importFrabXml(text);
      } catch {
        // Every one of them is refused; the time to refuse it is what counts.
      }
    }, 5);
  });
  console.log(`${name.padEnd(20)}  ${small.toFixed(1).padStart(9)}  ${large.toFixed(1).padStart(10)}  ${(large / small).toFixed(1).padStart(5)}x`);
}
