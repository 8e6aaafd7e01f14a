// The drop-in bundle drops the indentation inside html`` templates (scripts/minify-html-templates.mjs):
// a browser shows a run of whitespace with a line break in it as one space (or as the line break,
// under `white-space: pre-line`), so only spaces and tabs beside line breaks may go.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dropHtmlIndentation } from '../../scripts/minify-html-templates.mjs';

const tick = '`';
const lines = (...text: string[]) => text.join('\n');

describe('dropping the indentation of html`` templates', () => {
  it('keeps every line break, and so every line number, and the expressions as written', () => {
    const source = lines(
      `const a = html${tick}<ul class="x">`,
      `    ${'${'}items.map((item) => html${tick}<li>`,
      `        ${'${'}item}  and   more`,
      `      </li>${tick})}`,
      `  </ul>${tick};`,
      'const b = 1;',
    );
    expect(dropHtmlIndentation(source)).toBe(
      lines(
        `const a = html${tick}<ul class="x">`,
        `${'${'}items.map((item) => html${tick}<li>`,
        `${'${'}item}  and   more`,
        `</li>${tick})}`,
        `</ul>${tick};`,
        'const b = 1;',
      ),
    );
  });

  it('leaves css`` templates, untagged templates and strings alone', () => {
    const source = lines(
      `const c = css${tick}`,
      `  .a { color: red; }${tick};`,
      `const d = ${tick}`,
      `  text${tick};`,
      `const e = html${tick}<p>${'${'}${tick}`,
      `  kept${tick}}</p>${tick};`,
    );
    expect(dropHtmlIndentation(source)).toBe(source);
  });

  it('leaves a template with <pre> or <textarea> as written, where whitespace shows', () => {
    const source = lines(`const f = html${tick}<pre>`, `  code`, `    indented</pre>${tick};`, `const g = html${tick}<textarea>`, `  text</textarea>${tick};`);
    expect(dropHtmlIndentation(source)).toBe(source);
  });

  it("changes nothing in the elements' sources but whitespace beside line breaks inside html`` templates", () => {
    const sources = readdirSync(new URL('..', import.meta.url), { recursive: true, encoding: 'utf8' }).filter(
      (path) => path.endsWith('.ts') && !path.includes('.test.') && !path.startsWith('page'),
    );
    let dropped = 0;
    for (const path of sources) {
      const source = readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
      const out = dropHtmlIndentation(source, path);
      expect(out.split('\n'), path).toHaveLength(source.split('\n').length);
      // Indentation removed, nothing else: each line is the same once trimmed.
      expect(
        out.split('\n').map((line) => line.trim()),
        path,
      ).toEqual(source.split('\n').map((line) => line.trim()));
      dropped += source.length - out.length;
    }
    expect(dropped).toBeGreaterThan(1000);
  });
});
