import { indexForum, type ForumIndex } from '../model/forum-index.js';
import type { LocalizedText } from '../model/text.js';
import type { Forum, Link, Organization, Quote, Room, Session, Track } from '../model/types.js';
import type { ParticipantRole } from '../model/vocabularies.js';
import { fillTemplate, pluralForm, translationFor, translationsGeneration } from '../i18n/registry.js';
import { formatDay, formatShortDay } from '../time/date-format.js';
import type { InterfaceTerms, Translation } from '../i18n/translation.js';
import { agenda, type Agenda } from './agenda.js';
import { displayLanguage } from './display-language.js';
import { affiliationsOf, participantGroups, type ParticipantGroup } from './participants.js';
import { forumPlace, sessionPlace, type Place, type SessionPlace } from './place.js';
import { quotePassages, type QuotePassages } from './quote.js';
import { sessionName } from './session-name.js';
import { showText, textDirection, type ShownText } from './shown-text.js';
import { origins, shownUrl, type UrlRules } from './shown-url.js';
import { forumTimeEntry, timeEntry, timeSpan, type TimeEntry, type TimeSpan } from './time-entry.js';
import { zoneName } from './zone-name.js';

/** The language and zone a forum is shown in, and the rules for its URLs. */
export interface PresentationOptions extends UrlRules {
  /** The language to show (default, and for a tag the platform cannot read: the forum's first language; see `displayLanguage`). */
  readonly language?: string;
  /** The IANA zone to show times in (default: the forum's). */
  readonly timeZone?: string;
}

/**
 * Everything an output says about a forum, in one language and time zone: computed here once,
 * so the elements, the server-rendered page, the JSON-LD and the calendar export say the same.
 * Get one with `presentForum`; third-party elements can build on it too.
 */
export interface Presentation {
  readonly forum: Forum;
  readonly index: ForumIndex;
  /** The language shown (the page's). */
  readonly language: string;
  /** Its writing direction. */
  readonly dir: 'ltr' | 'rtl';
  /** The zone times are shown in. */
  readonly timeZone: string;
  /** Interface words and vocabulary labels for `language` (English when none is registered). */
  readonly translation: Translation;
  /**
   * A URL from the data (an image, a link) as outputs may use it: http(s) or relative, resolved
   * against the forum file when that is not the page (`dataUrl`), and on an allowed origin
   * (`allowedOrigins`); undefined when it must not become an image or a link.
   */
  url(value: string | undefined): string | undefined;
  /** A data text in the language, falling back along the forum's languages; its language when known. */
  text(value: LocalizedText | undefined): ShownText | undefined;
  /** An interface term with its `{placeholders}` filled in. */
  term(key: keyof InterfaceTerms, values?: Readonly<Record<string, string>>): string;
  /** A role's name for a number of people ("Panelist", "Panelists"). */
  roleLabel(role: ParticipantRole, count: number): string;
  /** Language tags as a list of language names in the shown language ("Korean and English"). */
  languageList(tags: readonly string[]): string;
  /** What a session is called: its title, else its kind. */
  sessionName(session: Session): ShownText;
  /**
   * What an organisation is called: its full name, in the language, everywhere forumkit names it
   * (a person's affiliation, a host, a publisher, a photo's copyright holder). Its `shortName`
   * ("KIST") is what the JSON-LD gives as its alternate name.
   */
  organizationName(organization: Organization): ShownText;
  /** What a link is called: its title, else what it leads to ("Slides"). */
  linkName(link: Link): ShownText;
  /** A calendar date (`YYYY-MM-DD`) in the day style of headings: "Monday, October 28, 2024". */
  day(date: string): string;
  /** A calendar date in the short style of a line or the day bar: "Mon, Oct 28" (with the year when it is not the forum's). */
  shortDay(date: string): string;
  /** When a session happens; undefined when its start is unknown. */
  sessionTime(session: Session): TimeEntry | undefined;
  /**
   * The instants a session runs over (epoch ms), without formatting them: undefined when its start
   * has no time of day. The same instants `sessionTime` shows, for outputs that place or compare
   * times (a grid's rows, the "now" mark) over a whole programme.
   */
  sessionSpan(session: Session): TimeSpan | undefined;
  /** The shown zone's short name at an instant ("KST", "CEST"), as `sessionTime` names it. */
  zoneName(epochMs: number): string | undefined;
  /** One forum date or date-time as shown (a former start, say). */
  moment(value: string): TimeEntry | undefined;
  /** Where a session happens, and its track. */
  sessionPlace(session: Session): SessionPlace;
  /** A session's participants grouped by role. */
  participants(session: Session): readonly ParticipantGroup[];
  /** A person's organisations. */
  affiliations(person: { readonly affiliations?: readonly string[] }): readonly Organization[];
  /** A quote's original words and its translation into the shown language. */
  quote(quote: Quote): QuotePassages;
  /** The programme by day in the shown zone, and the sessions not yet scheduled. */
  agenda(): Agenda;
  /** The rooms in the order the forum lists them (the order rooms are shown in). */
  rooms(): readonly Room[];
  /** The tracks as the forum lists them. */
  tracks(): readonly Track[];
  /** Where the forum happens. */
  place(): Place;
  /** When the forum happens: its dates, with the times of a one-day forum. */
  when(): TimeEntry | undefined;
}

