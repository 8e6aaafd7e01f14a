import { readFile, stat } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Forum } from '@forumkit/core';

/** The URLs in a forum that name a file a page shows or links to: photos, portraits, logos, session links. */
function fileUrls(forum: Forum): string[] {
  return [
    ...(forum.photos ?? []).map((photo) => photo.url),
    ...(forum.people ?? []).map((person) => person.image),
    ...(forum.organizations ?? []).map((organization) => organization.logo),
    ...forum.sessions.flatMap((session) => (session.links ?? []).map((link) => link.url)),
  ].filter((url): url is string => typeof url === 'string');
}

/** A URL relative to the forum file (`photos/01.jpg`), not absolute (`https:`, `/x`, `//host/x`) and not only a fragment or query. */
const isRelativeFile = (url: string) => !/^(?:[a-z][a-z0-9+.-]*:|[/\\]|[?#])/i.test(url);

export interface LocalAssets {
  /** Files to copy, by their path in the site (the URL's path, as written in the forum). */
  readonly files: Map<string, string>;
  /** URLs that name a file beside the forum that is not there, or outside its folder. */
  readonly missing: string[];
}

/**
 * The files a forum names by a relative URL, found beside the forum file: the site keeps their
 * paths, so the URLs in its pages, JSON-LD and calendars still point at them. Only files inside the
 * forum file's folder are taken; a URL that climbs out of it (`../secret`) is reported, not read.
 */
export async function localAssets(forum: Forum, forumPath: string): Promise<LocalAssets> {
  const folder = resolve(dirname(forumPath));
  const base = pathToFileURL(`${folder}${sep}`);
  const files = new Map<string, string>();
  const missing: string[] = [];
  for (const url of new Set(fileUrls(forum).filter(isRelativeFile))) {
    const source = fileURLToPath(new URL(url, base));
    const sitePath = relative(folder, source);
    if (sitePath.startsWith('..') || sitePath === '' || !(await isFile(source))) missing.push(url);
    else files.set(sitePath.split(sep).join('/'), source);
  }
  return { files, missing };
}

const isFile = (path: string) =>
  stat(path).then(
    (info) => info.isFile(),
    () => false,
  );

/** The bytes of every asset, by its path in the site. */
export async function readAssets(assets: LocalAssets): Promise<Map<string, Uint8Array>> {
  return new Map(await Promise.all([...assets.files].map(async ([sitePath, source]) => [sitePath, await readFile(source)] as const)));
}
