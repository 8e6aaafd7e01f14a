import type { PersonLeaf } from 'schema-dts';
import type { Person } from '../../model/types.js';
import type { GraphContext } from '../graph-context.js';
import { prune } from '../prune.js';

/** A person; the model's one affiliation is both `affiliation` and `worksFor`, as Google reads either. */
export function personNode(person: Person, ctx: GraphContext): PersonLeaf {
  const organization = ctx.refs(person.affiliation);
  return prune<PersonLeaf>({
    '@type': 'Person',
    '@id': ctx.ids.of('person', person.id),
    ...ctx.lang.name(person.name),
    jobTitle: ctx.lang.text(person.jobTitle),
    affiliation: organization,
    worksFor: organization,
    image: ctx.url(person.image),
    url: ctx.url(person.url),
    sameAs: ctx.urls(person.sameAs),
  });
}
