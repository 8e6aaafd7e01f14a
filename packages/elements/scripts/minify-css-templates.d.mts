import type { Plugin } from 'esbuild';

/** The text of one css`` template (raw, as in the source) without comments and needless whitespace. */
export function minifyCss(raw: string): string;
/** A module's source with every css`` template minified; line numbers after each template are kept. */
export function minifyCssTemplates(source: string): string;
/** The esbuild plugin: minifies css`` templates in forumkit's own TypeScript sources. */
export function cssMinifyPlugin(): Plugin;
