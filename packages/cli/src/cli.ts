// The `forumkit` command: reads files, calls core, elements and import, prints. No rules of its own.
import type { Command } from './command.js';
import { build } from './commands/build.js';
import { exportCommand } from './commands/export.js';
import { importCommand } from './commands/import.js';
import { ics } from './commands/ics.js';
import { jsonld } from './commands/jsonld.js';
import { serve } from './commands/serve.js';
import { validate } from './commands/validate.js';
import { exitCode, UsageError } from './errors.js';

const COMMANDS: readonly Command[] = [validate, importCommand, jsonld, ics, exportCommand, build, serve];

const HELP = `Usage: forumkit COMMAND [options]

Commands:
${COMMANDS.map((command) => `  ${command.name.padEnd(10)}${command.summary}`).join('\n')}

forumkit COMMAND --help says more about each.`;

async function main(args: readonly string[]): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${HELP}\n`);
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write('forumkit 0.1.0\n');
    return 0;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  try {
    if (!command) throw new UsageError(`unknown command ${JSON.stringify(name)}; the commands are ${COMMANDS.map((c) => c.name).join(', ')}`);
    if (rest.includes('--help') || rest.includes('-h')) {
      process.stdout.write(`${command.help}\n`);
      return 0;
    }
    return await command.run(rest);
  } catch (error) {
    const code = exitCode(error);
    if (!(error instanceof Error) || !['UsageError', 'InputError', 'DataError'].includes(error.name)) {
      // Not the user's mistake: say so, with what is needed to report it.
      process.stderr.write(`forumkit: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      return 2;
    }
    const hint = error instanceof UsageError && command ? ` (see forumkit ${command.name} --help)` : '';
    process.stderr.write(`forumkit: ${error.message}${hint}\n`);
    return code;
  }
}

process.exitCode = await main(process.argv.slice(2));
