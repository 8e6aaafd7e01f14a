// RFC 5545 content lines: text escaping (3.3.11), parameters (3.2) and folding at 75 octets (3.1).

const encoder = new TextEncoder();

/** A TEXT value escaped: backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(/[\\;,\n]/g, (char) => (char === '\n' ? '\\n' : `\\${char}`));
}

/** A parameter value, quoted when it holds a character that would end it (`:`, `;`, `,`); quotes inside cannot be written, so they go. */
export function parameterValue(value: string): string {
  const clean = value.replace(/["\u0000-\u001f\u007f]/g, '');
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}

/**
 * A content line folded as RFC 5545 asks: no line longer than 75 octets, continued with CRLF and
 * a space, never splitting a UTF-8 character (code points are kept whole).
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  // The first line holds 75 octets; each continuation 74, after its leading space.
  let room = 75;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > room) {
      parts.push(current);
      current = '';
      octets = 0;
      room = 74;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** One property: `NAME;PARAM=value:VALUE`, folded. `value` is written as given (escape text first). */
export function property(name: string, value: string, parameters: Readonly<Record<string, string | undefined>> = {}): string {
  const params = Object.entries(parameters)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, param]) => `;${key}=${parameterValue(param)}`)
    .join('');
  return foldLine(`${name}${params}:${value}`);
}
