// Minifies the CSS inside Lit's css`` tagged templates at build time with esbuild's CSS minifier
// (an esbuild plugin, used by tsup.config.ts for the package and the bundles). html`` templates
// keep their text, which must match what the server rendered for hydration, except in the drop-in
// bundle, which never hydrates: there the plugin also drops their indentation (minify-html-templates.mjs).
import { readFile } from 'node:fs/promises';
import { runInNewContext } from 'node:vm';
import { transform } from 'esbuild';
import { dropHtmlIndentation } from './minify-html-templates.mjs';

// A css`` template without `${}` interpolations (forumkit's style sheets have none; any other
// template is left as it is).
const CSS_TEMPLATE = /(?<![\w$.])css`((?:[^`\\$]|\\[^]|\$(?!\{))*)`/g;

/** CSS text minified by esbuild, with esbuild's warnings about it. */
export async function minifyCss(css) {
  const { code, warnings } = await transform(css, { loader: 'css', minify: true, logLevel: 'silent' });
  return { css: code.trimEnd(), warnings: warnings.map((warning) => warning.text) };
}

/**
 * A module's source with every css`` template minified; line numbers after each template are kept.
 * A template esbuild warns about stays as written, and `warn` hears why.
 */
export async function minifyCssTemplates(source, warn = () => {}) {
  const templates = [...source.matchAll(CSS_TEMPLATE)];
  const minified = await Promise.all(
    templates.map(async ([template, raw]) => {
      // Lit reads the cooked string (`\\201C` in the source is `\201C` in the CSS). The template
      // has no `${}`, so evaluating it only resolves its escapes.
      const { css, warnings } = await minifyCss(runInNewContext(`\`${raw}\``));
      if (warnings.length > 0) {
        for (const text of warnings) warn(`a css\`\` template was left as written: ${text}`);
        return template;
      }
      // Back to template source: escape what a template literal would read as syntax.
      return `css\`${css.replace(/\\|`|\$\{/g, (text) => `\\${text}`)}\`${'\n'.repeat(raw.split('\n').length - 1)}`;
    }),
  );
  let index = 0;
  return source.replace(CSS_TEMPLATE, () => minified[index++]);
}

/**
 * The esbuild plugin: minifies css`` templates in forumkit's own TypeScript sources; with
 * `htmlIndentation`, drops the indentation inside html`` templates too (for the drop-in bundle only).
 */
export function cssMinifyPlugin({ htmlIndentation = false } = {}) {
  return {
    name: 'forumkit-minify-css-templates',
    setup(build) {
      build.onLoad({ filter: /[\\/]elements[\\/]src[\\/].*\.ts$/ }, async ({ path }) => {
        const source = await readFile(path, 'utf8');
        const css = source.includes('css`');
        const html = htmlIndentation && /\b(?:html|svg)`/.test(source);
        if (!css && !html) return undefined;
        const warnings = [];
        let contents = css ? await minifyCssTemplates(source, (text) => warnings.push({ text })) : source;
        if (html) contents = dropHtmlIndentation(contents, path);
        return { contents, loader: 'ts', warnings };
      });
    },
  };
}
