import type { AttendanceMode, EventStatus, LinkKind, ParticipantRole, SessionKind } from '../model/vocabularies.js';

/**
 * A word whose form depends on a count, by the categories of `Intl.PluralRules` for the language.
 * `other` is required; a language that needs `two` (Arabic, Hebrew) or `few`/`many` gives them too.
 */
export interface PluralForms {
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

/**
 * The words forumkit shows around the data. Templates name their values in braces
 * (`"Times in {zone}"`); `fillTemplate` puts them in.
 */
export interface InterfaceTerms {
  /** Where an element has no data given at all (a page's mistake, not the data's). */
  readonly noData: string;
  readonly noSessions: string;
  /** Section headings of a forum page. */
  readonly programme: string;
  readonly speakers: string;
  readonly quotes: string;
  readonly photos: string;
  readonly coverage: string;
  /** `{names}`: the organisers, as a list ("Hosted by Seoul and KIST"). */
  readonly organizers: string;
  /** `{zone}`: a time zone's name ("KST", "GMT+9", "Central European Summer Time"). */
  readonly timeZone: string;
  /** Heading of sessions without a date or time yet, and the time column of such a session. */
  readonly timeToBeAnnounced: string;
  /** `{time}`: a rescheduled or postponed session's or forum's former start. */
  readonly previously: string;
  readonly room: string;
  readonly track: string;
  readonly venue: string;
  readonly online: string;
  /** A link to the online stream or meeting. */
  readonly joinOnline: string;
  /** `{languages}`: the languages a session is held in, as a list ("Korean and English"). */
  readonly heldIn: string;
  /** `{languages}`: the languages a session is interpreted into. */
  readonly interpretedInto: string;
  /** A participant whose name is not known yet. */
  readonly toBeAnnounced: string;
  /**
   * `{session}`: the session a quote was said in, named as everywhere else (its title, else its
   * kind: "Opening remarks"). The phrase is the translation's; the name goes in as it is shown,
   * capitalised as a title, so write it as a label ("Session: {session}"), not a phrase that would
   * need an article or a lower-case name around it ("at the {session}").
   */
  readonly saidAt: string;
  /** Before a quote shown in translation (read by screen readers). */
  readonly translation: string;
  /** Before the words as originally said, under a translation. */
  readonly original: string;
  /** A mark on an image that stands in for a photo not yet available. */
  readonly placeholder: string;
  /** `{name}`: alt text of a person's photo. */
  readonly portraitOf: string;
  /**
   * One line where an element could not show its part of the forum, beside another element that
   * says so in full (several elements on a page share one source: the visitor reads it once).
   */
  readonly notAvailable: string;
  /** Between the parts of a line of details, such as a job title and organisations (", ", "、", "، "). */
  readonly separator: string;
  /** Name of the programme's day navigation. */
  readonly days: string;
  /** Name of the programme's search and filters. */
  readonly filters: string;
  /** The text search over titles, descriptions and names. */
  readonly search: string;
  /** The filter by the language a session is held in. */
  readonly language: string;
  /** The filter by session kind (keynote, talk, panel…). */
  readonly kind: string;
  /** A filter's choice that filters nothing. */
  readonly any: string;
  readonly clearFilters: string;
  /** `{count}`, `{total}`: how many sessions the filters let through. */
  readonly shownSessions: string;
  readonly noMatches: string;
  /** The toggle on a session that keeps it in the visitor's own schedule (pressed when kept). */
  readonly saveSession: string;
  /** The filter that shows only the visitor's saved sessions. */
  readonly savedOnly: string;
  /** Downloads the saved sessions as one calendar file. */
  readonly downloadSaved: string;
  /** Downloads a session, or the whole forum, as a calendar file. */
  readonly addToCalendar: string;
  /** A session's disclosure with its description, languages and links. */
  readonly details: string;
  /** The mark at the current time on a running forum's programme. */
  readonly now: string;
  readonly jumpToNow: string;
  /** `{zone}`: the choice of showing times in the forum's zone. */
  readonly forumTime: string;
  /** `{zone}`: the choice of showing times in the visitor's own zone. */
  readonly yourTime: string;
}

/** A part of a forum that an output shows on its own: each names it while it loads and when it cannot show it. */
export type ForumContent = 'programme' | 'speakers' | 'quote' | 'photos';

/** What a visitor reads about one part of the forum before it shows, or instead of it. */
export interface ContentStates {
  /** While the data is on its way ("Loading the programme…"). */
  readonly loading: string;
  /** When it could not be loaded or is not valid: for the visitor, who can do nothing about either. */
  readonly unavailable: string;
}

/** Everything forumkit says in one language: interface words and the names of vocabulary values. */
export interface Translation {
  /** The BCP 47 tag this translation is for (`en`, `zh-Hans`, `ar`). */
  readonly language: string;
  /** The language's writing direction. */
  readonly dir: 'ltr' | 'rtl';
  readonly sessionKinds: Readonly<Record<SessionKind, string>>;
  /** Role names by count: "Speaker" for one person, "Speakers" for several. */
  readonly roles: Readonly<Record<ParticipantRole, PluralForms>>;
  readonly statuses: Readonly<Record<EventStatus, string>>;
  readonly attendanceModes: Readonly<Record<AttendanceMode, string>>;
  readonly linkKinds: Readonly<Record<LinkKind, string>>;
  readonly content: Readonly<Record<ForumContent, ContentStates>>;
  readonly terms: InterfaceTerms;
}
