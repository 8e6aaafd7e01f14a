import type { ForumInput } from '@forumkit/core';
import { translationFor, translatedLanguages } from '@forumkit/core/i18n';
import { ATTENDANCE_MODES, EVENT_STATUSES, LINK_KINDS, OFFER_AVAILABILITIES, PARTICIPANT_ROLES } from '@forumkit/core/schema';
import { canonicalTimeZone, toLocalDateTime } from '@forumkit/core/time';
import { IdRegistry, slugify } from '../internal/ids.js';
import { readLanguage } from '../internal/language.js';
import { validatedInput } from '../internal/repair.js';
import { MAX_NAME, MAX_TEXT, plainText } from '../internal/text.js';
import { Warnings } from '../internal/warnings.js';
import type { ImportResult } from '../frab-json/import-frab-json.js';
import { list, readGraph, typesOf, type Graph, type JsonNode } from './graph.js';

/** Choices for what schema.org JSON-LD does not say. */
export interface JsonLdImportOptions {
  /** The forum's id (default: from the Event's @id or name). */
  readonly id?: string;
  /** The IANA zone the forum's times are in: JSON-LD gives offsets, not zones (default: a fixed-offset zone when every offset is the same, with a warning). */
  readonly timeZone?: string;
  /** The language the texts are written in (default: the Event's inLanguage, else English). */
  readonly language?: string;
}

/** Thrown for input that holds no schema.org Event to read. */
export class JsonLdImportError extends Error {
  override readonly name = 'JsonLdImportError';
}

type Loose = Record<string, unknown>;

const isEvent = (node: JsonNode) =>
  typesOf(node).some((type) => type !== 'EventSeries' && (/Event$/.test(type) || type === 'Festival' || type === 'Hackathon'));
const isPerson = (node: JsonNode) => typesOf(node).includes('Person');
const isOrganization = (node: JsonNode) => typesOf(node).some((type) => /Organi[sz]ation$|Corporation$|NGO$|^LocalBusiness$/.test(type));
const text = (value: unknown, max = MAX_NAME) => plainText(Array.isArray(value) ? value[0] : value, max);
const fromMember = (value: unknown) => (typeof value === 'string' ? value.replace(/^(?:https?:\/\/schema\.org\/|schema:)/, '') : undefined);
// schema.org member names -> forumkit tokens: EventMovedOnline -> moved-online, SoldOut -> sold-out.
const token = (member: string | undefined, prefix = '', suffix = '') =>
  member
    ?.replace(new RegExp(`^${prefix}`), '')
    .replace(new RegExp(`${suffix}$`), '')
    .replace(/([a-z])([A-Z])/g, '$1-$2')
    .toLowerCase();

const ISO = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** How times are read: instants into the chosen zone's wall clock, wall clocks as they are. */
function timeReader(zone: string, warnings: Warnings) {
  return (value: unknown, where: string): string | undefined => {
    const match = typeof value === 'string' ? ISO.exec(value.trim()) : null;
    if (!match) {
      if (value !== undefined) warnings.group('date', 'left out a date that is not ISO 8601', `${where} ${JSON.stringify(value).slice(0, 40)}`);
      return undefined;
    }
    const [, date, hour, minute, second = '00', offset] = match;
    if (hour === undefined) return date;
    if (offset === undefined) return `${date}T${hour}:${minute}${second === '00' ? '' : `:${second}`}`;
    return toLocalDateTime(Date.parse(value as string), zone);
  };
}

/** The zone: the one asked for, else one every offset in the data agrees with. */
function chooseZone(graph: Graph, events: readonly JsonNode[], asked: string | undefined, warnings: Warnings): string {
  if (asked !== undefined) return asked;
  const offsets = new Set(
    events
      .flatMap((event) => [event.startDate, event.endDate])
      .flatMap((value) => {
        const offset = typeof value === 'string' ? ISO.exec(value)?.[5] : undefined;
        return offset === undefined ? [] : [offset === 'Z' ? 0 : (offset[0] === '-' ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(-2)))];
      }),
  );
  const [only] = [...offsets];
  if (offsets.size === 1 && only! % 60 === 0 && Math.abs(only!) <= 14 * 60) {
    // Etc/GMT zones count west of UTC: +09:00 is Etc/GMT-9.
    const zone = only === 0 ? 'UTC' : `Etc/GMT${only! > 0 ? '-' : '+'}${Math.abs(only! / 60)}`;
    warnings.add(`the JSON-LD gives offsets, not a time zone: times are kept in ${zone}; pass the forum's zone (such as "Asia/Seoul") to name it`);
    return zone;
  }
  if (offsets.size > 1)
    warnings.add(
      `the JSON-LD's times have ${offsets.size} different offsets (a clock change?): they are kept in UTC; pass the forum's zone to keep its wall clocks`,
    );
  void graph;
  return 'UTC';
}

