import type { Link, LinkKind } from '@forumkit/core';
import { isSafeUrl, resolveUrl } from '@forumkit/core/schema';
import { MAX_NAME, plainText } from '../internal/text.js';
import { isObject } from './read-schedule.js';

/** voc's kinds of link and attachment (its newer schema's `type`). */
export type VocLinkType = 'slides' | 'paper' | 'web' | 'blog' | 'article' | 'media' | 'related' | 'activitypub';

const BY_TYPE: Readonly<Record<string, LinkKind | undefined>> = {
  slides: 'slides',
  paper: 'paper',
  web: 'website',
  blog: 'website',
  article: 'website',
  activitypub: 'website',
};

// What a link's title or address says it is, for links without a telling type.
const WORDS: ReadonlyArray<readonly [RegExp, LinkKind]> = [
  [/\b(?:slides?|folien|slide ?deck)\b/, 'slides'],
  [/live ?stream|\/live\b/, 'livestream'],
  [/recording|aufzeichnung|media\.ccc\.de/, 'recording'],
  [/video|youtube\.com|youtu\.be|vimeo\.com|peertube/, 'video'],
  [/github\.com|gitlab|codeberg\.org|sr\.ht|\bcode\b|\brepo(?:sitory)?\b|source/, 'code'],
  [/\bpaper\b|arxiv\.org|doi\.org/, 'paper'],
];

export interface ReadLink {
  readonly link?: Link;
  readonly problem?: string;
}

/**
 * One of an event's `links` or `attachments` (`{ url, title, type }`, or a bare URL), its kind
 * from voc's `type` or else from its title and address. A relative URL (frab's attachments are
 * "/system/…") is resolved against the schedule's `base_url`; unsafe URLs are refused.
 */
export function readLink(item: unknown, from: 'links' | 'attachments', baseUrl: string | undefined): ReadLink {
  const entry = typeof item === 'string' ? { url: item } : isObject(item) ? item : undefined;
  const written = entry && (typeof entry.url === 'string' ? entry.url : typeof entry.href === 'string' ? entry.href : undefined)?.trim();
  if (!written) return { problem: 'has no URL' };
  const url = baseUrl !== undefined ? resolveUrl(written, baseUrl) : isSafeUrl(written) ? written : undefined;
  if (url === undefined || url.length > 2048) return { problem: `has a URL forumkit does not link to (${JSON.stringify(written.slice(0, 60))})` };
  const title = plainText(entry!.title ?? entry!.name, MAX_NAME);
  return { link: { kind: linkKind(entry!.type, `${title ?? ''} ${url}`, from), url, ...(title !== undefined && { title }) } };
}

function linkKind(type: unknown, words: string, from: 'links' | 'attachments'): LinkKind {
  const byType = typeof type === 'string' ? BY_TYPE[type.toLowerCase()] : undefined;
  if (byType !== undefined) return byType;
  const found = WORDS.find(([pattern]) => pattern.test(words.toLowerCase()))?.[1];
  if (found !== undefined) return found;
  if (type === 'media') return 'video';
  return from === 'links' ? 'website' : 'other';
}

/** The voc `type` for a forumkit link kind. */
export function vocLinkType(kind: LinkKind): VocLinkType {
  switch (kind) {
    case 'slides':
    case 'paper':
      return kind;
    case 'website':
      return 'web';
    case 'video':
    case 'recording':
    case 'livestream':
      return 'media';
    default:
      return 'related';
  }
}
