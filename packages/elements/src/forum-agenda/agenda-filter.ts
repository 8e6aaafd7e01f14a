import type { LocalizedText, Session, SessionKind } from '@forumkit/core';
import type { Presentation } from '@forumkit/core/present';

/** What the visitor narrowed the programme to. Empty strings and `false` filter nothing. */
export interface AgendaFilters {
  /** Words that must all appear in a session's title, description, kind, place or people's names. */
  readonly q: string;
  readonly track: string;
  readonly room: string;
  /** A language the session is held or interpreted in (a BCP 47 tag as the data writes it). */
  readonly language: string;
  readonly kind: string;
  /** Only the sessions saved to the visitor's schedule. */
  readonly saved: boolean;
}

export const NO_FILTERS: AgendaFilters = { q: '', track: '', room: '', language: '', kind: '', saved: false };

// The names in the page's query string; a shared link (`?track=quantum&q=error+correction`) opens the same view.
const PARAMS = ['q', 'track', 'room', 'language', 'kind'] as const;
const MAX_QUERY = 200;

/** The filters a URL's query string names (unknown values are kept and simply match nothing). */
export function filtersFromUrl(url: string | URL | undefined): AgendaFilters {
  if (url === undefined || !URL.canParse(String(url), 'http://localhost/')) return NO_FILTERS;
  const params = new URL(String(url), 'http://localhost/').searchParams;
  const read = (name: string) => (params.get(name) ?? '').slice(0, MAX_QUERY);
  return {
    q: read('q'),
    track: read('track'),
    room: read('room'),
    language: read('language'),
    kind: read('kind'),
    saved: params.get('saved') === '1',
  };
}

/** A URL with the filters in its query string (others of the page's parameters kept). */
export function urlWithFilters(url: string, filters: AgendaFilters): string {
  const next = new URL(url);
  for (const name of PARAMS) {
    if (filters[name]) next.searchParams.set(name, filters[name]);
    else next.searchParams.delete(name);
  }
  if (filters.saved) next.searchParams.set('saved', '1');
  else next.searchParams.delete('saved');
  return next.href;
}

export const isFiltered = (filters: AgendaFilters) => PARAMS.some((name) => filters[name] !== '') || filters.saved;

/** Folded for matching: compatibility forms unified, accents dropped, lower case ("Café" and "cafe" meet). */
const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

const allTexts = (value: LocalizedText | undefined): string[] => (value === undefined ? [] : typeof value === 'string' ? [value] : Object.values(value));

/** Every session's searchable text in every language the data has (and its kind's name in the shown one), folded once per presentation. */
const searchTexts = new WeakMap<Presentation, Map<string, string>>();

function searchText(session: Session, present: Presentation): string {
  let texts = searchTexts.get(present);
  if (!texts) searchTexts.set(present, (texts = new Map()));
  let text = texts.get(session.id);
  if (text === undefined) {
    const { index } = present;
    const people = (session.participants ?? []).flatMap((participant) => {
      const person = participant.person === undefined ? undefined : index.people.get(participant.person);
      return person ? allTexts(person.name) : [];
    });
    const place = present.sessionPlace(session);
    text = fold(
      [
        ...allTexts(session.title),
        ...allTexts(session.description),
        present.translation.sessionKinds[session.kind],
        ...allTexts(place.room?.name),
        ...allTexts(place.track?.name),
        ...people,
        ...(session.tags ?? []),
      ].join('\n'),
    );
    texts.set(session.id, text);
  }
  return text;
}

/** A function telling whether a session passes the filters; `saved` is the visitor's schedule. */
export function sessionFilter(filters: AgendaFilters, present: Presentation, saved: ReadonlySet<string>): (session: Session) => boolean {
  const words = fold(filters.q).split(/\s+/u).filter(Boolean);
  const language = filters.language.toLowerCase();
  return (session) =>
    (!filters.saved || saved.has(session.id)) &&
    (!filters.track || session.track === filters.track) &&
    (!filters.room || session.room === filters.room) &&
    (!filters.kind || session.kind === filters.kind) &&
    (!language || [...(session.languages ?? []), ...(session.interpretedInto ?? [])].some((tag) => tag.toLowerCase() === language)) &&
    (words.length === 0 || words.every((word) => searchText(session, present).includes(word)));
}

/** A filter's choices: the values some session has, in the forum's order, with their names. */
export interface FilterChoices {
  readonly tracks: ReadonlyArray<{ value: string; label: LocalizedText }>;
  readonly rooms: ReadonlyArray<{ value: string; label: LocalizedText }>;
  readonly languages: ReadonlyArray<{ value: string; label: string }>;
  readonly kinds: ReadonlyArray<{ value: SessionKind; label: string }>;
}

/** The choices of the forum's filters in the presentation's language (worked out once per presentation, not each time a filter changes). */
export function filterChoices(present: Presentation): FilterChoices {
  let choices = choicesMade.get(present);
  if (!choices) choicesMade.set(present, (choices = choicesOf(present)));
  return choices;
}

const choicesMade = new WeakMap<Presentation, FilterChoices>();

function choicesOf(present: Presentation): FilterChoices {
  const [tracks, rooms, kinds, languages] = [new Set<string>(), new Set<string>(), new Set<SessionKind>(), new Set<string>()];
  for (const session of present.forum.sessions) {
    if (session.track !== undefined) tracks.add(session.track);
    if (session.room !== undefined) rooms.add(session.room);
    kinds.add(session.kind);
    for (const tag of session.languages ?? []) languages.add(tag);
    for (const tag of session.interpretedInto ?? []) languages.add(tag);
  }
  return {
    tracks: present.tracks().flatMap((track) => (tracks.has(track.id) ? [{ value: track.id, label: track.name }] : [])),
    rooms: present.rooms().flatMap((room) => (rooms.has(room.id) ? [{ value: room.id, label: room.name }] : [])),
    languages: [...languages].map((tag) => ({ value: tag, label: present.languageList([tag]) })),
    kinds: [...kinds].map((kind) => ({ value: kind, label: present.translation.sessionKinds[kind] })),
  };
}
