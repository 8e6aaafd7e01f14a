// The build minifies css`` templates with esbuild (scripts/minify-css-templates.mjs, which runs in
// Node: these tests call it through the browser commands in vitest.config.ts). Every style sheet
// must mean exactly what it says in the source. The browser's CSS parser is the judge.
import { describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import type { CSSResult } from 'lit';
import { agendaStyles } from '../forum-agenda/forum-agenda.styles.js';
import { galleryStyles } from '../forum-gallery/forum-gallery.styles.js';
import { forumQuoteStyles, quoteStyles } from '../forum-quote/forum-quote.styles.js';
import { speakerCardStyles } from '../forum-speaker-card/forum-speaker-card.styles.js';
import { speakerListStyles } from '../forum-speaker-list/forum-speaker-list.styles.js';
import { gridListStyles } from './grid-list.styles.js';
import { themeStyles } from './theme.js';

declare module 'vitest/browser' {
  interface BrowserCommands {
    minifyCss: (css: string) => Promise<{ css: string; warnings: string[] }>;
    minifyCssTemplates: (source: string) => Promise<string>;
  }
}

const sheets: Record<string, CSSResult> = {
  themeStyles,
  gridListStyles,
  agendaStyles,
  galleryStyles,
  quoteStyles,
  forumQuoteStyles,
  speakerCardStyles,
  speakerListStyles,
};

// The rules as the browser reads them, serialized. Custom properties and values with var() keep
// their text as written, where `a, b` and `a,b`, `0.75rem` and `.75rem`, 'a' and "a" are the same
// tokens once the value is used: those are written one way.
function parsed(text: string): string[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  return Array.from(sheet.cssRules, (rule) =>
    rule.cssText
      .replace(/,\s+/g, ',')
      .replace(/(?<![\w.])0\.(?=\d)/g, '.')
      .replace(/'([^'"\\]*)'/g, '"$1"'),
  );
}

describe('minifying css`` templates', () => {
  for (const [name, styles] of Object.entries(sheets)) {
    it(`keeps ${name} as the browser reads it, only shorter`, async () => {
      const { css: minified, warnings } = await commands.minifyCss(styles.cssText);
      expect(warnings).toEqual([]);
      expect(parsed(minified)).toEqual(parsed(styles.cssText));
      expect(minified.length).toBeLessThan(styles.cssText.length * 0.9);
    });
  }

  it('leaves strings, html`` templates and interpolated templates alone, and keeps line numbers', async () => {
    const source = [
      'const a = css`',
      "  .x::before { content: '  a ,  b  ' / ''; }",
      '  /* gone */',
      '  .y  .z { margin: calc(1px + 2px) ; }',
      '`;',
      'const b = html`<p> ${x}  </p>`;',
      'const c = css`.q { color: ${red}; }`;',
      'const d = 1;',
    ].join('\n');
    const out = await commands.minifyCssTemplates(source);
    expect(out.split('\n')).toHaveLength(source.split('\n').length);
    expect(out).toContain('css`.x:before{content:"  a ,  b  " / ""}.y .z{margin:3px}`');
    expect(out).toContain('html`<p> ${x}  </p>`');
    expect(out).toContain('css`.q { color: ${red}; }`');
    expect(out.split('\n').at(-1)).toBe('const d = 1;');
  });

  it('keeps escapes: the template source still means the same CSS', async () => {
    // In the source, `\\201C` is the CSS escape `\201C` (a left double quotation mark).
    const source = String.raw`const q = css${'`'}.q::before { content: '\\201C' / ''; }${'`'};`;
    const out = await commands.minifyCssTemplates(source);
    expect(out).toBe(String.raw`const q = css${'`'}.q:before{content:"\\201c" / ""}${'`'};`);
  });

  it('leaves a template esbuild warns about as written', async () => {
    const source = 'const broken = css`.q { color: red; } }`;';
    expect(await commands.minifyCssTemplates(source)).toBe(source);
  });
});
