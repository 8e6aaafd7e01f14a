// Minifies the CSS inside Lit's css`` tagged templates at build time (an esbuild plugin, used by
// tsup.config.ts for the package and the bundles). Only comments and whitespace go; strings and
// everything else stay as written. html`` templates are never touched: their text must match
// what the server rendered, for hydration.

// A css`` template without `${}` interpolations (forumkit's style sheets have none; any other
// template is left as it is).
const CSS_TEMPLATE = /(?<![\w$.])css`((?:[^`\\$]|\\[^]|\$(?!\{))*)`/g;
// Whitespace may go after these characters, and before the closing ones.
const SPACE_AFTER = new Set(['{', '}', ';', ',', ':', '(', '>']);
const SPACE_BEFORE = new Set(['{', '}', ';', ',', ')', '>']);

/** The text of one css`` template (raw, as in the source) without comments and needless whitespace. */
export function minifyCss(raw) {
  let out = '';
  let space = false; // whitespace (or a comment) was skipped since the last character kept
  const keep = (text) => {
    if (space && out !== '' && !SPACE_AFTER.has(out.at(-1)) && !SPACE_BEFORE.has(text[0])) out += ' ';
    // A block's last declaration needs no semicolon.
    if (text === '}' && out.endsWith(';')) out = out.slice(0, -1);
    out += text;
    space = false;
  };
  for (let i = 0; i < raw.length; ) {
    const char = raw[i];
    if (char === '"' || char === "'") {
      // A string, copied as written (escapes included).
      let end = i + 1;
      while (end < raw.length && raw[end] !== char) end += raw[end] === '\\' ? 2 : 1;
      keep(raw.slice(i, end + 1));
      i = end + 1;
    } else if (char === '/' && raw[i + 1] === '*') {
      const end = raw.indexOf('*/', i + 2);
      i = end === -1 ? raw.length : end + 2;
      space = true; // a comment between two words still separates them
    } else if (/\s/.test(char)) {
      space = true;
      i++;
    } else {
      keep(char);
      i++;
    }
  }
  return out;
}

/** A module's source with every css`` template minified; line numbers after each template are kept. */
export function minifyCssTemplates(source) {
  return source.replace(CSS_TEMPLATE, (template, raw) => {
    const css = minifyCss(raw);
    // Leaving the template must not have made an interpolation or ended it early.
    if (css.includes('${') || css.includes('`')) return template;
    return `css\`${css}\`${'\n'.repeat(raw.split('\n').length - 1)}`;
  });
}

/** The esbuild plugin: minifies css`` templates in forumkit's own TypeScript sources. */
export function cssMinifyPlugin() {
  return {
    name: 'forumkit-minify-css-templates',
    setup(build) {
      build.onLoad({ filter: /[\\/]elements[\\/]src[\\/].*\.ts$/ }, async ({ path }) => {
        const { readFile } = await import('node:fs/promises');
        const source = await readFile(path, 'utf8');
        if (!source.includes('css`')) return undefined;
        return { contents: minifyCssTemplates(source), loader: 'ts' };
      });
    },
  };
}