/**
 * Reads schema.org Event JSON-LD (a document, a list of them, or what `jsonLdFromHtml` found in a
 * page) into a forumkit forum document: the top-level Event, its sub-events as sessions, the
 * people, organisations, places, quotations, images and articles it links to. Texts are plain
 * strings (JSON-LD's plain values say no language). Pure: nothing named in the data is fetched.
 * Throws a `JsonLdImportError` when the input holds no Event.
 */
export function importJsonLd(input: unknown, options: JsonLdImportOptions = {}): ImportResult {
  const warnings = new Warnings();
  const graph = readGraph(list(input));
  if (graph.foreign) warnings.add(`left out ${graph.foreign} document(s) whose @context is not schema.org's`);
  const events = graph.nodes.filter(isEvent);
  const subEvents = new Set(events.flatMap((event) => graph.nodesOf(event, 'subEvent')));
  const tops = events.filter((event) => !subEvents.has(event) && !graph.nodesOf(event, 'superEvent').some(isEvent));
  const top = tops[0];
  if (top === undefined) throw new JsonLdImportError('no schema.org Event in the input');
  if (tops.length > 1) warnings.add(`read the first of ${tops.length} top-level Events ("${text(top.name) ?? top['@id']}"); the others were left out`);
  // Any letter case names the zone (`asia/seoul`); the forum gets its canonical name.
  const named = options.timeZone === undefined ? undefined : canonicalTimeZone(options.timeZone);
  if (options.timeZone !== undefined && named === undefined) throw new JsonLdImportError(`not a time zone: ${JSON.stringify(options.timeZone)}`);

  const sessionsIn = graph.nodesOf(top, 'subEvent').filter(isEvent);
  const zone = chooseZone(graph, [top, ...sessionsIn], named, warnings);
  const time = timeReader(zone, warnings);
  const language = readLanguage(options.language) ?? readLanguage(list(top.inLanguage)[0]) ?? 'en';
  const ids = new IdRegistry();
  const idOf = new Map<JsonNode, string>();
  // An @id's fragment without forumkit's kind prefix ("#person-kim" -> "kim"), else the name's slug.
  const claim = (node: JsonNode, fallback: string): string => {
    const known = idOf.get(node);
    if (known) return known;
    const fragment =
      typeof node['@id'] === 'string'
        ? decodeURIComponent(node['@id'].split('#')[1] ?? '').replace(/^(?:session|person|org|photo|quote|article|room|venue)-/, '')
        : undefined;
    const id = ids.claim([fragment || undefined, slugify(text(node.name) ?? text(node.headline) ?? '')], fallback);
    idOf.set(node, id);
    return id;
  };

  const people = graph.nodes.filter(isPerson).map((node, i) => ({ node, id: claim(node, `person-${i + 1}`) }));
  const organizations = graph.nodes.filter(isOrganization).map((node, i) => ({ node, id: claim(node, `organization-${i + 1}`) }));
  const refs = (node: JsonNode, property: string) => graph.nodesOf(node, property).flatMap((target) => idOf.get(target) ?? []);
  const url = (value: unknown) => (typeof value === 'string' && /^https?:\/\//i.test(value) ? value : undefined);
  const urls = (value: unknown) => list(value).flatMap((entry) => url(entry) ?? []);

  // Places: the forum's Place is its venue, a Place inside it is a room; a VirtualLocation is where to attend online.
  const forumPlaces = graph.nodesOf(top, 'location');
  const venueNode = forumPlaces.find((place) => typesOf(place).includes('Place'));
  const onlineNode = forumPlaces.find((place) => typesOf(place).includes('VirtualLocation'));
  const venueOf = (node: JsonNode) => {
    const address = graph.resolve(node.address);
    const geo = graph.resolve(node.geo);
    return prune({
      name: text(node.name) ?? 'Venue',
      address:
        address &&
        prune({
          streetAddress: text(address.streetAddress),
          locality: text(address.addressLocality),
          region: text(address.addressRegion),
          postalCode: text(address.postalCode, 20),
          country: typeof address.addressCountry === 'string' && /^[A-Z]{2}$/.test(address.addressCountry) ? address.addressCountry : undefined,
        }),
      geo: geo && typeof geo.latitude === 'number' && typeof geo.longitude === 'number' ? { latitude: geo.latitude, longitude: geo.longitude } : undefined,
      url: url(node.url),
    });
  };
  const rooms = new Map<JsonNode, Loose>();
  const venues = new Map<JsonNode, Loose>();

  const kindNames = new Map<string, string>();
  for (const tag of translatedLanguages()) for (const [kind, name] of Object.entries(translationFor(tag).sessionKinds)) kindNames.set(name.toLowerCase(), kind);
  const linkNames = new Map<string, string>();
  for (const tag of translatedLanguages()) for (const [kind, name] of Object.entries(translationFor(tag).linkKinds)) linkNames.set(name.toLowerCase(), kind);

  const sessions = sessionsIn.map((node, i) => {
    const id = claim(node, `session-${i + 1}`);
    const name = text(node.name) ?? `Session ${i + 1}`;
    const kind = kindNames.get(name.toLowerCase());
    const session: Loose = { id, kind: kind ?? 'talk', ...(kind === undefined && { title: name }) };
    session.description = text(node.description, MAX_TEXT);
    session.start = time(node.startDate, `session ${id} startDate`);
    session.end = time(node.endDate, `session ${id} endDate`);
    session.status = token(fromMember(node.eventStatus), 'Event');
    if (!EVENT_STATUSES.includes(session.status as never)) session.status = undefined;
    session.previousStart = time(node.previousStartDate, `session ${id} previousStartDate`);
    for (const place of graph.nodesOf(node, 'location')) {
      if (typesOf(place).includes('VirtualLocation')) {
        if (place !== onlineNode) session.onlineUrl = url(place.url);
      } else if (place !== venueNode) {
        const container = graph.resolve(place.containedInPlace);
        if (container && container !== venueNode && !venues.has(container))
          venues.set(container, { id: claim(container, `venue-${venues.size + 1}`), ...venueOf(container) });
        if (container) {
          if (!rooms.has(place))
            rooms.set(
              place,
              prune({
                id: claim(place, `room-${rooms.size + 1}`),
                name: text(place.name) ?? 'Room',
                capacity: typeof place.maximumAttendeeCapacity === 'number' ? place.maximumAttendeeCapacity : undefined,
                venue: container !== venueNode ? venues.get(container)!.id : undefined,
              }),
            );
          session.room = rooms.get(place)!.id;
        } else {
          if (!venues.has(place)) venues.set(place, { id: claim(place, `venue-${venues.size + 1}`), ...venueOf(place) });
          session.venue = venues.get(place)!.id;
        }
      }
    }
    session.languages = list(node.inLanguage).flatMap((tag) => readLanguage(tag) ?? []);
    session.url = url(node.url);
    session.tags = list(node.keywords).flatMap((keyword) =>
      typeof keyword === 'string'
        ? keyword
            .split(',')
            .map((part) => part.trim())
            .filter(Boolean)
        : [],
    );
    session.links = [
      ...graph.nodesOf(node, 'recordedIn').map((work) => ({ work, kind: 'recording' })),
      ...graph.nodesOf(node, 'subjectOf').map((work) => ({ work, kind: linkNames.get((text(work.name) ?? '').toLowerCase()) ?? 'other' })),
    ].flatMap(({ work, kind }) => {
      const href = url(work.url ?? work.contentUrl);
      const title = text(work.name);
      const named = title !== undefined && linkNames.get(title.toLowerCase()) === kind;
      return href && LINK_KINDS.includes(kind as never)
        ? [prune({ kind, url: href, title: named ? undefined : title, language: readLanguage(list(work.inLanguage)[0]) })]
        : [];
    });
    session.offers = offersOf(graph, node, time);
    session.participants = graph.nodesOf(node, 'performer').flatMap((performer) => {
      const role = typesOf(performer).includes('PerformanceRole') ? fromMember(performer.roleName) : 'speaker';
      const person = typesOf(performer).includes('PerformanceRole') ? graph.resolve(performer.performer) : performer;
      const personId = person && idOf.get(person);
      if (!personId || !isPerson(person)) return [];
      if (!PARTICIPANT_ROLES.includes(role as never))
        warnings.group('role', 'read a role forumkit does not know as speaker', `session ${id}: ${JSON.stringify(role)}`);
      return [{ person: personId, role: PARTICIPANT_ROLES.includes(role as never) ? role : 'speaker' }];
    });
    return prune(session);
  });

  const quotations = graph.nodes.filter((node) => typesOf(node).includes('Quotation'));
  const quotes = quotations
    .filter((node) => graph.resolve(node.translationOfWork) === undefined)
    .flatMap((node, i) => {
      const said = text(node.text, MAX_TEXT);
      const person = graph.nodesOf(node, 'spokenByCharacter')[0] ?? graph.nodesOf(node, 'creator')[0];
      const personId = person && idOf.get(person);
      if (said === undefined || personId === undefined) {
        warnings.group('quote', 'left out a Quotation without text or speaker', String(node['@id'] ?? `#${i + 1}`));
        return [];
      }
      const saidIn = readLanguage(list(node.inLanguage)[0]) ?? language;
      const texts: Record<string, string> = { [saidIn]: said };
      for (const translation of quotations.filter((other) => graph.resolve(other.translationOfWork) === node)) {
        const tag = readLanguage(list(translation.inLanguage)[0]);
        const words = text(translation.text, MAX_TEXT);
        if (tag && words && !(tag in texts)) texts[tag] = words;
      }
      const session = graph.nodesOf(node, 'recordedAt')[0];
      return [
        prune({
          id: claim(node, `quote-${i + 1}`),
          text: Object.keys(texts).length > 1 ? texts : said,
          language: saidIn,
          person: personId,
          session: session && session !== top ? idOf.get(session) : undefined,
        }),
      ];
    });

  const photos = graph.nodes
    .filter((node) => typesOf(node).includes('ImageObject'))
    .flatMap((node, i) => {
      const href = url(node.contentUrl) ?? url(node.url);
      if (!href) return [];
      const pixels = (value: unknown) => {
        const number = typeof value === 'number' ? value : Number.parseInt(String(graph.resolve(value)?.value ?? value), 10);
        return Number.isInteger(number) && number > 0 ? number : undefined;
      };
      return [
        prune({
          id: claim(node, `photo-${i + 1}`),
          url: href,
          caption: text(node.caption),
          alt: text(node.description),
          credit: text(node.creditText),
          copyrightHolder: refs(node, 'copyrightHolder')[0],
          depicts: refs(node, 'about'),
          width: pixels(node.width),
          height: pixels(node.height),
        }),
      ];
    });

  const coverage = graph.nodes
    .filter((node) => typesOf(node).some((type) => /Article$|^BlogPosting$|^Report$/.test(type)))
    .flatMap((node, i) => {
      const headline = text(node.headline) ?? text(node.name);
      if (!headline) return [];
      return [
        prune({
          id: claim(node, `article-${i + 1}`),
          headline,
          url: url(node.url),
          publisher: refs(node, 'publisher').find((id) => organizations.some((org) => org.id === id)),
          authors: refs(node, 'author').filter((id) => people.some((person) => person.id === id)),
          mentions: refs(node, 'mentions'),
          datePublished: time(node.datePublished, `article ${i + 1}`),
          language: readLanguage(list(node.inLanguage)[0]),
        }),
      ];
    });

  const series = graph.nodesOf(top, 'superEvent').find((node) => typesOf(node).includes('EventSeries'));
  const mode = token(fromMember(top.eventAttendanceMode), '', 'EventAttendanceMode');
  const start =
    time(top.startDate, 'the Event startDate') ??
    sessions
      .map((session) => session.start as string | undefined)
      .filter(Boolean)
      .sort()[0]
      ?.slice(0, 10);
  if (start === undefined) throw new JsonLdImportError('the Event has no startDate, and none of its sub-events has one');
  const forum: Loose = {
    id: options.id ?? claim(top, 'forum'),
    name: text(top.name) ?? 'Forum',
    series: series && prune({ name: text(series.name) ?? 'Series', url: url(series.url) }),
    description: text(top.description, MAX_TEXT),
    start,
    end: time(top.endDate, 'the Event endDate'),
    timeZone: zone,
    status: EVENT_STATUSES.includes(token(fromMember(top.eventStatus), 'Event') as never) ? token(fromMember(top.eventStatus), 'Event') : undefined,
    previousStart: time(top.previousStartDate, 'the Event previousStartDate'),
    attendanceMode: ATTENDANCE_MODES.includes(mode as never) ? mode : undefined,
    venue: venueNode ? venueOf(venueNode) : undefined,
    venues: venues.size ? [...venues.values()] : undefined,
    onlineUrl: onlineNode ? url(onlineNode.url) : undefined,
    organizers: refs(top, 'organizer'),
    sponsors: refs(top, 'sponsor'),
    partners: refs(top, 'contributor'),
    url: url(top.url),
    images: refs(top, 'image').filter((id) => photos.some((photo) => photo.id === id)),
    keywords: list(top.keywords).flatMap((keyword) =>
      typeof keyword === 'string'
        ? keyword
            .split(',')
            .map((part) => part.trim())
            .filter(Boolean)
        : [],
    ),
    languages: [language],
    offers: offersOf(graph, top, time),
    rooms: rooms.size ? [...rooms.values()] : undefined,
    organizations: organizations.map(({ node, id }) =>
      prune({
        id,
        name: text(node.name) ?? id,
        shortName: text(list(node.alternateName)[0]),
        url: url(node.url),
        logo: url(graph.resolve(node.logo)?.url ?? node.logo),
        sameAs: urls(node.sameAs),
      }),
    ),
    people: people.map(({ node, id }) =>
      prune({
        id,
        name: text(node.name) ?? id,
        jobTitle: text(node.jobTitle),
        affiliations: [...new Set([...refs(node, 'affiliation'), ...refs(node, 'worksFor')])].filter((ref) => organizations.some((org) => org.id === ref)),
        bio: text(node.description, MAX_TEXT),
        image: url(graph.resolve(node.image)?.url ?? node.image),
        url: url(node.url),
        sameAs: urls(node.sameAs),
      }),
    ),
    sessions,
    quotes,
    photos,
    coverage,
  };
  if (forum.venue === undefined && forum.onlineUrl === undefined) {
    forum.venue = { name: 'Venue to be announced' };
    warnings.add('the Event names no location: its venue is "Venue to be announced" until you add it');
  }
  // The programme is required even when empty.
  const { data } = validatedInput({ ...prune(forum), sessions }, (message) => warnings.add(message));
  return { forum: data as unknown as ForumInput, warnings: warnings.list() };
}

function offersOf(graph: Graph, node: JsonNode, time: (value: unknown, where: string) => string | undefined): Loose[] {
  return graph.nodesOf(node, 'offers').flatMap((offer) => {
    const price = typeof offer.price === 'number' ? offer.price : Number.parseFloat(String(offer.price));
    const availability = token(fromMember(offer.availability));
    if (!Number.isFinite(price) || typeof offer.priceCurrency !== 'string') return [];
    return [
      prune({
        name: text(offer.name),
        price,
        currency: offer.priceCurrency,
        url: typeof offer.url === 'string' && /^https?:\/\//.test(offer.url) ? offer.url : undefined,
        availability: availability === 'limited-availability' ? 'limited' : OFFER_AVAILABILITIES.includes(availability as never) ? availability : undefined,
        validFrom: time(offer.validFrom, 'an offer validFrom'),
      }),
    ];
  });
}

/** The object without absent fields and empty lists. */
function prune<T extends Loose>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0))) as T;
}
