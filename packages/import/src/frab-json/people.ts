import type { ParticipantRole } from '@forumkit/core';
import { PARTICIPANT_ROLES, isSafeUrl, resolveUrl } from '@forumkit/core/schema';
import type { IdRegistry } from '../internal/ids.js';
import { slugify } from '../internal/ids.js';
import { MAX_NAME, MAX_TEXT, plainText } from '../internal/text.js';
import { isObject } from './read-schedule.js';

type PersonEntry = { id: string; name: string; bio?: string; image?: string; url?: string };

// Words for a role in the newer voc format's participants (`role`), as forumkit's roles.
const ROLE_WORDS: Readonly<Record<string, ParticipantRole>> = { organiser: 'organizer', panellist: 'panelist', moderation: 'moderator', speakers: 'speaker' };

/**
 * The people of a schedule, one entry each however many events they are in. A person is known
 * by pretalx's `code`, voc's `guid`, frab's numeric `id`, or else their name; their name is
 * `name` (pretalx, voc) or `public_name` (frab, and pretalx for older readers).
 */
export class PeopleBook {
  readonly people: PersonEntry[] = [];
  readonly #byKey = new Map<string, PersonEntry>();

  readonly #ids: IdRegistry;
  readonly #baseUrl: string | undefined;
  readonly #fromForumkit: boolean;

  constructor(ids: IdRegistry, baseUrl: string | undefined, fromForumkit: boolean) {
    this.#ids = ids;
    this.#baseUrl = baseUrl;
    this.#fromForumkit = fromForumkit;
  }

  /** The person an entry of `persons` names (added on first sight), with their role; a problem when there is none. */
  read(item: unknown): { id: string; role: ParticipantRole; roleWord?: string } | { problem: string } {
    if (typeof item === 'string') item = { name: item };
    if (!isObject(item)) return { problem: 'is not a person' };
    const name = plainText(item.name, MAX_NAME) ?? plainText(item.public_name, MAX_NAME) ?? plainText(item.full_public_name, MAX_NAME);
    if (name === undefined) return { problem: 'has no name (neither name nor public_name)' };
    const key = [item.code, item.guid, item.id]
      .map((value) => (typeof value === 'string' || typeof value === 'number' ? String(value) : undefined))
      .find(Boolean);
    // Without an id of their own, a person is the one of that name met before.
    const lookup = key !== undefined ? `key:${key}` : `name:${name.toLowerCase()}`;
    let person = this.#byKey.get(lookup);
    if (person === undefined) {
      const slug = this.#fromForumkit && typeof item.slug === 'string' ? item.slug : undefined;
      const numeric = typeof item.id === 'number' || (typeof item.id === 'string' && /^\d+$/.test(item.id)) ? `person-${item.id}` : undefined;
      const code = typeof item.code === 'string' ? item.code : undefined;
      const guid = typeof item.guid === 'string' ? item.guid : undefined;
      const id = this.#ids.claim([slug, code, numeric, guid, slugify(name)], 'person');
      const bio = plainText(item.biography ?? item.bio, MAX_TEXT);
      const image = this.#url(item.avatar ?? item.image);
      const url = this.#url(item.url);
      person = { id, name, ...(bio !== undefined && { bio }), ...(image !== undefined && { image }), ...(url !== undefined && { url }) };
      this.people.push(person);
      this.#byKey.set(lookup, person);
      if (!this.#byKey.has(`name:${name.toLowerCase()}`)) this.#byKey.set(`name:${name.toLowerCase()}`, person);
    }
    const word = typeof item.role === 'string' ? item.role.trim().toLowerCase() : undefined;
    const role = word === undefined ? 'speaker' : (PARTICIPANT_ROLES as readonly string[]).includes(word) ? (word as ParticipantRole) : ROLE_WORDS[word];
    return role === undefined ? { id: person.id, role: 'speaker', roleWord: word } : { id: person.id, role };
  }

  #url(value: unknown): string | undefined {
    if (typeof value !== 'string' || value.trim() === '') return undefined;
    const url = this.#baseUrl !== undefined ? resolveUrl(value.trim(), this.#baseUrl) : isSafeUrl(value.trim()) ? value.trim() : undefined;
    return url !== undefined && url.length <= 2048 ? url : undefined;
  }
}
