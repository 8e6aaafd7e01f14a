// Measures renderForumPage on generated forums: the page's bytes, the bytes of its <style>
// elements and its render time, with each element's CSS inline in every shadow root (the
// default) and with `stylesheets` (each shadow root links its element's file). It informs;
// it is not a timed test. CPU time moves less than wall time when other processes compete for
// the cores. Run after a build: `npm run bench` (it loads dist/).
// Options: --sessions=300,1000 (forum sizes), --runs=N (measured renders per size and mode, default 5).
import os from 'node:os';
import { renderForumPage, forumStylesheets } from '@forumkit/ssr';
import { generateForum } from '../../core/bench/generate-forum.mjs';

const option = (name, fallback) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const sizes = option('sessions', '300,1000').split(',').map(Number);
const runs = Math.max(1, Number(option('runs', 5)) || 5);
const baseUrl = 'https://forum.example.org/';
const modes = {
  inline: { baseUrl },
  linked: { baseUrl, stylesheets: { href: (file) => `styles/${file}` } },
};

const bytes = (text) => Buffer.byteLength(text);
const kB = (count) => `${(count / 1000).toFixed(0).padStart(6)} kB`;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The page's size and the bytes it spends on <style> elements and on stylesheet links. */
function measure(page) {
  const styles = page.match(/<style>[\s\S]*?<\/style>/g) ?? [];
  const links = page.match(/<link rel="(?:stylesheet|preload)"[^>]*>/g) ?? [];
  return { total: bytes(page), styles: styles.length, styleBytes: bytes(styles.join('')), links: links.length, linkBytes: bytes(links.join('')) };
}

console.log(
  `renderForumPage, ${runs} measured render(s) after one warm-up, node ${process.version}, load ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores`,
);
const files = [...forumStylesheets().values()].reduce((sum, css) => sum + bytes(css), 0);
console.log(`forumStylesheets(): ${forumStylesheets().size} files, ${kB(files).trim()} (served once, cached across pages)`);
for (const sessions of sizes) {
  const forum = generateForum(sessions);
  const rows = {};
  // One warm-up, then the modes alternate so neither always runs after the other's garbage.
  for (let round = 0; round <= runs; round++) {
    for (const [mode, options] of round % 2 ? Object.entries(modes).reverse() : Object.entries(modes)) {
      const started = performance.now();
      const cpu = process.cpuUsage();
      const page = await renderForumPage(forum, options);
      const { user, system } = process.cpuUsage(cpu);
      const time = performance.now() - started;
      rows[mode] ??= { ...measure(page), times: [], cpu: [] };
      if (round > 0) rows[mode].times.push(time);
      if (round > 0) rows[mode].cpu.push((user + system) / 1000);
    }
  }
  console.log(`\n${sessions.toLocaleString('en')} sessions`);
  for (const [mode, row] of Object.entries(rows)) {
    console.log(
      `  ${mode.padEnd(7)} page ${kB(row.total)}  <style> ${String(row.styles).padStart(4)} = ${kB(row.styleBytes)}  links ${String(row.links).padStart(4)} = ${kB(row.linkBytes)}  render median ${median(row.times).toFixed(0).padStart(4)} ms (${row.times.map((time) => time.toFixed(0)).join(' ')}), CPU ${median(row.cpu).toFixed(0).padStart(4)} ms`,
    );
  }
  const saved = rows.inline.total - rows.linked.total;
  console.log(`  linked saves ${kB(saved).trim()} (${((100 * saved) / rows.inline.total).toFixed(0)}% of the inline page)`);
}
