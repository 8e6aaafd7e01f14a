import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import sirv from 'sirv';
import { parse, type Command } from '../command.js';
import { InputError, UsageError } from '../errors.js';

export const serve: Command = {
  name: 'serve',
  summary: 'serve a built site on this machine',
  help: `Usage: forumkit serve DIR [--port N]

Serves DIR (a site from forumkit build) on http://localhost until Ctrl-C.

Options:
  --port N    the port (default 4173; 0 for any free one)
  -h, --help  this text`,
  async run(args) {
    const { values, positionals } = parse(args, { port: { type: 'string' } });
    if (positionals.length !== 1) throw new UsageError('name one folder to serve');
    const port = Number(values.port ?? 4173);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new UsageError(`--port must be a whole number from 0 to 65535 (got ${JSON.stringify(values.port)})`);
    const folder = positionals[0]!;
    const info = await stat(folder).catch(() => undefined);
    if (!info?.isDirectory()) throw new InputError(`cannot serve ${folder}: no such folder`);
    const server = createServer(sirv(folder, { dev: true, etag: true }));
    await new Promise<void>((resolve, reject) => {
      server.once('error', (error: NodeJS.ErrnoException) =>
        reject(error.code === 'EADDRINUSE' ? new InputError(`port ${port} is in use: try --port 0`) : error),
      );
      server.listen(port, '127.0.0.1', resolve);
    });
    const address = server.address();
    process.stdout.write(`serving ${folder} on http://localhost:${typeof address === 'object' && address ? address.port : port}/ (Ctrl-C to stop)\n`);
    await new Promise<void>((resolve) => {
      const stop = () => server.close(() => resolve());
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    return 0;
  },
};
