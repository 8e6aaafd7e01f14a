/**
 * @forumkit/import: schedules from other tools into forumkit documents, and out again. Pure
 * functions (data in, data out): they read no files and fetch nothing named in the data.
 */
export { importFrabJson, type FrabImportOptions, type ImportResult } from './frab-json/import-frab-json.js';
export { exportFrabJson, type FrabExportOptions } from './frab-json/export-frab-json.js';
export { FrabImportError } from './frab-json/read-schedule.js';
export type { FrabSchedule, FrabConference, FrabDay, FrabEvent, FrabPerson } from './frab-json/frab-schedule.js';
export { importJsonLd, JsonLdImportError, type JsonLdImportOptions } from './jsonld/import-jsonld.js';
export { jsonLdFromHtml } from './jsonld/graph.js';
export { importSessionize, SessionizeImportError, type SessionizeImportOptions } from './sessionize/import-sessionize.js';
export { importFrabXml } from './frab-xml/import-frab-xml.js';
