import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject } from 'ajv';
import { describe, expect, it } from 'vitest';
import { forumJsonSchema } from '../scripts/forum-json-schema.mjs';
import { definitionHelp, forumFieldHelp } from '../scripts/json-schema-help.mjs';
import { forumSchemaDefinitions } from '../src/model/schema/definitions.js';
import { forumSchema } from '../src/model/schema/forum.js';
import { isSafeUrl, SAFE_URL } from '../src/model/url.js';
import { validateForum } from '../src/validate/validate-forum.js';
import { formatPath } from '../src/validate/issue.js';
import { seoulForum } from './fixtures/seoul-forum.js';
import { smallForum } from './fixtures/small-forum.js';
import { testForums } from './fixtures/forums/index.js';

// The schema editors get (forum.schema.json is this, written at build time from dist).
const schema = forumJsonSchema({ forumSchema, forumSchemaDefinitions });
const ajv = new Ajv({ allErrors: true, strict: true });
const editorAccepts = ajv.compile(schema);

/** Where ajv's errors point, written the way validateForum writes paths. */
function editorPaths(input: unknown): string[] {
  if (editorAccepts(input)) return [];
  return (editorAccepts.errors ?? []).map((error: ErrorObject) => {
    const segments: Array<string | number> = error.instancePath
      .split('/')
      .slice(1)
      .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
      .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
    const field = error.params.missingProperty ?? error.params.additionalProperty ?? error.params.propertyName;
    return formatPath(typeof field === 'string' ? [...segments, field] : segments);
  });
}

function validatorPaths(input: unknown): string[] {
  const result = validateForum(input);
  return result.ok ? [] : result.issues.map((issue) => issue.path);
}

describe('forum.schema.json', () => {
  it('compiles under ajv strict mode', () => {
    expect(editorAccepts).toBeTypeOf('function');
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
  });

  it('names the repeated pieces once and refers to them', () => {
    expect(Object.keys(schema.definitions)).toEqual(Object.keys(forumSchemaDefinitions));
    expect(schema.properties.name).toMatchObject({ $ref: '#/definitions/LocalizedName' });
    expect(schema.properties.sessions.items).toEqual({ $ref: '#/definitions/Session' });
    expect(schema.definitions.Session.properties.participants.items).toEqual({ $ref: '#/definitions/Participant' });
    expect(schema.definitions.Person.properties.id).toEqual({ $ref: '#/definitions/Id' });
    expect(JSON.stringify(schema)).not.toContain('$defs');
  });

  it('describes every definition and the main forum fields, for editors', () => {
    for (const [name, definition] of Object.entries<{ description?: string }>(schema.definitions)) {
      expect(definition.description, name).toMatch(/\S/);
    }
    expect(Object.keys(definitionHelp).filter((name) => !(name in schema.definitions))).toEqual([]);
    expect(Object.keys(forumFieldHelp).filter((field) => !(field in schema.properties))).toEqual([]);
    expect(schema.properties.languages.description).toBe("The forum's languages, its default language first.");
  });

  it('accepts the forums validateForum accepts', () => {
    for (const forum of [smallForum(), seoulForum]) {
      expect(validatorPaths(forum)).toEqual([]);
      expect(editorPaths(forum)).toEqual([]);
    }
  });
});

