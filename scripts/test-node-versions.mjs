// `npm run test:node-versions`: runs the packages' Node-side tests with other Node versions than the
// one at hand (default: 22 and 24; the packages support Node >=20.19). Each version's binary comes
// from the `node` package on the npm registry (`npx -p node@22`), once, into npm's cache. The
// packages are built first with the Node at hand (turbo, cached): what is tested under each version
// is the code users run. Not part of `npm test`: it downloads about 50 MB per version.
//
//   node scripts/test-node-versions.mjs               # Node 22 and 24, every package
//   node scripts/test-node-versions.mjs 22 --only=cli # one version, one package
import { spawn, spawnSync } from 'node:child_process';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const vitest = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));

// Each package's tests that run in Node (the elements' browser tests run in Chromium, whatever Node starts them).
const SUITES = [
  { name: 'core', dir: 'packages/core', args: [] },
  { name: 'import', dir: 'packages/import', args: [] },
  { name: 'elements', dir: 'packages/elements', args: ['--project', 'elements:node'] },
  { name: 'ssr', dir: 'packages/ssr', args: [] },
  { name: 'cli', dir: 'packages/cli', args: [] },
];

const versions = process.argv.slice(2).filter((arg) => /^\d+(\.\d+)*$/.test(arg));
const only = process.argv
  .find((arg) => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const suites = only ? SUITES.filter((suite) => only.includes(suite.name)) : SUITES;
if (only && suites.length !== only.length) {
  console.error(`--only takes ${SUITES.map((suite) => suite.name).join(', ')}`);
  process.exit(2);
}

/** The path of the binary of Node `version` (a major version or an exact one), from the npm registry. */
function nodeBinary(version) {
  const result = spawnSync('npx', ['--yes', '--package', `node@${version}`, '--', 'node', '--print', 'process.execPath + " " + process.version'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`could not get Node ${version} from the npm registry:\n${result.stderr}`);
  const [path, exact] = result.stdout.trim().split(' ');
  return { path, exact };
}

/** Runs a suite with a Node binary; resolves with its outcome and the output's last lines. */
function runSuite(suite, node) {
  return new Promise((resolve) => {
    // That Node first on the PATH too, for anything the tests start by name.
    const env = { ...process.env, PATH: `${dirname(node.path)}${delimiter}${process.env.PATH}`, NO_COLOR: '1' };
    const child = spawn(node.path, [vitest, 'run', ...suite.args], { cwd: join(root, suite.dir), env });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      const tests = /Tests\s+(.+)$/m.exec(output)?.[1].trim() ?? 'no summary';
      resolve({ ok: code === 0, tests, output });
    });
  });
}

const build = spawnSync('npx', ['turbo', 'run', 'build', '--output-logs=errors-only', ...suites.map((suite) => `--filter=./${suite.dir}`)], {
  cwd: root,
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);

const results = [];
for (const version of versions.length ? versions : ['22', '24']) {
  const node = nodeBinary(version);
  for (const suite of suites) {
    process.stdout.write(`Node ${node.exact}  ${suite.name.padEnd(9)} `);
    const started = Date.now();
    const result = await runSuite(suite, node);
    console.log(`${result.ok ? 'passed' : 'FAILED'}  ${result.tests}  (${Math.round((Date.now() - started) / 1000)} s)`);
    if (!result.ok) console.log(result.output.split('\n').slice(-60).join('\n'));
    results.push({ node: node.exact, suite: suite.name, ...result });
  }
}

const failed = results.filter((result) => !result.ok);
console.log(
  failed.length
    ? `\n${failed.length} of ${results.length} runs failed: ${failed.map((r) => `${r.suite} on ${r.node}`).join(', ')}`
    : `\nAll ${results.length} runs passed.`,
);
process.exit(failed.length ? 1 : 0);
