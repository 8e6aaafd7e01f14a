import type { PersonLeaf } from 'schema-dts';
import type { Person } from '../../model/types.js';
import type { GraphContext } from '../graph-context.js';
import { prune } from '../prune.js';

/** A person; their organisations are both `affiliation` and `worksFor`, as Google reads either. */
export function personNode(person: Person, ctx: GraphContext): PersonLeaf {
  const organizations = ctx.refs(person.affiliations);
  const { name, alternateName } = ctx.lang.name(person.name);
  return prune<PersonLeaf>({
    '@type': 'Person',
    '@id': ctx.ids.of('person', person.id),
    name, // not spread from lang.name(): a spread makes V8 build the node the slow way
    alternateName,
    jobTitle: ctx.lang.text(person.jobTitle),
    description: ctx.lang.text(person.bio),
    affiliation: organizations,
    worksFor: organizations,
    image: ctx.url(person.image),
    url: ctx.url(person.url),
    sameAs: ctx.urls(person.sameAs),
  });
}
