// Valid forums made of hostile strings, and random breakage of them, for the property tests
// (test/hostile-forums.test.ts, a fast slice) and the fuzz bench (bench/fuzz.bench.mjs, the full
// run). Deterministic: the same seed always gives the same forum and the same mutations.

/** A small seeded PRNG (mulberry32) with the helpers the generators use. */
export function seededRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  return { next, int, pick: (list) => list[int(list.length)], chance: (p) => next() < p };
}

// Pieces that have broken renderers before: bidi controls, NUL and other controls, markup that
// closes a script or opens a comment, quotes, line and paragraph separators, astral characters.
const PIECES = [
  '\u202e',
  '\u2066',
  '\u2069',
  '\u200f',
  '\u0000',
  '\u0001',
  '\u001b[31m',
  '\u007f',
  '\u0085',
  '\u2028',
  '\u2029',
  '\ufeff',
  '</script>',
  '</SCRIPT >',
  '<!--',
  '-->',
  '<script>alert(1)</script>',
  ']]>',
  '"',
  "'",
  '`',
  '\\',
  '&amp;',
  '&',
  '<',
  '>',
  '😀',
  '𝕏',
  '👩‍👩‍👧',
  '🇰🇷',
  'e\u0301',
  '\r\n',
  '\n',
  '\r',
  '\t',
  ';',
  ',',
  ':',
  ' ',
  '서울',
  'عربي',
  'עברית',
  'Ω',
  '${x}',
  '%00',
  '{{x}}',
];
// Safe in a URL (no whitespace, control characters or backslashes), hostile in HTML and JSON.
const URL_PIECES = ['</script>', '<!--', '"', "'", '<', '>', '&', '😀', '서울', '%3C', '%00', '\u202e', ';', ',', '#', '?', '=', '/', 'a'];
const ZONES = ['Asia/Seoul', 'Europe/Berlin', 'America/New_York', 'UTC', 'Australia/Lord_Howe', 'Etc/GMT-9', 'Asia/Kolkata', 'America/Argentina/Buenos_Aires'];
const LANGUAGES = ['ko', 'en', 'ar', 'he', 'ja', 'zh-Hant', 'de', 'en-GB'];
const KINDS = ['keynote', 'talk', 'panel-discussion', 'break', 'opening-remarks', 'workshop', 'other'];
const ROLES = ['speaker', 'moderator', 'panelist', 'host', 'interpreter'];

/** A non-empty text of at most `max` characters built from hostile pieces (sometimes very long). */
export function hostileText(random, max = 200) {
  const length = random.chance(0.05) ? Math.min(max, 1000) : 1 + random.int(Math.min(max, 60));
  let text = '';
  while (text.length < length) {
    const piece = random.chance(0.8) ? random.pick(PIECES) : String.fromCodePoint(randomCodePoint(random));
    if (text.length + piece.length > length) break;
    text += piece;
  }
  return text || 'x';
}

/** Any code point but a surrogate (a lone surrogate is not well-formed text, and validation refuses it). */
function randomCodePoint(random) {
  const code = random.pick([0x80, 0x800, 0x10000, 0x110000]);
  const point = random.int(code);
  return point >= 0xd800 && point <= 0xdfff ? 0xfffd : point;
}

function hostileUrl(random) {
  let path = '';
  for (let i = random.int(6); i >= 0; i--) path += random.pick(URL_PIECES);
  return random.chance(0.5) ? `https://example.org/${path}` : `${path.replace(/^[/?#]+/, '')}/x`;
}

/** A localized text: a plain string, or a map over some of the forum's languages. */
function hostileName(random, languages, max) {
  if (random.chance(0.3)) return hostileText(random, max);
  const text = {};
  for (const tag of languages) if (random.chance(0.7) || Object.keys(text).length === 0) text[tag] = hostileText(random, max);
  return text;
}

