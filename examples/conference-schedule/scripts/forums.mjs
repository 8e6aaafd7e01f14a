// The two conferences this example builds, both from forumkit's own test forums: written for
// forumkit, with invented people and organisations on example.org.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';

const fixture = (name) => new URL(`../../../packages/core/test/fixtures/forums/${name}`, import.meta.url);

/** Three days in three rooms in Berlin, across the night the clocks go back (German and English). */
export function berlinForum() {
  return JSON.parse(readFileSync(fixture('berlin-three-days.json'), 'utf8'));
}

/** A conference in Madrid of `sessions` sessions in `rooms` rooms (Spanish and English), from the test generator. */
export async function madridForum(sessions = 300, rooms = 8) {
  // The generator is TypeScript; esbuild strips its types so Node can run it.
  const { code } = await transform(readFileSync(fixture('large-forum.ts'), 'utf8'), { loader: 'ts', format: 'esm' });
  const { largeForum } = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  return largeForum(sessions, rooms);
}

/** The sites, with the languages each is built in: the forum's own, and Arabic (right to left). */
export const SITES = [
  { name: 'berlin', title: 'Spree Forum on Urban Data (3 days, 3 rooms, a clock change)', languages: ['en', 'ar', 'de'] },
  { name: 'madrid', title: 'A 300-session conference in 8 rooms', languages: ['en', 'ar', 'es'] },
];

export const dist = fileURLToPath(new URL('../dist/', import.meta.url));
