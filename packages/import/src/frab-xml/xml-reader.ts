// A small, strict XML reader for data files such as frab's schedule.xml: elements, attributes,
// text, CDATA, character references, comments and processing instructions. Document type
// declarations are refused, so no entity can expand and nothing is fetched. One pass, no
// recursion, no backtracking regular expressions: time and stack stay linear in the input.

/** An element as read: its attributes, its child elements, and its own text (text and CDATA, joined). */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  text: string;
  /** The line its start tag is on (from 1). */
  readonly line: number;
}

/** Thrown for text that is not well-formed XML, naming the line and column (from 1) where reading stopped. */
export class XmlSyntaxError extends Error {
  override readonly name = 'XmlSyntaxError';
  constructor(
    readonly reason: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`line ${line}, column ${column}: ${reason}`);
  }
}

const PREDEFINED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const NAME = /[A-Za-z_:\u00C0-\uFFFF][\w.:\u00B7\u00C0-\uFFFF-]*/y;
const SPACE = /[ \t\r\n]*/y;
// Characters XML 1.0 does not allow anywhere, not even as references.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** Reads a whole XML document into its root element; throws an `XmlSyntaxError` for anything that is not well-formed. */
export function readXml(input: string): XmlElement {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  let pos = 0;
  // Lines are counted forward as reading goes on, so finding a position's line stays linear.
  let counted = 0;
  let line = 1;
  const lineAt = (at: number) => {
    for (; counted < at; counted++) if (text.charCodeAt(counted) === 10) line++;
    return line;
  };
  const fail = (reason: string, at = pos): never => {
    const before = text.slice(0, at);
    const lines = before.split('\n');
    throw new XmlSyntaxError(reason, lines.length, lines.at(-1)!.length + 1);
  };
  const forbidden = FORBIDDEN.exec(text);
  if (forbidden) fail(`the character U+${forbidden[0].charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()} is not allowed in XML`, forbidden.index);

  const name = () => {
    NAME.lastIndex = pos;
    const found = NAME.exec(text);
    if (!found) fail(pos >= text.length ? 'the text ends inside a tag' : `a name was expected, not ${JSON.stringify(text[pos])}`);
    pos = NAME.lastIndex;
    return found![0];
  };
  const space = () => {
    SPACE.lastIndex = pos;
    SPACE.exec(text);
    const moved = SPACE.lastIndex > pos;
    pos = SPACE.lastIndex;
    return moved;
  };
  const upTo = (end: string, what: string) => {
    const at = text.indexOf(end, pos);
    if (at === -1) fail(`the text ends inside ${what}`);
    const body = text.slice(pos, at);
    pos = at + end.length;
    return body;
  };
  // Replaces the references in text that starts at `from`; a bare "&" or an unknown entity is an error.
  const decode = (raw: string, from: number) =>
    raw.includes('&')
      ? raw.replace(/&(#?[\w.:-]*)(;?)/g, (_, ref: string, semicolon: string, offset: number) => {
          const at = from + offset;
          if (ref === '' || semicolon === '') fail('"&" must start a reference such as &amp; (write "&amp;" for "&")', at);
          if (!ref.startsWith('#')) {
            if (!Object.hasOwn(PREDEFINED, ref)) fail(`unknown entity &${ref}; (XML knows only &amp; &lt; &gt; &quot; &apos; and numeric references)`, at);
            return PREDEFINED[ref]!;
          }
          const code = /^#x[0-9a-fA-F]{1,6}$/.test(ref) ? parseInt(ref.slice(2), 16) : /^#[0-9]{1,7}$/.test(ref) ? Number(ref.slice(1)) : -1;
          const char = code >= 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : undefined;
          if (char === undefined || FORBIDDEN.test(char)) fail(`&${ref}; is not a character XML allows`, at);
          return char!;
        })
      : raw;

  if (text.startsWith('<?xml') && /[\s?]/.test(text[5] ?? '')) upTo('?>', 'the XML declaration');
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  while (pos < text.length) {
    const lt = text.indexOf('<', pos);
    const end = lt === -1 ? text.length : lt;
    if (end > pos) {
      const raw = text.slice(pos, end);
      const top = stack.at(-1);
      if (top === undefined) {
        if (raw.trim() !== '') fail(root ? 'text after the root element' : 'text before the root element', pos + raw.search(/\S/));
      } else {
        if (raw.includes(']]>')) fail('"]]>" is not allowed in text', pos + raw.indexOf(']]>'));
        top.text += decode(raw, pos);
      }
      pos = end;
      continue;
    }
    if (text.startsWith('<!--', pos)) {
      pos += 4;
      if (upTo('-->', 'a comment').includes('--')) fail('"--" is not allowed inside a comment');
    } else if (text.startsWith('<![CDATA[', pos)) {
      const top = stack.at(-1) ?? fail('CDATA outside the root element');
      pos += 9;
      top.text += upTo(']]>', 'a CDATA section');
    } else if (text.startsWith('<!', pos)) {
      fail(/^<!DOCTYPE/i.test(text.slice(pos, pos + 9)) ? 'a DOCTYPE is not read (it could declare entities): remove it' : 'unknown markup "<!"');
    } else if (text.startsWith('<?', pos)) {
      pos += 2;
      if (name().toLowerCase() === 'xml') fail('the XML declaration must come first', lt);
      upTo('?>', 'a processing instruction');
    } else if (text.startsWith('</', pos)) {
      pos += 2;
      const closing = name();
      space();
      if (text[pos] !== '>') fail(`">" expected to end </${closing}>`);
      const open = stack.pop();
      if (open === undefined) fail(`</${closing}> closes no element`, lt);
      if (open!.name !== closing) fail(`</${closing}> found where </${open!.name}> (opened on line ${open!.line}) was expected`, lt);
      pos++;
    } else {
      if (root !== undefined && stack.length === 0) fail('a second root element (a document has one)');
      pos++;
      NAME.lastIndex = pos;
      if (!NAME.test(text)) fail('"<" must start a tag (write "&lt;" for "<" in text)', lt);
      const attributes: Record<string, string> = {};
      const element: XmlElement = { name: name(), attributes, children: [], text: '', line: lineAt(lt) };
      for (;;) {
        const spaced = space();
        if (text.startsWith('/>', pos) || text[pos] === '>') break;
        if (!spaced) fail(pos >= text.length ? `the text ends inside <${element.name}>` : `space or ">" expected in <${element.name}>`);
        const attribute = name();
        space();
        if (text[pos] !== '=') fail(`"=" expected after the attribute ${attribute}`);
        pos++;
        space();
        const quote = text[pos];
        if (quote !== '"' && quote !== "'") fail(`the value of ${attribute} must be in quotes`);
        pos++;
        const from = pos;
        const value = upTo(quote!, `the value of ${attribute}`);
        if (value.includes('<')) fail(`"<" is not allowed in the value of ${attribute}`, from + value.indexOf('<'));
        if (Object.hasOwn(attributes, attribute)) fail(`the attribute ${attribute} is given twice`, from);
        // Defined, not assigned: an attribute named "__proto__" is data like any other.
        Object.defineProperty(attributes, attribute, {
          value: decode(value.replace(/[\t\r\n]/g, ' '), from),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      const parent = stack.at(-1);
      if (parent) parent.children.push(element);
      else root = element;
      if (text[pos] === '/') pos += 2;
      else {
        pos++;
        stack.push(element);
      }
    }
  }
  const open = stack.at(-1);
  if (open) fail(`the text ends inside <${open.name}> (opened on line ${open.line}): it is cut short, or a closing tag is missing`);
  return root ?? fail('there is no root element');
}
