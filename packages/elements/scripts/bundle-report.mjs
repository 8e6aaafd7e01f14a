// What dist/forumkit.js and dist/forumkit-hydrate.js are made of: `npm run bundle-report`.
// Bundles src/bundle.ts and src/bundle-hydrate.ts the way tsup.config.ts does (esbuild, which
// tsup brings; minified, for browsers) and prints each part's minified bytes. forumkit.js is
// shown whole, with every chunk it may load (the build splits the validator with the elements'
// views, the languages but English and the calendar writer into forumkit-chunks/; npm run size
// measures its first load).
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { cssMinifyPlugin } from './minify-css-templates.mjs';

// lit-html/…, @lit-labs/ssr-client/…, ../core/dist/validate/… -> one line per package or folder.
const part = (input) =>
  input
    .replace(/^(?:\.\.\/)*node_modules\/((?:@[^/]+\/)?[^/]+)\/.*$/, '$1')
    .replace(/^\.\.\/core\/dist\/([^/]+)\/.*$/, '@forumkit/core $1/')
    .replace(/^src\/([^/]+)\/.*$/, 'elements $1/');

for (const [name, entry] of [
  ['forumkit.js', 'src/bundle.ts'],
  ['forumkit-hydrate.js', 'src/bundle-hydrate.ts'],
]) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    minify: true,
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    outfile: name,
    plugins: [cssMinifyPlugin()],
  });
  const sizes = new Map();
  for (const [input, { bytesInOutput }] of Object.entries(Object.values(result.metafile.outputs)[0].inputs)) {
    sizes.set(part(input), (sizes.get(part(input)) ?? 0) + bytesInOutput);
  }
  const code = result.outputFiles[0].contents;
  const total = code.length;
  console.log(`${name}: ${(total / 1024).toFixed(1)} kB minified, ${(gzipSync(code).length / 1024).toFixed(2)} kB gzip\n`);
  for (const [name, bytes] of [...sizes].filter(([, bytes]) => bytes > 0).sort((a, b) => b[1] - a[1])) {
    console.log(`${name.padEnd(40)} ${(bytes / 1024).toFixed(1).padStart(6)} kB  ${((100 * bytes) / total).toFixed(0).padStart(3)}%`);
  }
  console.log();
}
