// Usage: node index.mjs [forum.json]
// Prints every issue with its JSON path and exits 1, or prints the forum's JSON-LD.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatIssue, toJsonLd, validateForum } from '@forumkit/core';

const file = process.argv[2] ? resolve(process.argv[2]) : fileURLToPath(new URL('../seoul-quantum-forum/forum.json', import.meta.url));
const baseUrl = process.env.BASE_URL || 'https://example.org/forum/';

let input;
try {
  input = JSON.parse(readFileSync(file, 'utf8'));
} catch (error) {
  console.error(`${file}: ${error.message}`);
  process.exit(1);
}

const result = validateForum(input);
if (!result.ok) {
  console.error(`${file}: ${result.issues.length} issue${result.issues.length === 1 ? '' : 's'}`);
  for (const issue of result.issues) console.error(`  ${formatIssue(issue)}`);
  process.exit(1);
}

console.log(JSON.stringify(toJsonLd(result.forum, { baseUrl }), null, 2));
