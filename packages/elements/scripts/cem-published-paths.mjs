// A custom-elements-manifest analyzer plugin: the analyzer reads src/*.ts, but the package ships
// dist/ only. This points every module and reference at the file a user imports, so tools that
// follow `path` or `module` (import generators, catalogues) find it.

import { posix } from 'node:path';

/** The shipped file of a source module: the package index and one entry per element (see tsup.config.ts). */
const publishedFile = (source) => /^src\/(index|(forum-[a-z-]+)\/\2)\.ts$/.exec(source)?.[1];

/**
 * Keeps the published modules, at their dist/ paths. Declarations from internal modules that the
 * index re-exports (the base class, the event classes) move into the index module; other internal
 * modules are left out, as nothing outside the package can import them, and so are exports of
 * types, which have no declaration here.
 */
export function publishedPathsPlugin() {
  return {
    name: 'forumkit:published-paths',
    packageLinkPhase({ customElementsManifest: manifest }) {
      const index = manifest.modules.find((module) => module.path === 'src/index.ts');
      if (!index) throw new Error('custom-elements.json: src/index.ts was not analysed');
      const reExported = new Set((index.exports ?? []).map((entry) => entry.name));
      const modules = [];
      for (const module of manifest.modules) {
        if (publishedFile(module.path)) modules.push(module);
        else for (const declaration of module.declarations ?? []) if (reExported.has(declaration.name)) (index.declarations ??= []).push(declaration);
      }

      // Where a reference (`{ name, module }`, module relative to `from` or to the package) now lives.
      const relocate = (reference, from) => {
        if (typeof reference.module !== 'string') return;
        const source = reference.module.startsWith('.') ? posix.join(posix.dirname(from), reference.module).replace(/\.js$/, '.ts') : reference.module;
        const file = publishedFile(source) ?? (reExported.has(reference.name) ? 'index' : undefined);
        if (file) reference.module = `dist/${file}.js`;
        else delete reference.module; // declared in an internal module, not importable
      };
      const visit = (value, from) => {
        if (Array.isArray(value)) value.forEach((item) => visit(item, from));
        else if (value !== null && typeof value === 'object') {
          if (typeof value.name === 'string' && 'module' in value) relocate(value, from);
          for (const key of Object.keys(value)) visit(value[key], from);
        }
      };
      for (const module of modules) {
        visit(module, module.path);
        module.path = `dist/${publishedFile(module.path)}.js`;
      }
      const declared = new Set(modules.flatMap((module) => (module.declarations ?? []).map((item) => `${module.path}#${item.name}`)));
      for (const module of modules) module.exports = module.exports?.filter(({ declaration }) => declared.has(`${declaration.module}#${declaration.name}`));
      manifest.modules = modules;
    },
  };
}
