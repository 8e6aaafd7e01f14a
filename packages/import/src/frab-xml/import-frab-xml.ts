import { importFrabJson, type FrabImportOptions, type ImportResult } from '../frab-json/import-frab-json.js';
import { FrabImportError } from '../frab-json/read-schedule.js';
import { MAX_NAME, plainText } from '../internal/text.js';
import { scheduleFromXml } from './schedule-from-xml.js';
import { readXml, XmlSyntaxError, type XmlElement } from './xml-reader.js';

/**
 * Reads the frab/voc `schedule.xml` that pretalx, frab and others export into a forumkit forum
 * document, by the same rules as `importFrabJson`. Pure: it reads nothing and fetches nothing.
 * Throws a `FrabImportError` for text that is not well-formed XML (naming the line) or not a schedule.
 */
export function importFrabXml(xml: string, options: FrabImportOptions = {}): ImportResult {
  if (typeof xml !== 'string') throw new FrabImportError('not a schedule.xml: importFrabXml takes the text of the file');
  let root: XmlElement;
  try {
    root = readXml(xml);
  } catch (error) {
    if (error instanceof XmlSyntaxError) throw new FrabImportError(`not a well-formed schedule.xml: ${error.message}`, { cause: error });
    throw error;
  }
  if (root.name !== 'schedule') throw new FrabImportError(`not a schedule.xml: the root element is <${root.name}>, not <schedule>`);
  const conference = root.children.find((child) => child.name === 'conference');
  if (conference === undefined) throw new FrabImportError('not a schedule.xml: <schedule> has no <conference>');
  // pentabarf's and FOSDEM's exports name the venue, which frab's JSON has no field for.
  const venue = plainText(conference.children.find((child) => child.name === 'venue')?.text, MAX_NAME);
  return importFrabJson(
    scheduleFromXml(root, conference),
    options.venue === undefined && venue !== undefined ? { ...options, venue: { name: venue } } : options,
  );
}
