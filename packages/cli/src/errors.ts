/** A wrong command line: exit 2, with the command's usage pointed at. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Input that cannot be read at all (no such file, not JSON): exit 2. */
export class InputError extends Error {
  override readonly name = 'InputError';
}

/** Data that was read but has problems (an invalid forum): exit 1, the problems already printed. */
export class DataError extends Error {
  override readonly name = 'DataError';
}

/** The exit code for an error: 1 for data problems, 2 for everything a user got wrong before that. */
export function exitCode(error: unknown): number {
  return error instanceof DataError ? 1 : 2;
}
