// `npm run bench`: `forumkit build` of generated bilingual (ko/en) forums of 100, 1,000 and
// 10,000 sessions, run as a user runs it (a child process): wall time, peak memory (sampled from
// /proc), files and bytes. The yardstick is what the same machine takes to JSON.stringify the
// forum once per page plus gzip every byte the build wrote; the goal is at most 3x that, and cost
// growing linearly with the sessions. Goals inform: the exit code is always 0.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { generateForum } from '../../core/bench/generate-forum.mjs';

const cli = fileURLToPath(new URL('../bin/forumkit.js', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'forumkit-build-bench-'));

/** Runs the build, sampling the child's resident memory every 10 ms. */
function build(file, out) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [cli, 'build', file, '--out', out, '--base-url', 'https://bench.example.org/'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let peak = 0;
    const sample = setInterval(() => {
      try {
        const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1];
        if (rss) peak = Math.max(peak, Number(rss) * 1024);
      } catch {
        // The child has just ended.
      }
    }, 10);
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('exit', (code) => {
      clearInterval(sample);
      if (code === 0) resolve({ ms: performance.now() - started, peak });
      else reject(new Error(`build failed (${code}):\n${stderr}`));
    });
  });
}

const files = (folder) =>
  readdirSync(folder, { recursive: true })
    .map((name) => join(folder, String(name)))
    .filter((path) => statSync(path).isFile());

console.log(`forumkit build bench: node ${process.version}, load ${loadavg()[0].toFixed(1)}`);
console.log('sessions  build ms  peak MiB  files   site KiB  yardstick ms  x yardstick  goal <= 3x');
const rows = [];
try {
  for (const count of [100, 1000, 10000]) {
    const forum = generateForum(count);
    const file = join(scratch, `forum-${count}.json`);
    writeFileSync(file, JSON.stringify(forum));
    const out = join(scratch, `site-${count}`);
    const { ms, peak } = await build(file, out);
    const written = files(out).map((path) => readFileSync(path));
    const bytes = written.reduce((sum, content) => sum + content.length, 0);
    const started = performance.now();
    for (let i = 0; i < forum.languages.length; i++) JSON.stringify(forum);
    for (const content of written) gzipSync(content);
    const yardstick = performance.now() - started;
    const ratio = ms / yardstick;
    rows.push({ count, ms });
    console.log(
      `${String(count).padEnd(8)}  ${ms.toFixed(0).padStart(8)}  ${(peak / 2 ** 20).toFixed(0).padStart(8)}  ${String(written.length).padStart(5)}  ${(bytes / 1024).toFixed(0).padStart(9)}  ${yardstick.toFixed(0).padStart(12)}  ${ratio.toFixed(1).padStart(10)}x  ${ratio <= 3 ? 'PASS' : 'MISS'}`,
    );
  }
  const [, thousand, tenThousand] = rows;
  const growth = tenThousand.ms / thousand.ms;
  console.log(`\ngrowth 1,000 -> 10,000 sessions: ${growth.toFixed(1)}x (linear: 10x; goal <= 12x) ${growth <= 12 ? 'PASS' : 'MISS'}`);
  console.log('(each build includes starting Node and loading forumkit, about the same at every size)');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
