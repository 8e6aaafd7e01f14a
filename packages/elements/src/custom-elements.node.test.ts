// custom-elements.json (written by `npm run build`: cem analyze, see custom-elements-manifest.config.mjs)
// documents every shipped element for editors, linters and catalogues.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface Named {
  readonly name: string;
  readonly description?: string;
}
interface Declaration extends Named {
  readonly kind: string;
  readonly tagName?: string;
  readonly customElement?: boolean;
  readonly attributes?: readonly Named[];
  readonly members?: ReadonlyArray<Named & { kind: string; privacy?: string; static?: boolean }>;
  readonly events?: readonly Named[];
  readonly cssParts?: readonly Named[];
  readonly cssProperties?: readonly Named[];
}
interface Manifest {
  readonly modules: ReadonlyArray<{ path: string; declarations?: readonly Declaration[]; exports?: ReadonlyArray<{ kind: string; name: string }> }>;
}

const file = new URL('../custom-elements.json', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { customElements: string; files: string[] };

// Attributes beyond the shared `src`, and parts every element has, per tag.
const EXPECTED: Record<string, { attributes: string[]; parts: string[] }> = {
  'forum-agenda': {
    attributes: ['time-zone', 'heading-level', 'layout', 'hide-forum-status'],
    parts: ['session', 'time', 'title', 'speaker-name', 'toolbar', 'filters', 'day-nav', 'room-heading', 'save-button', 'details'],
  },
  'forum-speaker-card': { attributes: ['person', 'with-quote', 'heading-level'], parts: ['card', 'portrait', 'speaker-name', 'job-title', 'sessions'] },
  'forum-speaker-list': { attributes: ['people', 'with-quotes', 'heading-level'], parts: ['list', 'item'] },
  'forum-quote': { attributes: ['quote', 'hide-speaker'], parts: ['quote', 'quote-text', 'speaker-name'] },
  'forum-gallery': { attributes: ['photos'], parts: ['gallery', 'figure', 'image', 'caption', 'credit'] },
};

describe('custom-elements.json', () => {
  it('is built and shipped', () => {
    expect(existsSync(file), 'run `npm run build` first').toBe(true);
    expect(pkg.customElements).toBe('custom-elements.json');
    expect(pkg.files).toContain('custom-elements.json');
  });

  const manifest = (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { modules: [] }) as Manifest;
  const elements = manifest.modules.flatMap((module) => (module.declarations ?? []).filter((declaration) => declaration.customElement));

  it('declares the five elements, and nothing else as an element', () => {
    expect(elements.map((element) => element.tagName).sort()).toEqual(Object.keys(EXPECTED).sort());
    const definitions = manifest.modules.flatMap((module) => (module.exports ?? []).filter((entry) => entry.kind === 'custom-element-definition'));
    expect(definitions.map((definition) => definition.name).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it('points every module and reference at a file the package ships', () => {
    const declared = new Set(manifest.modules.flatMap((module) => (module.declarations ?? []).map((item) => `${module.path}#${item.name}`)));
    for (const module of manifest.modules) {
      expect(
        pkg.files.some((folder) => module.path.startsWith(`${folder}/`)),
        module.path,
      ).toBe(true);
      expect(existsSync(new URL(`../${module.path}`, import.meta.url)), module.path).toBe(true);
    }
    // Every { name, module } reference (exports, superclasses, inherited members) names a declaration in the manifest.
    const references: Array<{ name: string; module: string }> = [];
    const visit = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value !== null && typeof value === 'object') {
        const record = value as Record<string, unknown>;
        if (typeof record.name === 'string' && typeof record.module === 'string') references.push(record as { name: string; module: string });
        Object.values(record).forEach(visit);
      }
    };
    visit(manifest.modules);
    // The package's exports and each element module's: a handful per element at least.
    expect(references.length).toBeGreaterThan(15);
    expect(references.filter((reference) => !declared.has(`${reference.module}#${reference.name}`))).toEqual([]);
  });

  for (const [tag, expected] of Object.entries(EXPECTED)) {
    it(`documents <${tag}>: attributes, properties, events, parts and CSS properties`, () => {
      const element = elements.find((declaration) => declaration.tagName === tag)!;
      expect(element?.description).toBeTruthy();
      const names = (list: readonly Named[] | undefined) => (list ?? []).map((item) => item.name);
      expect(names(element.attributes)).toEqual(expect.arrayContaining(['src', ...expected.attributes]));
      const fields = (element.members ?? []).filter((member) => member.kind === 'field' && !member.privacy && !member.static);
      expect(names(fields)).toEqual(expect.arrayContaining(['forum', 'src']));
      // The agenda also tells the page when a visitor saves a session.
      expect(names(element.events).sort()).toEqual(['forum-error', ...(tag === 'forum-agenda' ? ['forum-favorite-change'] : []), 'forum-load']);
      expect(names(element.cssParts)).toEqual(expect.arrayContaining([...expected.parts, 'status', 'error']));
      const properties = names(element.cssProperties);
      expect(properties.length).toBeGreaterThan(0);
      expect(properties.filter((name) => !name.startsWith(`--${tag}-`) && !name.startsWith('--forum-'))).toEqual([]);
      expect(properties.some((name) => name.startsWith(`--${tag}-`))).toBe(true);
      // Everything public says what it is.
      for (const item of [...(element.attributes ?? []), ...fields, ...(element.events ?? []), ...(element.cssParts ?? []), ...(element.cssProperties ?? [])]) {
        expect(item.description, `${tag}: ${item.name}`).toBeTruthy();
      }
    });
  }
});