/** A valid forum (validateForum accepts it) whose every free text is hostile. */
export function hostileForum(seed) {
  const random = seededRandom(seed);
  const languages = [...new Set([random.pick(LANGUAGES), random.pick(LANGUAGES), random.pick(LANGUAGES)])].filter(
    (tag, i, all) => !all.slice(0, i).some((other) => other.split('-')[0] === tag.split('-')[0]),
  );
  const name = (max = 1000) => hostileName(random, languages, max);
  const people = Array.from({ length: 1 + random.int(5) }, (_, i) => ({
    id: `person-${i}`,
    name: name(),
    ...(random.chance(0.5) && { jobTitle: name(200) }),
    ...(random.chance(0.5) && { bio: hostileText(random, 2000) }),
    ...(random.chance(0.4) && { affiliations: ['org-0'] }),
    ...(random.chance(0.3) && { url: hostileUrl(random), sameAs: [hostileUrl(random)] }),
  }));
  const rooms = Array.from({ length: random.int(3) }, (_, i) => ({ id: `room-${i}`, name: name(200) }));
  const sessions = Array.from({ length: random.int(8) }, (_, i) => {
    const day = random.int(2) + 1;
    const hour = String(9 + random.int(8)).padStart(2, '0');
    const dated = random.chance(0.9);
    return {
      id: `session-${i}`,
      kind: random.pick(KINDS),
      ...(random.chance(0.7) && { title: name() }),
      ...(random.chance(0.4) && { description: hostileText(random, 3000) }),
      ...(dated && { start: `2024-11-0${day}T${hour}:00`, end: `2024-11-0${day}T${hour}:45` }),
      ...(rooms.length > 0 && random.chance(0.6) && { room: `room-${random.int(rooms.length)}` }),
      ...(random.chance(0.3) && { url: hostileUrl(random) }),
      ...(random.chance(0.2) && { links: [{ url: hostileUrl(random), kind: 'slides', title: name(100) }] }),
      ...(random.chance(0.3) && { tags: [name(50)] }),
      participants: Array.from({ length: random.int(3) }, () => ({ person: `person-${random.int(people.length)}`, role: random.pick(ROLES) })),
    };
  });
  // A quote said in one of the forum's languages, with translations into some of the others.
  const said = random.pick(languages);
  const quoteText = Object.fromEntries(languages.filter((tag) => tag === said || random.chance(0.5)).map((tag) => [tag, hostileText(random, 500)]));
  return {
    $schema: '../../forum.schema.json',
    id: `hostile-${seed}`,
    name: name(),
    description: hostileText(random, 5000),
    start: '2024-11-01',
    end: '2024-11-02',
    timeZone: random.pick(ZONES),
    languages,
    venue: {
      name: name(),
      address: { streetAddress: name(200), locality: name(100), postalCode: hostileText(random, 20), country: 'KR' },
      url: hostileUrl(random),
    },
    url: 'https://example.org/forum/',
    ...(random.chance(0.5) && { onlineUrl: hostileUrl(random) }),
    keywords: [name(100)],
    organizations: [{ id: 'org-0', name: name(), shortName: name(50), url: hostileUrl(random) }],
    organizers: ['org-0'],
    people,
    rooms,
    tracks: [{ id: 'track-0', name: name(100), color: '#3b3fc4' }],
    offers: [{ price: random.int(100000), currency: 'KRW', name: name(100), url: hostileUrl(random) }],
    sessions,
    quotes: [{ id: 'quote-0', person: 'person-0', language: said, text: random.chance(0.3) ? hostileText(random, 500) : quoteText }],
    photos: [{ id: 'photo-0', url: hostileUrl(random), caption: name(300), alt: name(300), credit: name(100), copyrightHolder: 'org-0' }],
    coverage: [{ id: 'article-0', headline: name(), url: hostileUrl(random), publisher: 'org-0', authors: ['person-0'], datePublished: '2024-11-03' }],
  };
}

