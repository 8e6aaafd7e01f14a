import { isSafeUrl } from '@forumkit/core/schema';

/** The URL when it may become a link or image source (http(s) or relative), else undefined. */
export function safeUrl(url: string | undefined): string | undefined {
  return url !== undefined && isSafeUrl(url) ? url : undefined;
}
