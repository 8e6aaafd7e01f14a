import type { OrganizationLeaf } from 'schema-dts';
import type { Organization } from '../../model/types.js';
import type { GraphContext } from '../graph-context.js';
import { prune } from '../prune.js';

/** An organisation; schema.org has no short-name property, so the short name joins `alternateName`. */
export function organizationNode(organization: Organization, ctx: GraphContext): OrganizationLeaf {
  return prune<OrganizationLeaf>({
    '@type': 'Organization',
    '@id': ctx.ids.of('org', organization.id),
    ...ctx.lang.name(organization.name, organization.shortName),
    url: ctx.url(organization.url),
    logo: ctx.url(organization.logo),
    sameAs: ctx.urls(organization.sameAs),
  });
}
