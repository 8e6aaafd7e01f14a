import { toJsonLd } from '@forumkit/core';
import { baseUrlOption, parse, required, type Command } from '../command.js';
import { UsageError } from '../errors.js';
import { readForum, writeOutput } from '../io.js';

export const jsonld: Command = {
  name: 'jsonld',
  summary: 'write the forum as schema.org JSON-LD',
  help: `Usage: forumkit jsonld FILE --base-url URL [--lang L] [-o OUT]

Writes the forum's schema.org JSON-LD (a linked @graph) to standard output or OUT.

Options:
  --base-url URL  the page the forum is published at; every @id hangs off it (required)
  --lang L        the language names are written in (default: the forum's first)
  -o, --out OUT   a file instead of standard output
  -h, --help      this text`,
  async run(args) {
    const { values, positionals } = parse(args, { 'base-url': { type: 'string' }, lang: { type: 'string' }, out: { type: 'string', short: 'o' } });
    if (positionals.length !== 1) throw new UsageError('name one forum file');
    const baseUrl = required(baseUrlOption(values['base-url']), '--base-url');
    const forum = await readForum(positionals[0]!);
    const doc = toJsonLd(forum, { baseUrl, ...(values.lang && { language: values.lang }) });
    await writeOutput(values.out, `${JSON.stringify(doc, null, 2)}\n`);
    return 0;
  },
};
