import { importFrabJson, importFrabXml, importJsonLd, importSessionize, jsonLdFromHtml, type ImportResult } from '@forumkit/import';
import { parse, type Command } from '../command.js';
import { InputError, UsageError } from '../errors.js';
import { parseJson, readText, writeOutput } from '../io.js';

const FORMATS = ['frab-json', 'frab-xml', 'sessionize', 'jsonld'] as const;
type Format = (typeof FORMATS)[number];

/** The format a text is in, told from its content: the shape of its JSON, or an HTML page. */
export function recognise(text: string, data: unknown): Format | undefined {
  if (/^\s*</.test(text)) return /<schedule[\s>]/.test(text) && !/<html[\s>]/i.test(text) ? 'frab-xml' : 'jsonld';
  if (data === null || typeof data !== 'object') return undefined;
  const record = data as Record<string, unknown>;
  if (record.schedule !== undefined && typeof record.schedule === 'object') return 'frab-json';
  if (
    ['@context', '@graph', '@type'].some((key) => key in record) ||
    (Array.isArray(data) && data.some((item) => item && typeof item === 'object' && '@type' in item))
  )
    return 'jsonld';
  if (Array.isArray(record.sessions) && Array.isArray(record.speakers)) return 'sessionize';
  return undefined;
}

// The importers' warnings name their API options; here they are the command's.
const OPTIONS: Readonly<Record<string, string>> = { venue: '--venue', timeZone: '--time-zone', name: '--name', languages: '--lang' };
const asOptions = (warning: string) => warning.replace(/\boptions\.(\w+)/g, (whole, name: string) => OPTIONS[name] ?? whole);

export const importCommand: Command = {
  name: 'import',
  summary: 'read a schedule from another tool into a forum document',
  help: `Usage: forumkit import [--from FORMAT] INPUT [-o OUT] [--time-zone ZONE] [--venue NAME] [--name NAME] [--lang L]…

Reads INPUT (a path, or - for standard input) and writes a forum document that validates to
standard output or OUT. What cannot be carried over is listed on stderr as warnings.

Formats (recognised from the content when --from is left out):
  frab-json   the voc schedule.json that pretalx, frab and others export
  jsonld      schema.org Event JSON-LD: a .jsonld or .json file, or an HTML page with
              <script type="application/ld+json"> blocks
  frab-xml    the schedule.xml that pretalx, frab and pentabarf export
  sessionize  Sessionize's "All data" JSON (its times have no zone: pass --time-zone)

Options:
  --from FORMAT     the input's format
  --time-zone ZONE  the IANA zone to write times in (JSON-LD gives offsets, Sessionize nothing)
  --venue NAME      where the forum happens (frab and Sessionize name rooms, not venues)
  --name NAME       the forum's name (Sessionize has none)
  --lang L          the forum's languages, its default first (repeat)
  -o, --out OUT     a file instead of standard output
  -h, --help        this text`,
  async run(args) {
    const { values, positionals } = parse(args, {
      from: { type: 'string' },
      out: { type: 'string', short: 'o' },
      'time-zone': { type: 'string' },
      venue: { type: 'string' },
      name: { type: 'string' },
      lang: { type: 'string', multiple: true },
    });
    if (positionals.length !== 1) throw new UsageError('name one input (a path, or - for standard input)');
    const input = positionals[0]!;
    if (values.from !== undefined && !FORMATS.includes(values.from as Format))
      throw new UsageError(`--from must be one of ${FORMATS.join(', ')} (got ${JSON.stringify(values.from)})`);
    const text = await readText(input);
    const markup = /^\s*</.test(text);
    const data = markup ? undefined : parseJson(text, input);
    const format = (values.from as Format | undefined) ?? recognise(text, data);
    if (format === undefined) throw new InputError(`cannot tell what format ${input} is in: pass --from (${FORMATS.join(', ')})`);
    const zone = values['time-zone'] ? { timeZone: values['time-zone'] } : {};
    const told = { ...zone, ...(values.venue && { venue: { name: values.venue } }), ...(values.lang?.length && { languages: values.lang }) };
    let result: ImportResult;
    try {
      if (format === 'frab-json') result = importFrabJson(data ?? parseJson(text, input), told);
      else if (format === 'frab-xml') result = importFrabXml(text, told);
      else if (format === 'sessionize') result = importSessionize(data ?? parseJson(text, input), { ...told, ...(values.name && { name: values.name }) });
      else {
        const found = markup ? jsonLdFromHtml(text) : { documents: [data], broken: 0 };
        if (found.broken) process.stderr.write(`forumkit: warning: ${found.broken} JSON-LD script(s) in ${input} are not JSON and were left out\n`);
        result = importJsonLd(found.documents, zone);
      }
    } catch (error) {
      if (error instanceof Error && /ImportError$/.test(error.name)) throw new InputError(`${input}: ${error.message}`);
      throw error;
    }
    for (const warning of result.warnings) process.stderr.write(`forumkit: warning: ${asOptions(warning)}\n`);
    const document = { $schema: 'https://unpkg.com/@forumkit/core/forum.schema.json', ...result.forum };
    await writeOutput(values.out, `${JSON.stringify(document, null, 2)}\n`);
    return 0;
  },
};
