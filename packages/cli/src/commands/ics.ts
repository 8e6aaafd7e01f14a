import { toICalendar } from '@forumkit/core/ical';
import { baseUrlOption, parse, type Command } from '../command.js';
import { UsageError } from '../errors.js';
import { readForum, writeOutput } from '../io.js';

export const ics: Command = {
  name: 'ics',
  summary: 'write an iCalendar file of the forum or chosen sessions',
  help: `Usage: forumkit ics FILE [--session ID]… [--base-url URL] [--lang L] [--utc] [-o OUT]

Writes an iCalendar (RFC 5545) file: an event per session whose day is known, and the
forum itself; or only the sessions named with --session.

Options:
  --session ID    only this session (repeat for more)
  --base-url URL  the forum's page: events link to it and their UIDs use its host
  --lang L        the language texts are written in (default: the forum's first)
  --utc           every time in UTC instead of the forum's zone
  -o, --out OUT   a file instead of standard output
  -h, --help      this text`,
  async run(args) {
    const { values, positionals } = parse(args, {
      session: { type: 'string', multiple: true },
      'base-url': { type: 'string' },
      lang: { type: 'string' },
      utc: { type: 'boolean' },
      out: { type: 'string', short: 'o' },
    });
    if (positionals.length !== 1) throw new UsageError('name one forum file');
    const baseUrl = baseUrlOption(values['base-url']);
    const forum = await readForum(positionals[0]!);
    const sessions = values.session;
    const unknown = (sessions ?? []).filter((id) => !forum.sessions.some((session) => session.id === id));
    if (unknown.length) throw new UsageError(`no session with id ${unknown.map((id) => JSON.stringify(id)).join(', ')} in ${positionals[0]}`);
    const text = toICalendar(forum, {
      ...(baseUrl && { baseUrl }),
      ...(values.lang && { language: values.lang }),
      ...(sessions ? { sessions } : { includeForum: true }),
      ...(values.utc && { times: 'utc' as const }),
    });
    await writeOutput(values.out, text);
    return 0;
  },
};
