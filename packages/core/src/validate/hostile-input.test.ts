import { afterEach, describe, expect, it } from 'vitest';
import { smallForum } from '../../test/fixtures/small-forum.js';
import { SESSION_KINDS } from '../model/vocabularies.js';
import { formatIssue } from './format-issue.js';
import { validateForum } from './validate-forum.js';

/** Validates and insists on the contract: no exception, a result, and only short messages. */
function check(input: unknown): string[] {
  let result: ReturnType<typeof validateForum> | undefined;
  expect(() => (result = validateForum(input))).not.toThrow();
  const issues = (result!.ok ? [] : result!.issues).map(formatIssue);
  expect(Math.max(0, ...issues.map((issue) => issue.length))).toBeLessThan(300);
  return issues;
}

const TEN_MB = 'x'.repeat(10 * 1024 * 1024);
const smallForumKinds = SESSION_KINDS.join(', ');

afterEach(() => {
  expect(Object.prototype).not.toHaveProperty('polluted');
  expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
});

describe('validateForum never throws', () => {
  it.each([
    ['null', null, 'must be a forum (an object), got null'],
    ['undefined', undefined, 'must be a forum (an object), got undefined'],
    ['a number', 42, 'must be a forum (an object), got 42'],
    ['NaN', NaN, 'must be a forum (an object), got NaN'],
    ['a string', '{"id":"forum"}', 'must be a forum (an object), got "{\\"id\\":\\"forum\\"}"'],
    ['a boolean', true, 'must be a forum (an object), got true'],
    ['an array', [smallForum()], 'must be a forum (an object), got a list'],
    ['a function', () => smallForum(), 'must be a forum (an object), got a function'],
    ['a symbol', Symbol('forum'), 'must be a forum (an object), got a symbol'],
    ['a BigInt', 10n, 'must be a forum (an object), got 10n (a BigInt)'],
    ['a Date', new Date(0), 'must be a forum (an object), got a Date object'],
    ['a Map', new Map(Object.entries(smallForum())), 'must be a forum (an object), got a Map object'],
    ['a Promise', Promise.resolve(smallForum()), 'must be a forum (an object), got a Promise object'],
  ])('rejects %s as a whole', (_, input, message) => {
    expect(check(input)).toEqual([message]);
  });

  it('reports a forum that contains itself once, where the cycle closes', () => {
    const venueLoop = smallForum();
    venueLoop.venue = venueLoop;
    expect(check(venueLoop)).toEqual(['venue: refers back to the forum itself, which contains it (a circular reference)']);

    const sessionLoop = smallForum();
    sessionLoop.sessions.push(sessionLoop);
    expect(check(sessionLoop)).toEqual(['sessions[6]: refers back to the forum itself, which contains it (a circular reference)']);

    const participantLoop = smallForum();
    participantLoop.sessions[5].participants.push(participantLoop.sessions[5]);
    expect(check(participantLoop)).toEqual(['sessions[5].participants[4]: refers back to sessions[5], which contains it (a circular reference)']);
  });

  it('accepts the same object used twice (shared, not circular)', () => {
    const forum = smallForum();
    forum.organizations[1].name = forum.organizations[0].name;
    expect(check(forum)).toEqual([]);
  });

  it('shows only an excerpt of a huge string', () => {
    expect(check({ ...smallForum(), name: TEN_MB })).toEqual(['name: must be at most 2000 characters (it has 10485760)']);
    expect(check({ ...smallForum(), url: TEN_MB })).toEqual(['url: must be at most 2048 characters (it has 10485760)']);
    expect(check({ ...smallForum(), start: TEN_MB })).toEqual([
      `start: must be a date (2024-10-28) or a local date-time (2024-10-28T09:30), got "${'x'.repeat(40)}…" (10485760 characters)`,
    ]);
    expect(check({ ...smallForum(), timeZone: TEN_MB })).toEqual([
      `timeZone: must be an IANA time zone such as "Asia/Seoul", got "${'x'.repeat(40)}…" (10485760 characters)`,
    ]);
    const hugeKey = check({ ...smallForum(), name: { [TEN_MB]: 'Forum' } });
    expect(hugeKey).toEqual([`name[${JSON.stringify(`${'x'.repeat(60)}…`)}]: must be a BCP 47 language tag such as "ko", "en" or "zh-Hant"`]);
  });

  // The timeout only guards against a hang on a loaded machine; it takes a second or two.
  // The list limit itself (100 000 items) is timed by bench/fuzz.bench.mjs, not here.
  it('reports every item of 10 000 sessions of junk, in order', () => {
    const junk = [42, null, 'talk', { kind: 'talk', junk: true }, [], true];
    const issues = check({ ...smallForum(), sessions: Array.from({ length: 10_000 }, (_, i) => junk[i % junk.length]) });
    expect(issues.slice(0, 7)).toEqual([
      'sessions[0]: must be a session (an object), got 42',
      'sessions[1]: must be a session (an object), got null',
      'sessions[2]: must be a session (an object), got "talk"',
      'sessions[3].id: is required',
      'sessions[3].junk: is not a known field of a session',
      'sessions[4]: must be a session (an object), got a list',
      'sessions[5]: must be a session (an object), got true',
    ]);
    // One issue per item, two for each of the 1 667 objects; then the quote and the photo
    // that named the "keynote" session, which the junk replaced.
    expect(issues).toHaveLength(10_000 + 1_667 + 2);
    expect(issues.slice(-3)).toEqual([
      'sessions[9999].junk: is not a known field of a session',
      'quotes[0].session: no session with id "keynote"',
      'photos[0].depicts[0]: no person or organisation or session with id "keynote"',
    ]);
  });

  it('refuses a list too long to be a forum list without reading it', () => {
    const sessions: unknown[] = [];
    sessions.length = 2 ** 32 - 1;
    expect(check({ ...smallForum(), sessions })).toEqual(['sessions: has 4294967295 entries, more than any list may hold (100000)']);
  });

  it('ignores junk nested far deeper than any forum field', () => {
    let deep: Record<string, unknown> = {};
    const extra = deep;
    for (let i = 0; i < 100_000; i++) deep = deep.next = {};
    expect(check({ ...smallForum(), extra })).toEqual(['extra: is not a known field of a forum']);
  });
});