const presentations = new WeakMap<Forum, Map<string, Presentation>>();

/** The presentation of a validated forum in a language and zone (memoised: call it freely). */
export function presentForum(forum: Forum, options: PresentationOptions = {}): Presentation {
  const language = displayLanguage(forum, options.language);
  const timeZone = options.timeZone ?? forum.timeZone;
  const urls: UrlRules = {
    ...(options.dataUrl !== undefined && { dataUrl: options.dataUrl }),
    ...(options.allowedOrigins !== undefined && { allowedOrigins: origins(options.allowedOrigins) }),
  };
  let perForum = presentations.get(forum);
  if (!perForum) presentations.set(forum, (perForum = new Map()));
  // A translation registered since is taken into account: the key changes with the registry.
  const key = `${language}|${timeZone}|${translationsGeneration()}|${urls.dataUrl ?? ''}|${urls.allowedOrigins?.join(' ') ?? '*'}`;
  let presentation = perForum.get(key);
  if (!presentation) perForum.set(key, (presentation = createPresentation(forum, language, timeZone, urls)));
  return presentation;
}

function createPresentation(forum: Forum, language: string, timeZone: string, urls: UrlRules): Presentation {
  const index = indexForum(forum);
  const translation = translationFor(language);
  const fallbacks = forum.languages;
  // Dates in the forum's year leave the year out: the page says it already.
  const year = Number(forum.start.slice(0, 4));
  const when = (start: string, end?: string) => timeEntry(start, end, language, forum.timeZone, timeZone, year);
  let programme: Agenda | undefined;
  const sessionTimes = new WeakMap<Session, TimeEntry | undefined>();
  const sessionSpans = new WeakMap<Session, TimeSpan | undefined>();
  const zoneNames = new Map<number, string | undefined>();
  let languageNames: Intl.DisplayNames | undefined;
  return {
    forum,
    index,
    language,
    dir: textDirection(language),
    timeZone,
    translation,
    url: (value) => shownUrl(value, urls),
    text: (value) => showText(value, language, fallbacks),
    term: (key, values) => (values ? fillTemplate(translation.terms[key], values) : translation.terms[key]),
    roleLabel: (role, count) => pluralForm(translation.roles[role], count, translation.language),
    languageList(tags) {
      languageNames ??= new Intl.DisplayNames(language, { type: 'language', fallback: 'code' });
      const names = tags.map((tag) => languageNames!.of(tag) ?? tag);
      return new Intl.ListFormat(language, { type: 'conjunction' }).format(names);
    },
    sessionName: (session) => sessionName(session, translation, language, fallbacks),
    organizationName: (organization) => showText(organization.name, language, fallbacks)!,
    linkName: (link) => showText(link.title, language, fallbacks) ?? { text: translation.linkKinds[link.kind], language: translation.language },
    day: (date) => formatDay(date, language),
    shortDay: (date) => formatShortDay(date, language, Number(date.slice(0, 4)) !== year),
    sessionTime(session) {
      // Every output asks for a session's time more than once (its row, its place in a grid, the "now" mark): formatted once.
      if (!sessionTimes.has(session)) sessionTimes.set(session, session.start === undefined ? undefined : when(session.start, session.end));
      return sessionTimes.get(session);
    },
    sessionSpan(session) {
      if (!sessionSpans.has(session)) sessionSpans.set(session, session.start === undefined ? undefined : timeSpan(session.start, session.end, forum.timeZone));
      return sessionSpans.get(session);
    },
    zoneName(epochMs) {
      if (!zoneNames.has(epochMs)) zoneNames.set(epochMs, zoneName(epochMs, language, timeZone));
      return zoneNames.get(epochMs);
    },
    moment: (value) => when(value),
    sessionPlace: (session) => sessionPlace(session, forum, index),
    participants: (session) => participantGroups(session, index),
    affiliations: (person) => affiliationsOf(person as Parameters<typeof affiliationsOf>[0], index),
    quote: (quote) => quotePassages(quote, language),
    agenda: () => (programme ??= agenda(forum, timeZone)),
    rooms: () => forum.rooms ?? [],
    tracks: () => forum.tracks ?? [],
    place: () => forumPlace(forum),
    when: () => forumTimeEntry(forum.start, forum.end, language, forum.timeZone, timeZone),
  };
}
