// A custom-elements-manifest analyzer plugin: forumkit declares reactive properties in Lit's
// `static properties` (no decorators, so the bundles carry no decorator runtime). From those the
// analyzer marks public fields `privacy: "public"`, which the manifest leaves implicit everywhere
// else, and lists internal state (`state: true`) as attributes. This puts both as decorators had them.

/** Documents static-`properties` fields the way decorated fields are documented. */
export function staticPropertiesPlugin() {
  return {
    name: 'forumkit:static-properties',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules ?? []) {
        for (const declaration of module.declarations ?? []) {
          // Private class fields (#data) are no part of the element's interface.
          if (declaration.members) declaration.members = declaration.members.filter((member) => !member.name.startsWith('#'));
          const hidden = new Set();
          for (const member of declaration.members ?? []) {
            if (member.privacy === 'public') delete member.privacy;
            if (member.privacy === 'private' || member.privacy === 'protected') {
              hidden.add(member.name);
              delete member.attribute;
            }
          }
          // Internal state is no attribute of the element.
          if (declaration.attributes) declaration.attributes = declaration.attributes.filter((attribute) => !hidden.has(attribute.fieldName));
        }
      }
    },
  };
}