describe('prototype keys', () => {
  it('refuses "__proto__" in a language map and at the top level, without polluting anything', () => {
    const name = JSON.parse('{"ko": "포럼", "__proto__": {"polluted": 1}}');
    expect(check({ ...smallForum(), name })).toEqual(['name.__proto__: is not allowed: "__proto__" is a reserved name']);

    const top = JSON.parse(JSON.stringify(smallForum()).replace(/^\{/, '{"__proto__": {"polluted": 1},'));
    expect(Object.hasOwn(top, '__proto__')).toBe(true);
    expect(check(top)).toEqual(['__proto__: is not allowed: "__proto__" is a reserved name']);
  });

  it('refuses "constructor" and "prototype" keys too', () => {
    const input = JSON.parse(JSON.stringify({ ...smallForum(), constructor: { prototype: { polluted: 1 } } }));
    input.venue.name = JSON.parse('{"ko": "코엑스", "prototype": "x", "constructor": "y"}');
    expect(check(input)).toEqual([
      'venue.name.prototype: is not allowed: "prototype" is a reserved name',
      'venue.name.constructor: is not allowed: "constructor" is a reserved name',
      'constructor: is not allowed: "constructor" is a reserved name',
    ]);
    expect(({} as Record<string, unknown>).constructor).toBe(Object);
  });

  it('returns a forum made of ordinary objects holding only known keys', () => {
    const result = validateForum(JSON.parse(JSON.stringify(smallForum())));
    expect(result.ok).toBe(true);
    const walk = (value: unknown): void => {
      if (value === null || typeof value !== 'object') return;
      expect(Object.getPrototypeOf(value)).toBe(Array.isArray(value) ? Array.prototype : Object.prototype);
      for (const key of Object.keys(value)) {
        expect(['__proto__', 'constructor', 'prototype']).not.toContain(key);
        walk((value as Record<string, unknown>)[key]);
      }
    };
    walk(result.ok && result.forum);
  });

  it('does not read fields a forum inherits instead of owning', () => {
    const inherited = Object.create(smallForum());
    expect(check(inherited)).toEqual([
      'id: is required',
      'name: is required',
      'start: is required',
      'timeZone: is required',
      'languages: is required',
      'sessions: is required',
      'venue: is required (or an onlineUrl for an online forum)',
    ]);
  });
});

describe('values that throw when read', () => {
  it('reports a throwing getter at its path and still reports the rest', () => {
    const forum = smallForum();
    Object.defineProperty(forum.sessions[2], 'title', {
      enumerable: true,
      get: () => {
        throw new Error('title is gone');
      },
    });
    forum.colour = 'blue';
    expect(check(forum)).toEqual(['sessions[2].title: could not be read: title is gone', 'colour: is not a known field of a forum']);
  });

  it('reports a proxy whose traps throw', () => {
    const forum = smallForum();
    forum.venue = new Proxy(forum.venue, {
      get: () => {
        throw new TypeError('no access');
      },
    });
    forum.sessions[0] = new Proxy(forum.sessions[0], {
      ownKeys: () => {
        throw new Error('no keys');
      },
    });
    expect(check(forum)).toEqual([
      'venue.name: could not be read: no access',
      'venue.address: could not be read: no access',
      'venue.url: could not be read: no access',
      'sessions[0]: could not be read: no keys',
    ]);
  });

  it('reports a revoked proxy, even as the whole input', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(check(proxy)).toEqual([expect.stringMatching(/^could not be read: .*revoked/)]);
    expect(check({ ...smallForum(), venue: proxy })).toEqual([expect.stringMatching(/^venue: could not be read: .*revoked/)]);
  });

  it('survives a thrown value that is itself hostile', () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('again');
        },
        getPrototypeOf: () => {
          throw new Error('again');
        },
      },
    );
    const forum = smallForum();
    Object.defineProperty(forum, 'name', {
      enumerable: true,
      get: () => {
        throw hostile;
      },
    });
    expect(check(forum)).toEqual(['name: could not be read: an error that cannot be shown']);
  });
});

