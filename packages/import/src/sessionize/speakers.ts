import type { IdRegistry } from '../internal/ids.js';
import { slugify } from '../internal/ids.js';
import { MAX_NAME, MAX_TEXT, plainText } from '../internal/text.js';
import type { Warnings } from '../internal/warnings.js';
import { httpUrl, idText, isObject, placeOf, type Loose } from './read-input.js';

export interface PersonEntry {
  id: string;
  name: string;
  jobTitle?: string;
  bio?: string;
  image?: string;
  url?: string;
  sameAs?: string[];
}

// Fields forumkit reads, or knows and leaves out on purpose (the sessions list is read from the sessions' side).
const READ = new Set(['id', 'firstName', 'lastName', 'fullName', 'bio', 'tagLine', 'profilePicture', 'links', 'sessions', 'isTopSpeaker']);
const ALSO_READ = new Set(['categoryItems', 'categories', 'questionAnswers']);
// Links that are the person's own page, in the order they are preferred as `url`; the rest are profiles elsewhere (`sameAs`).
const OWN_PAGES = ['blog', 'company_website'];

const isSet = (value: unknown) => value !== undefined && value !== null && value !== false && value !== '' && !(Array.isArray(value) && value.length === 0);

/** Sessionize's speakers as forumkit people, by their Sessionize id. */
export class SpeakerBook {
  readonly people: PersonEntry[] = [];
  readonly #byId = new Map<string, PersonEntry>();

  constructor(speakers: readonly Loose[], ids: IdRegistry, warnings: Warnings) {
    speakers.forEach((speaker, i) => {
      const where = placeOf('speakers', i, speaker.fullName);
      const key = idText(speaker.id);
      const name = nameOf(speaker);
      if (name === undefined) return warnings.add(`${where} has no name (neither fullName nor firstName and lastName): left out`);
      if (key !== undefined && this.#byId.has(key)) return warnings.add(`${where} has the id of an earlier speaker (${JSON.stringify(key)}): left out`);
      const person: PersonEntry = { id: ids.claim([slugify(name), key], 'person'), name };
      const jobTitle = plainText(speaker.tagLine, MAX_NAME);
      if (jobTitle !== undefined) person.jobTitle = jobTitle;
      const bio = plainText(speaker.bio, MAX_TEXT, (n) => warnings.add(`${where}: the bio has ${n} characters: cut to ${MAX_TEXT}`));
      if (bio !== undefined) person.bio = bio;
      const image = httpUrl(speaker.profilePicture);
      if (image !== undefined) person.image = image;
      else if (isSet(speaker.profilePicture)) warnings.group('picture', 'speakers have a profilePicture that is no http(s) URL: left out', where);
      Object.assign(person, links(speaker.links, where, warnings));
      this.people.push(person);
      if (key !== undefined) this.#byId.set(key, person);
      if (speaker.isTopSpeaker === true) warnings.group('top', 'speakers are marked isTopSpeaker: forumkit has no featured flag, left out', where);
      if (Array.isArray(speaker.categoryItems) && speaker.categoryItems.length > 0)
        warnings.group('speaker-categories', "speakers have category items (their own custom fields): forumkit's people have none, left out", where);
      if (Array.isArray(speaker.questionAnswers) && speaker.questionAnswers.length > 0)
        warnings.group('speaker-answers', 'speakers have answers to custom questions: left out', where);
      for (const [field, value] of Object.entries(speaker))
        if (!READ.has(field) && !ALSO_READ.has(field) && isSet(value))
          warnings.group(`speaker-lost:${field}`, `speakers have a field ${JSON.stringify(field)} that forumkit does not read: left out`, where);
    });
  }

  /** The forumkit id of the speaker with this Sessionize id. */
  idOf(sessionizeId: unknown): string | undefined {
    const key = idText(isObject(sessionizeId) ? sessionizeId.id : sessionizeId);
    return key === undefined ? undefined : this.#byId.get(key)?.id;
  }
}

/** `fullName`, else `firstName` and `lastName`: Sessionize fills fullName, and leaves the parts empty for some speakers. */
function nameOf(speaker: Loose): string | undefined {
  const full = plainText(speaker.fullName, MAX_NAME);
  if (full !== undefined) return full.replace(/\s+/g, ' ');
  const parts = [speaker.firstName, speaker.lastName].map((part) => plainText(part, MAX_NAME)).filter((part) => part !== undefined);
  return parts.length > 0 ? parts.join(' ').replace(/\s+/g, ' ') : undefined;
}

/** A speaker's `links` (`{ title, url, linkType }`): a blog or company website is their `url`, every other profile is in `sameAs`. */
function links(value: unknown, where: string, warnings: Warnings): Pick<PersonEntry, 'url' | 'sameAs'> {
  if (!Array.isArray(value)) return {};
  const read = value.flatMap((link, i) => {
    const url = isObject(link) ? httpUrl(link.url) : undefined;
    if (url === undefined) {
      warnings.group(
        'link',
        'speakers have links that are no http(s) URL: left out',
        `${where}.links[${i}] ${JSON.stringify(isObject(link) ? link.url : link)}`,
      );
      return [];
    }
    return [{ url, type: typeof link.linkType === 'string' ? link.linkType.toLowerCase() : '' }];
  });
  const own = OWN_PAGES.map((type) => read.find((link) => link.type === type)).find((link) => link !== undefined);
  const sameAs = [...new Set(read.filter((link) => link.url !== own?.url).map((link) => link.url))].slice(0, 50);
  return { ...(own !== undefined && { url: own.url }), ...(sameAs.length > 0 && { sameAs }) };
}
