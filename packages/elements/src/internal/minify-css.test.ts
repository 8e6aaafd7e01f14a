// The build minifies css`` templates (scripts/minify-css-templates.mjs): every style sheet must
// mean exactly what it says in the source. The browser's CSS parser is the judge.
import { describe, expect, it } from 'vitest';
import type { CSSResult } from 'lit';
import { minifyCss, minifyCssTemplates } from '../../scripts/minify-css-templates.mjs';
import { agendaStyles } from '../forum-agenda/forum-agenda.styles.js';
import { galleryStyles } from '../forum-gallery/forum-gallery.styles.js';
import { forumQuoteStyles, quoteStyles } from '../forum-quote/forum-quote.styles.js';
import { speakerCardStyles } from '../forum-speaker-card/forum-speaker-card.styles.js';
import { speakerListStyles } from '../forum-speaker-list/forum-speaker-list.styles.js';
import { gridListStyles } from './grid-list.styles.js';
import { themeStyles } from './theme.js';

const sheets: Record<string, CSSResult> = { themeStyles, gridListStyles, agendaStyles, galleryStyles, quoteStyles, forumQuoteStyles, speakerCardStyles, speakerListStyles };

// The rules as the browser reads them, serialized. Custom property values keep their text as
// written, where whitespace after a comma means nothing once the value is used: it is left out.
function parsed(text: string): string[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  return Array.from(sheet.cssRules, (rule) => rule.cssText.replace(/,\s+/g, ','));
}

describe('minifying css`` templates', () => {
  for (const [name, styles] of Object.entries(sheets)) {
    it(`keeps ${name} as the browser reads it, only shorter`, () => {
      // cssText is the cooked template; minify its raw form, as the build does, then cook it.
      const raw = styles.cssText.replace(/\\/g, '\\\\');
      const minified = minifyCss(raw).replace(/\\\\/g, '\\');
      expect(parsed(minified)).toEqual(parsed(styles.cssText));
      expect(minified.length).toBeLessThan(styles.cssText.length * 0.85);
    });
  }

  it('leaves strings, html`` templates and interpolated templates alone, and keeps line numbers', () => {
    const source = [
      "const a = css`",
      "  .x::before { content: '  a ,  b  ' / ''; }",
      "  /* gone */",
      "  .y  .z { margin: calc(1px + 2px) ; }",
      "`;",
      "const b = html`<p> ${x}  </p>`;",
      "const c = css`.q { color: ${red}; }`;",
      "const d = 1;",
    ].join('\n');
    const out = minifyCssTemplates(source);
    expect(out.split('\n')).toHaveLength(source.split('\n').length);
    expect(out).toContain("css`.x::before{content:'  a ,  b  ' / ''}.y .z{margin:calc(1px + 2px)}`");
    expect(out).toContain('html`<p> ${x}  </p>`');
    expect(out).toContain('css`.q { color: ${red}; }`');
    expect(out.split('\n').at(-1)).toBe('const d = 1;');
  });
});