describe('forum.schema.json and validateForum agree on typical mistakes', () => {
  type Forum = ReturnType<typeof smallForum>;
  const mistakes: Array<[string, (forum: Forum) => void, string]> = [
    ['an unknown session kind', (f) => (f.sessions[2].kind = 'lecture'), 'sessions[2].kind'],
    ['an unknown participant role', (f) => (f.sessions[5].participants[0].role = 'respondent'), 'sessions[5].participants[0].role'],
    ['a missing name', (f) => delete f.name, 'name'],
    ['a missing session id', (f) => delete f.sessions[1].id, 'sessions[1].id'],
    ['an unknown forum field', (f) => (f.colour = 'blue'), 'colour'],
    ['an unknown session field', (f) => (f.sessions[0].speakers = ['lee-junho']), 'sessions[0].speakers'],
    ['a number for a name', (f) => (f.name = 5), 'name'],
    ['an empty name', (f) => (f.name = ''), 'name'],
    ['a language map with a key that is no language tag', (f) => (f.name = { 'zz zz': 'Forum' }), 'name["zz zz"]'],
    ['a date in another format', (f) => (f.start = '28/10/2024'), 'start'],
    ['a UTC date-time', (f) => (f.sessions[0].start = '2024-10-28T00:00:00Z'), 'sessions[0].start'],
    ['a free-text room', (f) => (f.sessions[4].room = 'Hall A'), 'sessions[4].room'],
    ['a track colour that is not #rgb or #rrggbb', (f) => (f.tracks = [{ id: 't', name: 'T', color: 'red' }]), 'tracks[0].color'],
    ['an id with spaces', (f) => (f.coverage[0].id = 'Article 1'), 'coverage[0].id'],
    ['a javascript: URL', (f) => (f.url = 'javascript:alert(1)'), 'url'],
    ['a JAVASCRIPT: URL with a space before it', (f) => (f.url = ' JAVASCRIPT:alert(1)'), 'url'],
    ['a java\\tscript: URL', (f) => (f.photos[0].url = 'java\tscript:alert(1)'), 'photos[0].url'],
    ['a data: URL', (f) => (f.venue.url = 'data:text/html,hi'), 'venue.url'],
    ['a mailto: URL', (f) => (f.people[1].sameAs = ['mailto:lee@example.org']), 'people[1].sameAs[0]'],
    ['a negative price', (f) => (f.offers[0].price = -1), 'offers[0].price'],
    ['no languages', (f) => (f.languages = []), 'languages'],
    ['a country name for a country code', (f) => (f.venue.address.country = 'Korea'), 'venue.address.country'],
  ];

  it.each(mistakes)('both reject %s, at the same path', (_, change, path) => {
    const forum = smallForum();
    change(forum);
    expect(validatorPaths(forum)).toEqual([path]);
    expect(editorPaths(forum)).toContain(path);
  });

  it.each(['https://example.org/', 'HTTP://EXAMPLE.ORG', 'photos/venue.jpg', '/about', '//cdn.example.org/a.png', '?page=2', '#top'])(
    'both accept the URL %j',
    (url) => {
      const forum = { ...smallForum(), url };
      expect(validatorPaths(forum)).toEqual([]);
      expect(editorPaths(forum)).toEqual([]);
    },
  );

  // JSON Schema cannot say these; the editor stays quiet and validateForum reports them.
  it.each<[string, (forum: Forum) => void]>([
    ['a day that does not exist', (f) => (f.start = '2024-02-30')],
    ['a time zone the platform does not know', (f) => (f.timeZone = 'Mars/Olympus_Mons')],
    ['a reference to a person who is not listed', (f) => (f.sessions[5].participants[2].person = 'hong-jinki')],
    ['an end before the start', (f) => (f.end = '2024-10-27')],
    ['a rescheduled session without its previous start', (f) => (f.sessions[2].status = 'rescheduled')],
  ])('leaves %s to validateForum', (_, change) => {
    const forum = smallForum();
    change(forum);
    expect(editorPaths(forum)).toEqual([]);
    expect(validatorPaths(forum)).toHaveLength(1);
  });
});

describe('forum.schema.json on forums unlike the Seoul one', () => {
  it.each(testForums.map(({ name, data }) => [name, data] as const))('accepts %s, as validateForum does', (_, data) => {
    expect(validatorPaths(structuredClone(data))).toEqual([]);
    expect(editorPaths(structuredClone(data))).toEqual([]);
  });
});

describe('the URL rule', () => {
  // The Url definition editors get, and isSafeUrl, which the elements and importers use.
  const urlAccepted = ajv.compile({ $ref: '#/definitions/Url', definitions: schema.definitions });
  const urls = [
    'https://example.org/',
    'HTTP://EXAMPLE.ORG',
    'http:example.org',
    'photos/venue.jpg',
    '/about',
    '//cdn.example.org/a.png',
    '?page=2',
    '#top',
    '../index.html',
    'a:b',
    '1a:b',
    'photos/a:b.jpg',
    'https://example.org/</script><!--',
    'https://예시.kr/서울',
    'https://example.org/😀',
    'https://example.org\\evil.example/',
    'https:\\\\evil.example',
    '\\\\evil.example/a',
    '/a\\b',
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000https://example.org',
    'data:text/html,hi',
    'mailto:a@example.org',
    'ftp://example.org/',
    'https://example.org/a b',
    ' https://example.org/',
    'https://example.org/ ',
    '\u00a0https://example.org/',
    'https://example.org/\u00a0',
    'https://example.org/\u2028',
    'https://example.org/\u3000x',
    'https://example.org/\ufeff',
    'https://example.org/\u007f',
    'https://example.org/\u0085',
    'https://example.org/%5C',
  ];

  it.each(urls)('is the same in isSafeUrl and the JSON Schema for %j', (url) => {
    expect(urlAccepted(url)).toBe(isSafeUrl(url));
  });

  it('refuses what it should and takes what it should (the table is not all one answer)', () => {
    expect(urls.filter(isSafeUrl)).toEqual([
      'https://example.org/',
      'HTTP://EXAMPLE.ORG',
      'http:example.org',
      'photos/venue.jpg',
      '/about',
      '//cdn.example.org/a.png',
      '?page=2',
      '#top',
      '../index.html',
      '1a:b',
      'photos/a:b.jpg',
      'https://example.org/</script><!--',
      'https://예시.kr/서울',
      'https://example.org/😀',
      'https://example.org/\u0085',
      'https://example.org/%5C',
    ]);
  });

  it('is the pattern forum.schema.json publishes', () => {
    expect(schema.definitions.Url.pattern).toBe(SAFE_URL.source);
    const published = JSON.parse(readFileSync(new URL('../forum.schema.json', import.meta.url), 'utf8'));
    expect(published.definitions.Url).toEqual(schema.definitions.Url);
  });
});
