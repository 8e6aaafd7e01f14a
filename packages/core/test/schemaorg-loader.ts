import { readFileSync } from 'node:fs';
import jsonld from 'jsonld';

const CONTEXT = JSON.parse(readFileSync(new URL('./schemaorg/schemaorgcontext.jsonld', import.meta.url), 'utf8')) as object;
const SCHEMA_ORG = /^https?:\/\/schema\.org\/?$/;

/** A jsonld.js document loader that never touches the network: schema.org's context from disk, else an error. */
export async function offlineDocumentLoader(url: string): Promise<{ contextUrl: undefined; documentUrl: string; document: object }> {
  if (SCHEMA_ORG.test(url)) return { contextUrl: undefined, documentUrl: url, document: CONTEXT };
  throw new Error(`offline document loader: refusing to load ${url}`);
}

/** Expands a JSON-LD document with jsonld.js, offline. */
export async function expandOffline(doc: object): Promise<unknown[]> {
  return (await jsonld.expand(doc as jsonld.JsonLdDocument, { documentLoader: offlineDocumentLoader as never })) as unknown[];
}
