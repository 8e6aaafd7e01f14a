import { describe, expect, it } from 'vitest';
import { validatedInput } from './repair.js';

describe('validatedInput', () => {
  it('leaves out what does not validate, entry by entry, and says what', () => {
    const warnings: string[] = [];
    const data = {
      id: 'f',
      name: 'F',
      start: '2026-01-01',
      timeZone: 'UTC',
      languages: ['en', 'en'],
      venue: { name: 'V' },
      people: [{ id: 'p', name: 'P', url: 'javascript:alert(1)' }],
      sessions: [
        { id: 's1', kind: 'talk', links: [{ kind: 'slides', url: 'javascript:x' }], participants: [{ person: 'nobody', role: 'speaker' }] },
        { id: 's2', kind: 'no-such-kind' },
      ],
    };
    const { forum } = validatedInput(data, (m) => warnings.push(m));
    expect(forum.sessions.map((s) => s.id)).toEqual(['s1']);
    expect(forum.sessions[0]).toEqual({ id: 's1', kind: 'talk', links: [], participants: [] });
    expect(forum.languages).toEqual(['en']);
    expect(forum.people).toEqual([{ id: 'p', name: 'P' }]);
    expect(warnings).toHaveLength(5);
    expect(warnings).toContainEqual(expect.stringMatching(/^left out sessions\[0\]\.participants\[0\]\.person: no person with id "nobody"/));
  });

  it('throws when what is wrong is the forum itself', () => {
    expect(() =>
      validatedInput({ id: 'f', name: 'F', start: 'soon', timeZone: 'UTC', languages: ['en'], venue: { name: 'V' }, sessions: [] }, () => {}),
    ).toThrow(/does not validate/);
  });
});
