import { describe, expect, it } from 'vitest';
import { readXml, XmlSyntaxError } from './xml-reader.js';

const failure = (xml: string) => {
  try {
    readXml(xml);
  } catch (error) {
    if (error instanceof XmlSyntaxError) return `${error.line}:${error.column} ${error.reason}`;
    throw error;
  }
  throw new Error('expected an XmlSyntaxError');
};

describe('readXml', () => {
  it('reads elements, attributes in either quotes, text, CDATA and references; skips comments and processing instructions', () => {
    const root = readXml(
      `\uFEFF<?xml version="1.0"?>\n<?xml-stylesheet href="a.xsl"?>\n<!-- c -->\n<a x="1 &amp; 2" y='say "hi"' z="tab\there\nline">\n  <b/>t<![CDATA[<i>&amp;</i>]]>&#65;&#x42;<!-- c --><?pi x?>\n  <b>two</b>\n</a>\n`,
    );
    expect(root.name).toBe('a');
    expect({ ...root.attributes }).toEqual({ x: '1 & 2', y: 'say "hi"', z: 'tab here line' });
    expect(root.children.map((c) => [c.name, c.text, c.line])).toEqual([
      ['b', '', 6],
      ['b', 'two', 7],
    ]);
    expect(root.text).toBe('\n  t<i>&amp;</i>AB\n  \n');
    expect(root.line).toBe(4);
  });

  it('keeps an attribute named __proto__ as data', () => {
    const root = readXml('<a __proto__="x" name="n"/>');
    expect(Object.keys(root.attributes)).toEqual(['__proto__', 'name']);
    expect(Object.getPrototypeOf(root.attributes)).toBe(Object.prototype);
  });

  it.each([
    ['<a><b></a>', '1:7 </a> found where </b> (opened on line 1) was expected'],
    ['<a x="1" x="2"/>', '1:13 the attribute x is given twice'],
    ['<a x=1/>', '1:6 the value of x must be in quotes'],
    ['<a x="<"/>', '1:7 "<" is not allowed in the value of x'],
    ['<a>&#0;</a>', '1:4 &#0; is not a character XML allows'],
    ['<a>&#xD800;</a>', '1:4 &#xD800; is not a character XML allows'],
    ['<a>\u0001</a>', '1:4 the character U+0001 is not allowed in XML'],
    ['<a><!-- a -- b --></a>', '1:19 "--" is not allowed inside a comment'],
    ['<a><!-- open', '1:8 the text ends inside a comment'],
    ['<a><![CDATA[open', '1:13 the text ends inside a CDATA section'],
    [' <?xml version="1.0"?><a/>', '1:2 the XML declaration must come first'],
    ['<a/><b/>', '1:5 a second root element (a document has one)'],
    ['<a>\n<b x="1"y="2"/></a>', '2:9 space or ">" expected in <b>'],
    ['<!ENTITY x "y"><a/>', '1:1 unknown markup "<!"'],
  ])('refuses %j: %s', (xml, expected) => {
    expect(failure(xml)).toBe(expected);
  });
});
