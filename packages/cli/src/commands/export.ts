import { exportFrabJson } from '@forumkit/import';
import { baseUrlOption, parse, type Command } from '../command.js';
import { UsageError } from '../errors.js';
import { readForum, writeOutput } from '../io.js';

export const exportCommand: Command = {
  name: 'export',
  summary: 'write the forum for another tool (frab-json)',
  help: `Usage: forumkit export frab-json FILE [--base-url URL] [--lang L] [-o OUT]

Writes the forum as the voc schedule.json that EventFahrplan, Giggity and the pretalx/frab tools
read. Sessions without a time of day cannot be in it: each is named on stderr.

Options:
  --base-url URL  where the forum is published: session links and stable guids derive from it
  --lang L        the language texts are written in (default: the forum's first)
  -o, --out OUT   a file instead of standard output
  -h, --help      this text`,
  async run(args) {
    const { values, positionals } = parse(args, { 'base-url': { type: 'string' }, lang: { type: 'string' }, out: { type: 'string', short: 'o' } });
    const [format, file, ...rest] = positionals;
    if (format !== 'frab-json')
      throw new UsageError(format === undefined ? 'name a format: frab-json' : `cannot export ${JSON.stringify(format)}: the format is frab-json`);
    if (file === undefined || rest.length) throw new UsageError('name one forum file');
    const baseUrl = baseUrlOption(values['base-url']);
    const forum = await readForum(file);
    const schedule = exportFrabJson(forum, {
      ...(baseUrl && { baseUrl }),
      ...(values.lang && { language: values.lang }),
      onWarning: (message) => process.stderr.write(`forumkit: warning: ${message}\n`),
    });
    await writeOutput(values.out, `${JSON.stringify(schedule, null, 2)}\n`);
    return 0;
  },
};
