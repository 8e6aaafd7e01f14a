import type { ReactiveElement } from 'lit';
import { formatIssue } from '@forumkit/core';
import type { ForumLoadFailure } from './events.js';

// The elements showing each failed source, and the one of them that tells the visitor, so that a
// page whose elements share one source reads about its failure once. A source is its URL; without
// one, the failure itself, which is one object for every element reading the same script or the
// same `forum` value.
const showing = new Map<unknown, { readonly hosts: Set<ReactiveElement>; teller?: ReactiveElement | undefined }>();
const told = new WeakSet<ForumLoadFailure>();

/** What `failure` is a failure of: elements showing failures of one source tell the visitor once. */
export const failedSource = (failure: ForumLoadFailure): unknown => failure.url ?? failure;

// The first of `hosts` in document order (elements in other shadow trees keep a stable order too).
function first(hosts: Set<ReactiveElement>): ReactiveElement | undefined {
  let found: ReactiveElement | undefined;
  for (const host of hosts) {
    if (!found || host.compareDocumentPosition(found) & Node.DOCUMENT_POSITION_FOLLOWING) found = host;
  }
  return found;
}

/**
 * Counts `host`, on the page, among the elements showing a failure of `source` (`join`), or no
 * longer (`leave`). When that changes which of them tells the visitor, both render again.
 */
export function showsFailure(source: unknown, host: ReactiveElement, join: boolean): void {
  const group = showing.get(source) ?? { hosts: new Set<ReactiveElement>() };
  if (join) group.hosts.add(host);
  else group.hosts.delete(host);
  const before = group.teller;
  group.teller = first(group.hosts);
  if (group.hosts.size) showing.set(source, group);
  else showing.delete(source);
  if (group.teller !== before) for (const changed of [before, group.teller]) if (changed !== host) changed?.requestUpdate();
}

/**
 * Whether `host` tells the visitor about the failure of `source` in full: it is the first in
 * document order of the elements showing it, or is not counted among them (not on the page, or
 * rendered on the server).
 */
export function tellsVisitor(source: unknown, host: ReactiveElement): boolean {
  return (showing.get(source)?.teller ?? host) === host;
}

/**
 * Tells the site's developer, once per failure however many elements show it, what went wrong: the
 * URL, the reason (the HTTP status, the JSON error) and every invalid path, in the console.
 */
export function tellDeveloper(failure: ForumLoadFailure): void {
  if (told.has(failure)) return;
  told.add(failure);
  const { url, message } = failure;
  const issues = failure.kind === 'invalid' ? failure.issues.map((issue) => `\n  ${formatIssue(issue)}`).join('') : '';
  console.error(`forumkit: ${url && !message.includes(url) ? `${url}: ` : ''}${message}${issues}`);
}
