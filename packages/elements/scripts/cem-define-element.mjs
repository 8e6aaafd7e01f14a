// A custom-elements-manifest analyzer plugin: forumkit registers its elements with
// `defineElement('forum-agenda', ForumAgenda)` (idempotent) rather than `customElements.define`,
// so it records those calls as custom element definitions the way the analyzer records `define`.

/** Treats `defineElement('tag', Class)` in the module that declares `Class` as its definition. */
export function defineElementPlugin() {
  return {
    name: 'forumkit:define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'defineElement') return;
      const [tag, element] = node.arguments;
      if (!tag || !element || !ts.isStringLiteral(tag) || !ts.isIdentifier(element)) return;
      // A module that only re-registers an imported element (the list registering its cards) is not its home.
      const declared = node.getSourceFile().statements.some((statement) => ts.isClassDeclaration(statement) && statement.name?.text === element.text);
      if (!declared) return;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tag.text, declaration: { name: element.text, module: moduleDoc.path } },
      ];
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules ?? []) {
        // defineElement's own `customElements.define(tag, element)` is no definition of an element.
        const classes = new Set((module.declarations ?? []).filter((item) => item.kind === 'class').map((item) => item.name));
        module.exports = module.exports?.filter(
          (entry) => entry.kind !== 'custom-element-definition' || entry.declaration.module !== module.path || classes.has(entry.declaration.name),
        );
        // The abstract base class extends LitElement, so the analyzer calls it an element: it has no tag.
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind === 'class' && declaration.customElement && !declaration.tagName) delete declaration.customElement;
        }
      }
    },
  };
}
