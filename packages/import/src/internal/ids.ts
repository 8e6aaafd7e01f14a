import { shortHash } from './uuid.js';

// forumkit ids: letters, digits, ".", "_" or "-", starting with a letter or digit, at most 100.
const MAX = 100;
const LETTERS: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', ø: 'o', œ: 'oe', đ: 'd', ð: 'd', þ: 'th', ł: 'l', ı: 'i' };

/** A lower-case slug of a name in ASCII letters and digits ("Großer Saal" -> "grosser-saal"); empty when nothing is left. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[ßæøœđðþłı]/g, (letter) => LETTERS[letter] ?? '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A value made into a valid id, keeping its letter case ("G9JGWY", "Camp2019"); undefined when nothing is left. */
export function asId(value: string): string | undefined {
  const cleaned = value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '')
    .replace(/[-.]+$/, '');
  if (cleaned === '') return undefined;
  // Cut short, a hash of the whole keeps long ids that share a beginning apart.
  return cleaned.length <= MAX ? cleaned : `${cleaned.slice(0, MAX - 9)}-${shortHash(value)}`;
}

/** Ids handed out once per document: every collection of a forum shares one namespace. */
export class IdRegistry {
  readonly #taken = new Set<string>();

  /** The first candidate that makes a valid id, made unique with "-2", "-3"…; else `fallback`, made unique the same way. */
  claim(candidates: ReadonlyArray<string | undefined>, fallback: string): string {
    return this.claimNoting(candidates, fallback).id;
  }

  /** Like `claim`, and says which id was wanted when it was taken already. */
  claimNoting(candidates: ReadonlyArray<string | undefined>, fallback: string): { id: string; wanted?: string } {
    const base = candidates.map((candidate) => (candidate === undefined ? undefined : asId(candidate))).find((id) => id !== undefined) ?? fallback;
    let id = base;
    for (let n = 2; this.#taken.has(id); n++) id = `${base.slice(0, MAX - String(n).length - 1)}-${n}`;
    this.#taken.add(id);
    return id === base ? { id } : { id, wanted: base };
  }
}
