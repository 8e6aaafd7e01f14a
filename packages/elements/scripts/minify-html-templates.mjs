// Drops the indentation inside Lit's html`` tagged templates at build time, for the drop-in bundle
// only (scripts/minify-css-templates.mjs's plugin does it when asked). A browser reads a run of
// whitespace with a line break in it as one space (or, under `white-space: pre-line`, as the line
// break), so spaces and tabs around line breaks change nothing shown; the line breaks are kept, and
// with them every line number. Templates with <pre> or <textarea>, where whitespace shows, are left
// as written. The hydrating bundle and the package keep their templates as written: hydration
// matches templates against the server's markup by their exact text.
import ts from 'typescript';

const INDENTATION = /[ \t]*(\r?\n)[ \t]*/g;
const SHOWS_WHITESPACE = /<(?:pre|textarea)\b/i;
const TAGS = new Set(['html', 'svg']);

/** The static pieces of a tagged template: [start, end) offsets of their text, between the delimiters. */
function pieces(template) {
  if (ts.isNoSubstitutionTemplateLiteral(template)) return [[template.getStart() + 1, template.end - 1]];
  const spans = [[template.head.getStart() + 1, template.head.end - 2]];
  for (const span of template.templateSpans) {
    const literal = span.literal;
    spans.push([literal.getStart() + 1, literal.end - (ts.isTemplateTail(literal) ? 1 : 2)]);
  }
  return spans;
}

/** A module's source with the indentation inside every html`` and svg`` template dropped. */
export function dropHtmlIndentation(source, fileName = 'module.ts') {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && TAGS.has(node.tag.text)) {
      const spans = pieces(node.template);
      if (!spans.some(([start, end]) => SHOWS_WHITESPACE.test(source.slice(start, end)))) edits.push(...spans);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  // From the end, so that earlier offsets stay right.
  let out = source;
  for (const [start, end] of edits.sort((a, b) => b[0] - a[0])) {
    out = out.slice(0, start) + out.slice(start, end).replace(INDENTATION, '$1') + out.slice(end);
  }
  return out;
}
