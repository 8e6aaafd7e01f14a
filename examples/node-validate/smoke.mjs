// Runs index.mjs on the good and the bad forum and checks what a user would see.
// Each expected issue is its path plus the start of its message, so rewording the rest is free.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const run = (...args) => spawnSync(process.execPath, [here('index.mjs'), ...args], { encoding: 'utf8' });

const good = run(); // defaults to ../seoul-quantum-forum/forum.json
assert.equal(good.status, 0, `the Seoul forum should validate and convert:\n${good.stderr}`);
const doc = JSON.parse(good.stdout);
assert.ok(Array.isArray(doc['@graph']) && doc['@graph'].length > 0, 'the output should be JSON-LD with an @graph');
assert.ok(
  doc['@graph'].some((node) => node['@type'] === 'Event'),
  'the @graph should hold the forum Event',
);
console.log(`ok - forum.json: JSON-LD with ${doc['@graph'].length} graph nodes`);

const bad = run(here('bad-forum.json'));
assert.equal(bad.status, 1, 'bad-forum.json should exit 1');
assert.equal(bad.stdout, '', 'nothing but issues should be printed for a bad forum');
for (const expected of [
  'sessions[1].participants[0].person: no person with id "hong-jingi"',
  'people[0].affiliations[0]: no organisation with id "kist-quantum"',
  'people[1].id: duplicate id "kist" (first used at organizations[0].id)',
  'sessions[0].kind: must be one of: opening-remarks,',
  "sessions[2].end: is before the session's start (2024-10-28T14:00)",
  'quotes[0].text: has no "ko" text',
  'timeZone: must be an IANA time zone',
  'start: is not a real date',
  'photos[0].url: must be an http(s) URL or a relative URL',
  'venu: is not a known field',
]) {
  assert.ok(bad.stderr.includes(expected), `expected the issue "${expected}" in:\n${bad.stderr}`);
}
console.log('ok - bad-forum.json: exit 1 with path-precise issues');

const missing = run(here('no-such-forum.json'));
assert.equal(missing.status, 1, 'a missing file should exit 1');
console.log('ok - a missing file: exit 1');
