import { formatIssue, validateForum } from '@forumkit/core';
import { parse, type Command } from '../command.js';
import { UsageError } from '../errors.js';
import { parseJson, readText } from '../io.js';

export const validate: Command = {
  name: 'validate',
  summary: 'check forum files and list every problem',
  help: `Usage: forumkit validate FILE… [--format text|json]

Checks each forum file (- for standard input) and lists every problem as
FILE: path: message. Exits 0 when every file is valid, 1 when any has problems.

Options:
  --format json   one JSON array for tools: [{ "file", "ok", "issues": [{ "path", "message" }] }]
  -h, --help      this text`,
  async run(args) {
    const { values, positionals } = parse(args, { format: { type: 'string' } });
    if (positionals.length === 0) throw new UsageError('name at least one forum file');
    const format = values.format ?? 'text';
    if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json (got ${JSON.stringify(format)})`);
    const reports = [];
    for (const file of positionals) {
      const result = validateForum(parseJson(await readText(file), file));
      reports.push({ file, ok: result.ok, issues: result.ok ? [] : result.issues });
    }
    if (format === 'json') process.stdout.write(`${JSON.stringify(reports, null, 2)}\n`);
    else {
      for (const { file, ok, issues } of reports) {
        if (ok) process.stdout.write(`${file}: valid\n`);
        for (const issue of issues) process.stdout.write(`${file}: ${formatIssue(issue)}\n`);
      }
    }
    return reports.every((report) => report.ok) ? 0 : 1;
  },
};
