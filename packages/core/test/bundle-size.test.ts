import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));

// What a page that only prints JSON-LD pays: toJsonLd and jsonLdScript through the public entry,
// tree-shaken, measured like size-limit does (gzip level 9; its "5 kB" is 5000 bytes).
it('bundles toJsonLd with jsonLdScript in at most 5 kB gzip, without valibot or validation', async () => {
  const result = await build({
    stdin: { contents: "export { toJsonLd, jsonLdScript } from './index.ts';", resolveDir: SRC, loader: 'ts' },
    bundle: true,
    minify: true,
    treeShaking: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const inputs = Object.keys(result.metafile.outputs[Object.keys(result.metafile.outputs)[0]!]!.inputs);
  expect(inputs.filter((file) => /valibot|src\/validate\/|src\/model\/schema\//.test(file))).toEqual([]);
  const gzipped = gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length;
  expect(gzipped).toBeLessThanOrEqual(5000);
});
