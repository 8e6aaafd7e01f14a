import { describe, expect, it } from 'vitest';
import { validated } from '../../test/fixtures/validated.js';
import { seoulForum } from '../../test/fixtures/seoul-forum.js';
import { jsonLdScript, serializeJsonLd } from './script.js';
import { toJsonLd } from './to-json-ld.js';

const HOSTILE = [
  '</script><script>alert(1)</script>',
  '<!--',
  '<!-- </script',
  'Tom & Jerry',
  'line\u2028separator',
  'para\u2029separator',
  ']]>',
  '</SCRIPT >',
];

function hostileGraph() {
  const forum = validated({
    ...seoulForum,
    name: { ko: HOSTILE[0]!, en: HOSTILE.join(' ') },
    description: HOSTILE.join('\n'),
    people: seoulForum.people.map((person, i) => ({ ...person, name: HOSTILE[i % HOSTILE.length]! })),
  });
  return toJsonLd(forum, { baseUrl: 'https://quantum.example.org/2024/?a=1&b=<2>' });
}

const content = (script: string) => {
  const match = /^<script type="application\/ld\+json">([\s\S]*)<\/script>$/.exec(script);
  if (!match) throw new Error(`not a single script element: ${script.slice(0, 80)}`);
  return match[1]!;
};

describe('jsonLdScript', () => {
  const doc = hostileGraph();
  const script = jsonLdScript(doc);
  const inside = content(script);

  it('is one script element whose content has no <, > or &', () => {
    expect(inside).not.toMatch(/[<>&]/);
    expect(script.match(/<\/script/gi)).toHaveLength(1);
    expect(script.indexOf('</script>')).toBe(script.length - '</script>'.length);
  });

  it('escapes U+2028 and U+2029 (line breaks to old JavaScript parsers)', () => {
    expect(inside).not.toMatch(/[\u2028\u2029]/);
    expect(inside).toContain('\\u2028');
    expect(inside).toContain('\\u2029');
  });

  it('gives the document back unchanged through JSON.parse', () => {
    expect(JSON.parse(inside)).toStrictEqual(doc);
    expect(JSON.parse(serializeJsonLd(doc))).toStrictEqual(doc);
    expect((JSON.parse(inside) as typeof doc)['@graph'][0]).toMatchObject({ name: HOSTILE[0] });
  });

  it('uses JSON unicode escapes for exactly the unsafe characters', () => {
    expect(serializeJsonLd({ a: '<>&\u2028\u2029é한' })).toBe('{"a":"\\u003c\\u003e\\u0026\\u2028\\u2029é한"}');
  });
});
