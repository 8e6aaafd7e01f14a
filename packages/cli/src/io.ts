import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { formatIssue, validateForum, type Forum } from '@forumkit/core';
import { DataError, InputError } from './errors.js';

// Far beyond any real schedule (a 10,000-session forum is about 8 MB): refused before it is read.
const MAX_BYTES = 256 * 2 ** 20;
const tooLarge = (path: string, bytes: number) =>
  new InputError(`cannot read ${path}: it is ${(bytes / 2 ** 20).toFixed(0)} MB, more than forumkit reads (256 MB)`);

/** The text of a file, or of standard input for `-`. */
export async function readText(path: string): Promise<string> {
  if (path === '-') {
    const chunks: Buffer[] = [];
    let bytes = 0;
    for await (const chunk of process.stdin) {
      bytes += (chunk as Buffer).length;
      if (bytes > MAX_BYTES) throw tooLarge('standard input', bytes);
      chunks.push(chunk as Buffer);
    }
    return Buffer.concat(chunks).toString('utf8');
  }
  try {
    const { size } = await stat(path);
    if (size > MAX_BYTES) throw tooLarge(path, size);
    return await readFile(path, 'utf8');
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : String((error as Error).message);
    throw new InputError(`cannot read ${path}: ${why}`);
  }
}

/** JSON text as data, or an InputError that says where it breaks. */
export function parseJson(text: string, path: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new InputError(`${path} is not JSON: ${(error as Error).message}`);
  }
}

/** A forum file read and validated; its problems, one `FILE: path: message` line each, on stderr (exit 1). */
export async function readForum(path: string): Promise<Forum> {
  const result = validateForum(parseJson(await readText(path), path));
  if (result.ok) return result.forum;
  for (const issue of result.issues) process.stderr.write(`${path}: ${formatIssue(issue)}\n`);
  throw new DataError(`${path} has ${result.issues.length} problem${result.issues.length === 1 ? '' : 's'}`);
}

/**
 * Text to standard output, or to a file written whole or not at all: into a temporary file
 * beside it first, then renamed over it.
 */
export async function writeOutput(path: string | undefined, text: string): Promise<void> {
  if (path === undefined || path === '-') {
    process.stdout.write(text);
    return;
  }
  const temporary = join(dirname(path), `.${process.pid}.forumkit-tmp`);
  try {
    await writeFile(temporary, text);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new InputError(`cannot write ${path}: ${(error as Error).message}`);
  }
}

/**
 * Files into a folder, all or none: each is written to a temporary folder beside it first, and
 * moved into place only once every file was made. Files already in the folder that the build does
 * not make are left as they are.
 */
export async function writeFiles(folder: string, files: ReadonlyMap<string, string | Uint8Array>): Promise<void> {
  const staging = `${folder.replace(/[/\\]+$/, '')}.${process.pid}.forumkit-tmp`;
  const names = [...files.keys()];
  // Each folder is made once; files are written and moved many at a time (a forum of 10,000 sessions has 10,000 calendars).
  const folders = (root: string) => Promise.all([...new Set(names.map((name) => dirname(join(root, name))))].map((path) => mkdir(path, { recursive: true })));
  try {
    await folders(staging);
    await inBatches(names, (name) => writeFile(join(staging, name), files.get(name)!));
    await folders(folder);
    await inBatches(names, (name) => rename(join(staging, name), join(folder, name)));
  } catch (error) {
    throw new InputError(`cannot write ${folder}: ${(error as Error).message}`);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** A path as the user can read it: relative to where they are when it is below it, else absolute. */
export function shown(path: string): string {
  const below = relative(process.cwd(), path);
  return below.startsWith('..') || isAbsolute(below) ? path : below || '.';
}

/** Runs `work` on every item, at most 64 at a time. */
async function inBatches<T>(items: readonly T[], work: (item: T) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += 64) await Promise.all(items.slice(i, i + 64).map(work));
}
