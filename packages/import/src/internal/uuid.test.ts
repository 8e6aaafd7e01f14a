import { describe, expect, it } from 'vitest';
import { sha1, uuidV5 } from './uuid.js';

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('uuidV5', () => {
  it('computes SHA-1 as FIPS 180-4 gives it', () => {
    expect(hex(sha1(utf8('')))).toBe('da39a3ee5e6b4b0d3255bfef95601890afd80709');
    expect(hex(sha1(utf8('abc')))).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
    expect(hex(sha1(utf8('a'.repeat(1000))))).toBe('291e9a6c66994949b57ba5e650361e98fc36b1ba');
  });

  it('gives the name-based UUID other tools give for the same URL (Python uuid.uuid5(NAMESPACE_URL, …))', () => {
    expect(uuidV5('https://forum.example.org/#session-keynote')).toBe('d7772329-0031-5e62-ae91-3d63a8bc9895');
    expect(uuidV5('https://forum.example.org/#session-한국')).toBe('9fb01cda-cd4f-5e70-a2ed-82e050439425');
  });
});
