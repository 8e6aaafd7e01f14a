import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './errors.js';

/** One `forumkit` command. */
export interface Command {
  readonly name: string;
  /** One line for `forumkit --help`. */
  readonly summary: string;
  /** The whole `--help` text. */
  readonly help: string;
  /** Runs it; resolves to the exit code, or throws a UsageError, InputError or DataError. */
  run(args: readonly string[]): Promise<number>;
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** The command line parsed strictly (`node:util` parseArgs): an unknown option is a UsageError. */
export function parse<T extends Options>(args: readonly string[], options: T) {
  try {
    return parseArgs({ args: [...args], options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional argument.*$/s, ''));
  }
}

/** An option that must be there. */
export function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new UsageError(`${what} is required`);
  return value;
}

/** `--base-url` as an absolute http(s) URL. */
export function baseUrlOption(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^https?:\/\//i.test(value) || !URL.canParse(value))
    throw new UsageError(`--base-url must be an absolute http(s) URL, such as https://example.org/forum/ (got ${JSON.stringify(value)})`);
  return value;
}
