// What editors show for forum.schema.json: a description (and examples) per definition and per
// top-level forum field. Kept here, where the JSON Schema is written, so the help costs the
// runtime bundle nothing; test/json-schema.test.ts checks it names only definitions that exist.

/** @type {Record<string, { description: string, examples?: unknown[] }>} */
export const definitionHelp = {
  Id: { description: 'An id unique in this document; other entries refer to it. Letters, digits, ".", "_" and "-".', examples: ['hong-gildong', 'opening-remarks', 'kist'] },
  LanguageTag: { description: 'A BCP 47 language tag.', examples: ['ko', 'en', 'zh-Hant'] },
  LocalizedName: { description: 'A name or title: text in the forum\'s default language, or a map of BCP 47 language tag to text.', examples: ['서울퀀텀포럼', { ko: '서울퀀텀포럼', en: 'Seoul Quantum Forum' }] },
  LocalizedText: { description: 'A text: in the forum\'s default language, or a map of BCP 47 language tag to text.' },
  Url: { description: 'An http(s) URL, or a URL relative to the page. Other schemes (javascript:, data:, mailto:) are refused.', examples: ['https://example.org/forum', 'photos/venue.jpg'] },
  LocalDateTime: { description: 'A date (YYYY-MM-DD) when the time is unknown, else a wall-clock date-time (YYYY-MM-DDTHH:mm) in the forum\'s timeZone, without an offset.', examples: ['2024-10-28', '2024-10-28T09:30'] },
  TimeZone: { description: 'An IANA time zone name.', examples: ['Asia/Seoul', 'Europe/Berlin', 'America/New_York', 'UTC'] },
  SessionKind: { description: 'What kind of agenda item the session is; ceremonies often have no title, the kind names them.' },
  ParticipantRole: { description: 'How the person takes part in the session.' },
  EventStatus: { description: 'Whether it happens as planned. "rescheduled" needs previousStart; "moved-online" needs the forum\'s onlineUrl.' },
  AttendanceMode: { description: 'Where people attend from. "offline" and "mixed" need a venue; "online" and "mixed" need an onlineUrl.' },
  OfferAvailability: { description: 'Whether tickets can be had.' },
  Series: { description: 'The recurring series the forum belongs to, and which edition this is.' },
  Offer: { description: 'A ticket or admission offer; a price of 0 means free. currency is an ISO 4217 code such as KRW.' },
  PostalAddress: { description: 'A postal address; country is an ISO 3166-1 alpha-2 code such as KR.' },
  GeoCoordinates: { description: 'A position in decimal degrees.' },
  Venue: { description: 'Where the forum takes place.' },
  Organization: { description: 'An organisation: a host, a sponsor, an employer, a publisher.' },
  Person: { description: 'A person: a speaker, a moderator, a reporter. affiliation is the id of an organisation.' },
  Participant: { description: 'A person taking part in a session: person is the id of an entry in people.' },
  Session: { description: 'An agenda item, in programme order. start and end are in the forum\'s timeZone and within its dates.' },
  Quote: { description: 'Something a person said: text holds the words in the language they were said in (language), plus any translations.' },
  Photo: { description: 'A photo of the forum; depicts lists ids of people, organisations or sessions.' },
  Article: { description: 'An article that reported the forum; publisher is an organisation id, authors are person ids.' },
};

/** @type {Record<string, string>} */
export const forumFieldHelp = {
  $schema: 'The JSON Schema this document follows, for editors.',
  id: 'An id for the forum itself.',
  name: 'The forum\'s name.',
  start: 'When the forum starts, in its timeZone: a date, or a date-time.',
  end: 'When the forum ends (same form as start; not before it).',
  timeZone: 'The IANA time zone every date and time in this document is in.',
  previousStart: 'The start the forum had before it was rescheduled.',
  onlineUrl: 'Where to attend online.',
  organizers: 'Ids of the organisations or people who organise the forum.',
  sponsors: 'Ids of sponsoring organisations or people.',
  partners: 'Ids of partner organisations or people.',
  images: 'Ids of photos (in photos) that represent the forum.',
  languages: 'The forum\'s languages, its default language first.',
  organizations: 'Every organisation the document mentions.',
  people: 'Every person the document mentions.',
  sessions: 'The agenda, in programme order.',
  quotes: 'Things people said.',
  photos: 'Photos of the forum.',
  coverage: 'Articles that reported the forum.',
};
