import type { ForumIssue } from './issue.js';
import { formatPath, type PathSegment } from './issue.js';

type Kind = 'organization' | 'person' | 'session' | 'photo' | 'quote' | 'article';
type Loose = Record<string, unknown>;

const COLLECTIONS: ReadonlyArray<readonly [string, Kind]> = [
  ['organizations', 'organization'],
  ['people', 'person'],
  ['sessions', 'session'],
  ['photos', 'photo'],
  ['quotes', 'quote'],
  ['coverage', 'article'],
];

const ARTICLE: Record<Kind, string> = {
  organization: 'an organisation',
  person: 'a person',
  session: 'a session',
  photo: 'a photo',
  quote: 'a quote',
  article: 'an article',
};

/** Lists of the (partially valid) document as arrays of objects, ignoring what is malformed. */
export function entries(forum: Loose, key: string): Array<[number, Loose]> {
  const list = forum[key];
  if (!Array.isArray(list)) return [];
  const out: Array<[number, Loose]> = [];
  list.forEach((item, index) => {
    if (item !== null && typeof item === 'object' && !Array.isArray(item)) out.push([index, item as Loose]);
  });
  return out;
}

/** Duplicate ids and references to ids that do not exist (or name the wrong kind of entry). */
export function checkReferences(forum: Loose): ForumIssue[] {
  const issues: ForumIssue[] = [];
  const kinds = new Map<string, Kind>();
  const firstPath = new Map<string, string>();
  for (const [key, kind] of COLLECTIONS) {
    for (const [index, item] of entries(forum, key)) {
      if (typeof item.id !== 'string') continue;
      const here = formatPath([key, index, 'id']);
      const seen = firstPath.get(item.id);
      if (seen !== undefined) issues.push({ path: here, message: `duplicate id "${item.id}" (first used at ${seen})` });
      else {
        kinds.set(item.id, kind);
        firstPath.set(item.id, here);
      }
    }
  }

  const expect = (value: unknown, path: PathSegment[], allowed: readonly Kind[]) => {
    if (typeof value !== 'string') return;
    const kind = kinds.get(value);
    if (kind !== undefined && allowed.includes(kind)) return;
    const wanted = allowed.map((k) => ARTICLE[k].replace(/^an? /, '')).join(' or ');
    const message =
      kind === undefined
        ? `no ${wanted} with id "${value}"`
        : `"${value}" is ${ARTICLE[kind]}, not ${allowed.map((k) => ARTICLE[k]).join(' or ')}`;
    issues.push({ path: formatPath(path), message });
  };
  const expectEach = (list: unknown, path: PathSegment[], allowed: readonly Kind[]) => {
    if (Array.isArray(list)) list.forEach((value, i) => expect(value, [...path, i], allowed));
  };

  const hosts: Kind[] = ['organization', 'person'];
  for (const key of ['organizers', 'sponsors', 'partners']) expectEach(forum[key], [key], hosts);
  expectEach(forum.images, ['images'], ['photo']);
  for (const [i, person] of entries(forum, 'people')) expect(person.affiliation, ['people', i, 'affiliation'], ['organization']);
  for (const [i, session] of entries(forum, 'sessions')) {
    for (const [j, participant] of entries(session, 'participants')) {
      expect(participant.person, ['sessions', i, 'participants', j, 'person'], ['person']);
    }
  }
  for (const [i, quote] of entries(forum, 'quotes')) {
    expect(quote.person, ['quotes', i, 'person'], ['person']);
    expect(quote.session, ['quotes', i, 'session'], ['session']);
  }
  for (const [i, photo] of entries(forum, 'photos')) {
    expect(photo.copyrightHolder, ['photos', i, 'copyrightHolder'], hosts);
    expectEach(photo.depicts, ['photos', i, 'depicts'], ['person', 'organization', 'session']);
  }
  for (const [i, article] of entries(forum, 'coverage')) {
    expect(article.publisher, ['coverage', i, 'publisher'], ['organization']);
    expectEach(article.authors, ['coverage', i, 'authors'], ['person']);
  }
  return issues;
}
