// What editors and frameworks are told about the elements (written by `npm run build` from
// custom-elements.json, see scripts/framework-types.mjs): every element, attribute, property and
// event of the manifest is in the React and Preact JSX types, VS Code's custom data and
// JetBrains' web-types, and the package publishes and points at them.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
const json = (path: string) => JSON.parse(read(path)) as any;

interface Element {
  tagName: string;
  name: string;
  attributes?: Array<{ name: string; fieldName: string; type?: { text: string } }>;
  members?: Array<{ kind: string; name: string; static?: boolean; readonly?: boolean; privacy?: string }>;
  events?: Array<{ name: string }>;
  cssParts?: Array<{ name: string }>;
}

const manifest = existsSync(new URL('../custom-elements.json', import.meta.url)) ? json('custom-elements.json') : { modules: [] };
const elements: Element[] = manifest.modules.flatMap((module: { declarations?: Array<Element & { customElement?: boolean }> }) =>
  (module.declarations ?? []).filter((declaration) => declaration.customElement),
);
const settable = (element: Element) =>
  (element.members ?? []).filter((member) => member.kind === 'field' && !member.static && !member.readonly && (member.privacy ?? 'public') === 'public');

/** The props a JSX declaration file gives one element: the body of its entry in IntrinsicElements. */
function jsxEntry(declarations: string, tag: string): string {
  const start = declarations.indexOf(`'${tag}': Omit<`);
  expect(start, `${tag} is declared`).toBeGreaterThan(-1);
  return declarations.slice(start, declarations.indexOf('\n      };\n', start));
}

describe('the generated framework and editor files', () => {
  it('are built from a manifest of the five elements', () => {
    expect(elements.map((element) => element.tagName).sort()).toEqual([
      'forum-agenda',
      'forum-gallery',
      'forum-quote',
      'forum-speaker-card',
      'forum-speaker-list',
    ]);
  });

  for (const [framework, file, module] of [
    ['React 19', 'dist/react.d.ts', 'react'],
    ['Preact', 'dist/preact.d.ts', 'preact'],
  ] as const) {
    it(`type every element in ${framework} JSX with its attributes, properties and events`, () => {
      const declarations = read(file);
      expect(declarations).toContain(`declare module '${module}' {\n  namespace JSX {\n    interface IntrinsicElements {`);
      for (const element of elements) {
        const entry = jsxEntry(declarations, element.tagName);
        for (const attribute of element.attributes ?? [])
          expect(entry, `${element.tagName} ${attribute.name}`).toMatch(
            new RegExp(`\\n\\s+'?${attribute.name}'?\\?: ${element.name}\\['${attribute.fieldName}'\\];`),
          );
        for (const property of settable(element))
          expect(entry, `${element.tagName} .${property.name}`).toContain(`\n        ${property.name}?: ${element.name}['${property.name}'];`);
        for (const event of element.events ?? [])
          expect(entry, `${element.tagName} ${event.name}`).toContain(`'on${event.name}'?: (event: GlobalEventHandlersEventMap['${event.name}']) => void;`);
        // Read-only properties (forumSettled) are read from the element, not set as props.
        expect(entry).not.toContain('forumSettled');
      }
    });
  }

  it('give VS Code every element and attribute, with the values an attribute takes', () => {
    const data = json('vscode.html-custom-data.json');
    expect(data.version).toBe(1.1);
    expect(data.tags.map((tag: { name: string }) => tag.name)).toEqual(elements.map((element) => element.tagName));
    for (const element of elements) {
      const tag = data.tags.find((candidate: { name: string }) => candidate.name === element.tagName);
      expect(tag.description.length, element.tagName).toBeGreaterThan(20);
      expect(tag.attributes.map((attribute: { name: string }) => attribute.name)).toEqual((element.attributes ?? []).map((attribute) => attribute.name));
    }
    const agenda = data.tags.find((tag: { name: string }) => tag.name === 'forum-agenda');
    const attribute = (name: string) => agenda.attributes.find((candidate: { name: string }) => candidate.name === name);
    expect(attribute('layout').values).toEqual([{ name: 'auto' }, { name: 'list' }, { name: 'grid' }]);
    expect(attribute('hide-forum-status').valueSet).toBe('v'); // present or absent
    expect(attribute('src').values).toBeUndefined();
  });

  it('give JetBrains IDEs every element with its attributes, properties, events, parts and custom properties', () => {
    const types = json('web-types.json');
    const pkg = json('package.json');
    expect([types.name, types.version]).toEqual([pkg.name, pkg.version]);
    const declared = types.contributions.html.elements as Array<Record<string, any>>;
    expect(declared.map((element) => element.name)).toEqual(elements.map((element) => element.tagName));
    for (const element of elements) {
      const entry = declared.find((candidate) => candidate.name === element.tagName)!;
      const names = (list: Array<{ name: string }> | undefined) => (list ?? []).map((item) => item.name);
      expect(entry.source).toEqual({ module: '@forumkit/elements', symbol: element.name });
      expect(names(entry.attributes)).toEqual(names(element.attributes));
      expect(names(entry.js.properties)).toEqual(names(settable(element)));
      expect(names(entry.events)).toEqual(names(element.events));
      expect(names(entry.css.parts)).toEqual(names(element.cssParts));
    }
    const layout = declared[0]!.attributes.find((attribute: { name: string }) => attribute.name === 'layout');
    expect(layout.value.type).toBe("'auto' | 'list' | 'grid'");
  });

  it('are published and pointed at by the package', () => {
    const pkg = json('package.json');
    expect(pkg.files).toEqual(expect.arrayContaining(['dist', 'vscode.html-custom-data.json', 'web-types.json']));
    expect(pkg['web-types']).toBe('./web-types.json');
    expect(pkg.exports['./react']).toEqual({ types: './dist/react.d.ts', default: './dist/react.js' });
    expect(pkg.exports['./preact']).toEqual({ types: './dist/preact.d.ts', default: './dist/preact.js' });
    expect(pkg.exports['./vscode.html-custom-data.json']).toBe('./vscode.html-custom-data.json');
    // The framework entries register the elements, like the main entry.
    for (const entry of ['dist/react.js', 'dist/preact.js']) expect(read(entry)).toBe("export * from './index.js';\n");
  });
});
