import { readdir, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import sirv from 'sirv';
import { parse, type Command } from '../command.js';
import { InputError, UsageError } from '../errors.js';

const DEFAULT_PORT = 4173;

/** A port number from the command line or the environment, or a UsageError naming where it came from. */
function portFrom(value: string, where: string): number {
  const port = Number(value);
  if (value.trim() === '' || !Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`${where} must be a whole number from 0 to 65535 (got ${JSON.stringify(value)})`);
  return port;
}

/** Listens on 127.0.0.1; resolves to the port, or rejects with the server's error (EADDRINUSE when taken). */
const listen = (server: Server, port: number) =>
  new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });

export const serve: Command = {
  name: 'serve',
  summary: 'serve a built site on this machine',
  help: `Usage: forumkit serve DIR [--port N]

Serves DIR (a site from forumkit build) on http://localhost until Ctrl-C, and prints the address
of each page in it.

Options:
  --port N    the port (0 for any free one); without it, the PORT environment variable, else
              ${DEFAULT_PORT}, and a free port when that one is taken
  -h, --help  this text`,
  async run(args) {
    const { values, positionals } = parse(args, { port: { type: 'string' } });
    if (positionals.length !== 1) throw new UsageError('name one folder to serve');
    const chosen = values.port !== undefined;
    const port =
      values.port !== undefined
        ? portFrom(values.port, '--port')
        : process.env.PORT
          ? portFrom(process.env.PORT, 'the PORT environment variable')
          : DEFAULT_PORT;
    const folder = positionals[0]!;
    const info = await stat(folder).catch(() => undefined);
    if (!info?.isDirectory()) throw new InputError(`cannot serve ${folder}: no such folder`);
    const server = createServer(sirv(folder, { dev: true, etag: true }));
    // Listening for Ctrl-C (and SIGTERM) from the start: a stop that comes right after the address
    // is printed ends the server cleanly, open connections included.
    const stopped = new Promise<void>((resolve) => {
      const stop = () => {
        server.close(() => resolve());
        server.closeAllConnections();
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    let actual: number;
    try {
      actual = await listen(server, port);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
      if (chosen) throw new InputError(`port ${port} is in use: try --port 0`);
      actual = await listen(server, 0);
      process.stderr.write(`port ${port} is in use; serving on ${actual} instead\n`);
    }
    const origin = `http://localhost:${actual}/`;
    const pages = (await readdir(folder))
      .filter((name) => name.endsWith('.html'))
      .sort((a, b) => Number(b === 'index.html') - Number(a === 'index.html') || a.localeCompare(b));
    // One write: whoever reads the address reads the pages with it.
    const lines = [`serving ${folder} on ${origin} (Ctrl-C to stop)`, ...pages.map((page) => `  ${new URL(page === 'index.html' ? '' : page, origin).href}`)];
    process.stdout.write(`${lines.join('\n')}\n`);
    await stopped;
    return 0;
  },
};
