import type { OfferLeaf } from 'schema-dts';
import type { Offer } from '../../model/types.js';
import type { GraphContext } from '../graph-context.js';
import { prune } from '../prune.js';
import { itemAvailability } from './enumerations.js';

/** A ticket offer, inline in its Event (it has no life outside it) with a positional @id. */
export function offerNode(offer: Offer, id: string, ctx: GraphContext): OfferLeaf {
  return prune<OfferLeaf>({
    '@type': 'Offer',
    '@id': id,
    name: ctx.lang.text(offer.name),
    price: offer.price,
    priceCurrency: offer.currency,
    url: ctx.url(offer.url),
    availability: itemAvailability(offer.availability),
    validFrom: ctx.date(offer.validFrom),
  });
}
