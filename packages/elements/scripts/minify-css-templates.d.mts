import type { Plugin } from 'esbuild';

/** CSS text minified by esbuild, with esbuild's warnings about it. */
export function minifyCss(css: string): Promise<{ css: string; warnings: string[] }>;
/**
 * A module's source with every css`` template minified; line numbers after each template are kept.
 * A template esbuild warns about stays as written, and `warn` hears why.
 */
export function minifyCssTemplates(source: string, warn?: (message: string) => void): Promise<string>;
/**
 * The esbuild plugin: minifies css`` templates in forumkit's own TypeScript sources; with
 * `htmlIndentation`, drops the indentation inside html`` templates too (for the drop-in bundle only).
 */
export function cssMinifyPlugin(options?: { htmlIndentation?: boolean }): Plugin;