// What a mutation puts where a value was: wrong types, the edges of numbers, junk text,
// objects that are not plain data, broken text (a lone surrogate), things too long.
const JUNK = [
  () => null,
  () => undefined,
  () => 0,
  () => -1,
  () => NaN,
  () => Infinity,
  () => 1e308,
  () => 2 ** 53 + 1,
  () => true,
  () => '',
  () => ' ',
  () => '\ud800',
  () => 'a\udc00b',
  () => 'x'.repeat(3000),
  () => '\u0001'.repeat(300),
  () => 'javascript:alert(1)',
  () => 'https://a.example\\b',
  () => 'asia/seoul',
  () => '+09:00',
  () => 'KO',
  () => '2024-02-30',
  () => '2024-11-01T25:00',
  () => [],
  () => ({}),
  () => [null, , 'x'], // eslint-disable-line no-sparse-arrays
  () => ({ polluted: 1 }),
  () => JSON.parse('{"__proto__": {"polluted": 1}}'),
  () => 10n,
  () => Symbol('x'),
  () => new Date(0),
  () => new Map([['a', 1]]),
  () => () => 1,
  () => Array.from({ length: 60 }, (_, i) => `tag-${i}`),
];
// Keys a mutation adds: the empty key, prototype names, keys that look like indexes or break paths.
const KEYS = [
  '',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'length',
  '0',
  '-1',
  '\u0000',
  '\ud800',
  'a.b',
  '["x"]',
  'k'.repeat(500),
  'nmae',
  'startDate',
];

/** Every object and list in a value, each once (a mutation may have made a cycle), for picking where to mutate. */
function containers(value, found = new Set()) {
  if (value !== null && typeof value === 'object' && !found.has(value)) {
    found.add(value);
    for (const key of Object.keys(value)) containers(value[key], found);
  }
  return found;
}

/** A copy of `forum` (plain JSON data) broken in one to four random ways (the copy may still be valid). */
export function mutateForum(forum, random) {
  let root = JSON.parse(JSON.stringify(forum));
  // Where to break it: chosen among the objects of the copy (those a mutation adds are left alone).
  const all = [...containers(root)];
  for (let n = 1 + random.int(4); n > 0; n--) {
    const target = random.pick(all);
    const keys = Object.keys(target);
    const key = keys.length > 0 ? random.pick(keys) : '0';
    try {
      mutate(target, key, all, random);
    } catch {
      // A list whose "constructor" a mutation replaced cannot splice: that mutation is skipped.
    }
    if (random.chance(0.02)) root = random.pick(JUNK)();
    if (root === null || typeof root !== 'object') break;
  }
  return root;
}

function mutate(target, key, all, random) {
  switch (random.int(7)) {
    case 0:
    case 1:
      target[key] = random.pick(JUNK)();
      break;
    case 2:
      if (Array.isArray(target)) target.splice(Number(key), 1);
      else delete target[key];
      break;
    case 3:
      // A hole in a list; elsewhere another object of the forum, shared or (an ancestor) circular.
      if (Array.isArray(target)) delete target[key];
      else target[key] = random.pick(all);
      break;
    case 4: {
      // Defined, not assigned: "__proto__" becomes an own key, as JSON.parse makes it.
      const weird = random.pick(KEYS);
      try {
        Object.defineProperty(target, weird, { value: random.pick(JUNK)(), enumerable: true, writable: true, configurable: true });
      } catch {
        // A list's "length" takes only a number: the key stays out.
      }
      break;
    }
    case 5: {
      const text = target[key];
      // Cut inside an astral character: a lone surrogate where the text ended.
      if (typeof text === 'string') target[key] = `${text}😀`.slice(0, text.length + 1);
      else target[key] = random.pick(JUNK)();
      break;
    }
    default:
      if (typeof target[key] === 'string') target[key] = target[key].toUpperCase();
      else target[key] = String(target[key]);
  }
}
