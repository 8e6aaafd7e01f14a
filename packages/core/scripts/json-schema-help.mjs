// What editors show for forum.schema.json: a description (and examples) per definition and per
// top-level forum field. Kept here, where the JSON Schema is written, so the help costs the
// runtime bundle nothing; test/json-schema.test.ts checks it names only definitions that exist.

/** @type {Record<string, { description: string, examples?: unknown[] }>} */
export const definitionHelp = {
  Id: {
    description: 'An id unique in this document; other entries refer to it. Letters, digits, ".", "_" and "-".',
    examples: ['hong-gildong', 'opening-remarks', 'kist'],
  },
  LanguageTag: { description: 'A BCP 47 language tag.', examples: ['ko', 'en', 'zh-Hant'] },
  LocalizedName: {
    description: "A name or title: text in the forum's default language, or a map of BCP 47 language tag to text.",
    examples: ['서울퀀텀포럼', { ko: '서울퀀텀포럼', en: 'Seoul Quantum Forum' }],
  },
  LocalizedText: { description: "A text: in the forum's default language, or a map of BCP 47 language tag to text." },
  Url: {
    description: 'An http(s) URL, or a URL relative to the page. Other schemes (javascript:, data:, mailto:) are refused.',
    examples: ['https://example.org/forum', 'photos/venue.jpg'],
  },
  LocalDateTime: {
    description:
      "A date (YYYY-MM-DD) when the time is unknown, else a wall-clock date-time (YYYY-MM-DDTHH:mm) in the forum's timeZone. A time the clocks skip (spring forward) is refused. A time in the hour repeated when the clocks go back means its first occurrence; write the offset (+01:00) to mean the second.",
    examples: ['2024-10-28', '2024-10-28T09:30', '2025-10-26T02:30+01:00'],
  },
  TimeZone: { description: 'An IANA time zone name.', examples: ['Asia/Seoul', 'Europe/Berlin', 'America/New_York', 'UTC'] },
  SessionKind: { description: 'What kind of agenda item the session is; ceremonies often have no title, the kind names them.' },
  ParticipantRole: { description: 'How the person takes part in the session.' },
  LinkKind: { description: 'What a link leads to: slides, a video, a recording, a live stream, a paper, code, a website.' },
  Link: { description: 'A link from a session (slides, a recording…); title names it, language is the language of what it leads to.' },
  Room: {
    description: "A room sessions take place in; venue is the id of its venue when not the forum's.",
    examples: [{ id: 'hall-a', name: { en: 'Hall A', ko: 'A홀' } }],
  },
  Track: { description: 'A track: sessions on one theme; color is #rgb or #rrggbb.', examples: [{ id: 'policy', name: 'Policy', color: '#3b3fc4' }] },
  EventStatus: {
    description: 'Whether it happens as planned. "rescheduled" needs previousStart (and "postponed" may have one); "moved-online" needs an onlineUrl.',
  },
  AttendanceMode: { description: 'Where people attend from. "offline" and "mixed" need a venue; "online" and "mixed" need an onlineUrl.' },
  OfferAvailability: { description: 'Whether tickets can be had.' },
  Series: { description: 'The recurring series the forum belongs to, and which edition this is.' },
  Offer: { description: 'A ticket or admission offer; a price of 0 means free. currency is an ISO 4217 code such as KRW.' },
  PostalAddress: { description: 'A postal address; country is an ISO 3166-1 alpha-2 code such as KR.' },
  GeoCoordinates: { description: 'A position in decimal degrees.' },
  Venue: { description: 'A place where the forum or some of its sessions take place; id is needed when rooms or sessions refer to it.' },
  Organization: { description: 'An organisation: a host, a sponsor, an employer, a publisher.' },
  Person: { description: 'A person: a speaker, a moderator, a reporter. affiliations are ids of organisations, the main one first; bio is a short biography.' },
  Participant: { description: 'Someone taking part in a session: person is the id of an entry in people, or toBeAnnounced is true for someone not named yet.' },
  Session: {
    description:
      "An agenda item. start and end are in the forum's timeZone and within its dates (an end may run past midnight of the last day); room and track are ids of entries in rooms and tracks; venue is the id of a venue when not the forum's.",
  },
  Quote: { description: 'Something a person said: text holds the words in the language they were said in (language), plus any translations.' },
  Photo: { description: 'A photo of the forum; depicts lists ids of people, organisations or sessions.' },
  Article: { description: 'An article that reported the forum; publisher is an organisation id, authors are person ids.' },
};

/** @type {Record<string, string>} */
export const forumFieldHelp = {
  $schema: 'The JSON Schema this document follows, for editors.',
  id: 'An id for the forum itself.',
  name: "The forum's name.",
  start: 'When the forum starts, in its timeZone: a date, or a date-time.',
  end: 'When the forum ends (same form as start; not before it).',
  timeZone: 'The IANA time zone every date and time in this document is in.',
  previousStart: 'The start the forum had before it was postponed or rescheduled.',
  venue: 'The main venue: rooms and sessions are there unless they say otherwise.',
  venues: 'Further venues, each with an id that rooms and sessions refer to.',
  onlineUrl: 'Where to attend online.',
  organizers: 'Ids of the organisations or people who organise the forum.',
  sponsors: 'Ids of sponsoring organisations or people.',
  partners: 'Ids of partner organisations or people.',
  images: 'Ids of photos (in photos) that represent the forum.',
  languages: "The forum's languages, its default language first.",
  rooms: 'The rooms sessions take place in, in the order they are shown.',
  tracks: 'The tracks sessions belong to, in the order they are shown.',
  organizations: 'Every organisation the document mentions.',
  people: 'Every person the document mentions.',
  sessions: 'The agenda, in programme order.',
  quotes: 'Things people said.',
  photos: 'Photos of the forum.',
  coverage: 'Articles that reported the forum.',
};
