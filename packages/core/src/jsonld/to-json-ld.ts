import type { Forum } from '../model/types.js';

export interface JsonLdOptions {
  /** Absolute URL of the page the forum is published at; every node's @id lives under it. */
  readonly baseUrl: string;
  /** Language the graph is written in (defaults to the forum's default language). */
  readonly language?: string;
}

/** PLACEHOLDER: being written. */
export function toJsonLd(forum: Forum, options: JsonLdOptions): unknown {
  void forum;
  void options;
  throw new Error('not yet implemented');
}
