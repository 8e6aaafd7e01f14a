import { describe, expect, it } from 'vitest';
import { smallForum } from '../../test/fixtures/small-forum.js';
import type { Forum } from '../model/types.js';
import { validateForum } from '../validate/validate-forum.js';
import { presentForum } from './presentation.js';

function forum(): Forum {
  const result = validateForum(smallForum());
  if (!result.ok) throw new Error(result.issues.map((issue) => issue.message).join('\n'));
  return result.forum;
}

describe('url', () => {
  it('leaves a relative URL as written when the data is the page’s own: the browser resolves it against the page', () => {
    const present = presentForum(forum());
    expect(present.url('photos/a.jpg')).toBe('photos/a.jpg');
    expect(present.url('/register')).toBe('/register');
    expect(present.url('https://cdn.example/a.jpg')).toBe('https://cdn.example/a.jpg');
  });

  it('resolves a relative URL against the forum file it came from', () => {
    const present = presentForum(forum(), { dataUrl: 'https://data.example/forums/x.json' });
    expect(present.url('photos/a.jpg')).toBe('https://data.example/forums/photos/a.jpg');
    expect(present.url('../people/kim.png')).toBe('https://data.example/people/kim.png');
    expect(present.url('/register')).toBe('https://data.example/register');
    expect(present.url('//cdn.example/a.jpg')).toBe('https://cdn.example/a.jpg');
    expect(present.url('https://other.example/a')).toBe('https://other.example/a');
  });

  it('never gives a URL of another scheme, whatever the base', () => {
    const present = presentForum(forum(), { dataUrl: 'https://data.example/forums/x.json' });
    expect(present.url('javascript:alert(1)')).toBeUndefined();
    expect(present.url('data:image/png;base64,AAAA')).toBeUndefined();
    expect(presentForum(forum()).url(' javascript:alert(1)')).toBeUndefined();
    expect(presentForum(forum()).url(undefined)).toBeUndefined();
  });

  it('with allowed origins, gives only URLs on them or on the forum file’s own origin', () => {
    const present = presentForum(forum(), { dataUrl: 'https://data.example/forums/x.json', allowedOrigins: ['https://cdn.example', 'https://example.org/'] });
    expect(present.url('https://cdn.example/a.jpg')).toBe('https://cdn.example/a.jpg');
    expect(present.url('https://example.org/people/kim')).toBe('https://example.org/people/kim');
    expect(present.url('photos/a.jpg')).toBe('https://data.example/forums/photos/a.jpg');
    expect(present.url('https://data.example/other.png')).toBe('https://data.example/other.png');
    expect(present.url('https://tracker.example/pixel.gif')).toBeUndefined();
    // Another scheme or port is another origin.
    expect(present.url('http://cdn.example/a.jpg')).toBeUndefined();
    expect(present.url('https://cdn.example:8443/a.jpg')).toBeUndefined();
    // A relative URL can still leave the file's origin.
    expect(present.url('//tracker.example/pixel.gif')).toBeUndefined();
    expect(present.url('///tracker.example/pixel.gif')).toBeUndefined();
  });

  it('with allowed origins and the page’s own data, keeps relative URLs and checks where the others lead', () => {
    const present = presentForum(forum(), { allowedOrigins: ['https://cdn.example'] });
    expect(present.url('photos/a.jpg')).toBe('photos/a.jpg');
    expect(present.url('https://cdn.example/a.jpg')).toBe('https://cdn.example/a.jpg');
    expect(present.url('https://tracker.example/pixel.gif')).toBeUndefined();
    expect(present.url('//tracker.example/pixel.gif')).toBeUndefined();
  });

  it('with an empty list, allows only the forum file’s own origin; entries that are not http(s) origins allow nothing', () => {
    expect(presentForum(forum(), { allowedOrigins: [] }).url('https://cdn.example/a.jpg')).toBeUndefined();
    expect(presentForum(forum(), { allowedOrigins: [] }).url('photos/a.jpg')).toBe('photos/a.jpg');
    const loose = presentForum(forum(), { allowedOrigins: ['cdn.example', '*', 'javascript:alert(1)'] });
    expect(loose.url('https://cdn.example/a.jpg')).toBeUndefined();
  });

  it('is a presentation of its own per set of rules', () => {
    const f = forum();
    const open = presentForum(f);
    const strict = presentForum(f, { allowedOrigins: ['https://cdn.example'] });
    expect(open.url('https://tracker.example/a')).toBe('https://tracker.example/a');
    expect(strict.url('https://tracker.example/a')).toBeUndefined();
    expect(presentForum(f, { allowedOrigins: ['https://cdn.example/'] })).toBe(strict);
  });
});
