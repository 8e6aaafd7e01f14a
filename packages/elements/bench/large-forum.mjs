// The benches' forum: core's large test forum (core/test/fixtures/forums/large-forum.ts), the one
// the agenda's grid tests use: sessions in parallel rooms of one venue, breaks across every room,
// panels, workshops, tracks, interpretation. The file is TypeScript with no imports; Node 20 runs
// it once esbuild has stripped its types.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';

const SOURCE = fileURLToPath(new URL('../../core/test/fixtures/forums/large-forum.ts', import.meta.url));

/** `largeForum(sessionCount, roomCount)` from core's test fixtures: the same counts give the same forum. */
export async function largeForum(sessionCount, roomCount) {
  const { code } = await transform(await readFile(SOURCE, 'utf8'), { loader: 'ts', format: 'esm', target: 'es2022' });
  const module = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  return module.largeForum(sessionCount, roomCount);
}