describe('keys that look like markers', () => {
  it('reports every problem beside a top-level "" key', () => {
    expect(check({ ...smallForum(), '': 1, id: 'not an id!', timeZone: 'Mars/Olympus' })).toEqual([
      'id: must be an id: letters, digits, ".", "_" or "-", starting with a letter or digit, at most 100 characters, got "not an id!"',
      'timeZone: must be an IANA time zone such as "Asia/Seoul", got "Mars/Olympus"',
      '[""]: is not a known field of a forum',
    ]);
  });

  it('hides only what lies beneath a "" key that is itself reported', () => {
    const forum = smallForum();
    forum.venue[''] = { junk: true };
    forum.sessions[0].kind = 'lecture';
    expect(check(forum)).toEqual(['venue[""]: is not a known field of a venue', `sessions[0].kind: must be one of: ${smallForumKinds}, got "lecture"`]);
  });
});

describe('holes in lists', () => {
  it('reports a missing entry as missing, not as a value that is undefined', () => {
    const languages: string[] = ['ko', 'en'];
    languages.length = 4;
    languages[3] = 'ja';
    expect(check({ ...smallForum(), languages })).toEqual(['languages[2]: is missing: the list has a hole here, as in [a, , b]']);
  });

  it('still reports an entry written as undefined as one', () => {
    expect(check({ ...smallForum(), languages: ['ko', undefined] })).toEqual(['languages[1]: must be a language tag (a string), got undefined']);
  });

  it('reports each hole of a sparse list of sessions once', () => {
    const sessions = smallForum().sessions;
    delete sessions[1];
    delete sessions[3];
    expect(check({ ...smallForum(), sessions })).toEqual([
      'sessions[1]: is missing: the list has a hole here, as in [a, , b]',
      'sessions[3]: is missing: the list has a hole here, as in [a, , b]',
    ]);
  });
});

describe('messages stay short, however long the value', () => {
  it('shows a value of control characters by its start, as written in JSON', () => {
    const forum = smallForum();
    forum.sessions[0].kind = '\u0001'.repeat(100);
    const [kind] = check(forum);
    expect(kind!.length).toBeLessThan(300);
    expect(kind).toMatch(/^sessions\[0\]\.kind: must be one of: opening-remarks, welcome-address, /);
    expect(kind!.endsWith(`, got "${'\\u0001'.repeat(6)}…" (100 characters)`)).toBe(true);
  });

  it('names a few of many languages and counts the rest', () => {
    const forum = smallForum();
    const tags = ['ko', 'en', 'ja', 'zh', 'fr', 'es', 'it', 'pt', 'ru', 'ar', 'hi', 'th', 'vi', 'id', 'ms', 'tr', 'pl', 'nl', 'sv', 'da', 'fi'];
    forum.quotes[0] = { ...forum.quotes[0], language: 'de', text: Object.fromEntries([...tags, ...tags.map((tag) => `${tag}-CA`)].map((tag) => [tag, 'x'])) };
    expect(check(forum)).toEqual(['quotes[0].text: has no "de" text, the language the quote was said in (it has ko, en, ja, zh, fr and 37 more)']);
  });

  it('shortens a long scheme in a URL message', () => {
    expect(check({ ...smallForum(), url: `${'a'.repeat(2000)}:x` })).toEqual([
      `url: must be an http(s) URL or a relative URL, got "${'a'.repeat(40)}…" (2002 characters)`,
    ]);
  });

  it('cuts the middle of a message that is still too long, keeping what it got and what was meant', () => {
    const forum = smallForum();
    forum.sessions[5].kind = 'CONGRATULATORY-ADDRESS';
    const [issue] = check(forum);
    expect(issue).toHaveLength(299);
    expect(issue).toMatch(/^sessions\[5\]\.kind: must be one of: opening-remarks, .*…/);
    expect(issue).toMatch(/got "CONGRATULATORY-ADDRESS" \(did you mean "congratulatory-address"\?\)$/);
  });

  it('keeps a path through long keys within the limit', () => {
    const key = 'k'.repeat(100);
    const deep: Record<string, unknown> = {};
    let node = deep;
    for (let i = 0; i < 10; i++) node = node[`${key}${i}`] = {};
    Object.defineProperty(node, 'x', {
      enumerable: true,
      get: () => {
        throw new Error('gone');
      },
    });
    const forum = smallForum();
    forum.name = { ko: deep };
    expect(check(forum)).toEqual([
      'name.ko: must be text, got an object',
      // Ten keys of 100 characters: the path keeps its start and its end, and what went wrong.
      expect.stringMatching(/^name\.ko\["k{60}…"\]\["k+…k+…"\]\["k{60}…"\]\.x: could not be read: gone$/),
    ]);
  });
});
