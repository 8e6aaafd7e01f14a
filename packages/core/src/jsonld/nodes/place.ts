import type { GeoCoordinatesLeaf, PlaceLeaf, PostalAddressLeaf, VirtualLocationLeaf } from 'schema-dts';
import type { LocalizedText } from '../../model/text.js';
import type { Venue } from '../../model/types.js';
import type { GraphContext } from '../graph-context.js';
import { ref } from '../ids.js';
import { prune } from '../prune.js';

/** The venue as a Place; its address and position are inline (they belong to it) but keep @ids. */
export function venuePlace(venue: Venue, ctx: GraphContext): PlaceLeaf {
  const { ids, lang } = ctx;
  const address = venue.address;
  return prune<PlaceLeaf>({
    '@type': 'Place',
    '@id': ids.of('venue'),
    ...lang.name(venue.name),
    url: ctx.url(venue.url),
    address:
      address &&
      prune<PostalAddressLeaf>({
        '@type': 'PostalAddress',
        '@id': ids.of('venue-address'),
        streetAddress: lang.text(address.streetAddress),
        addressLocality: lang.text(address.locality),
        addressRegion: lang.text(address.region),
        postalCode: address.postalCode,
        addressCountry: address.country,
      }),
    geo:
      venue.geo &&
      ({ '@type': 'GeoCoordinates', '@id': ids.of('venue-geo'), ...venue.geo } satisfies GeoCoordinatesLeaf),
  });
}

/** A room as a Place inside the venue (one node per distinct room, shared by its sessions). */
export function roomPlace(room: LocalizedText, ctx: GraphContext): PlaceLeaf {
  return prune<PlaceLeaf>({
    '@type': 'Place',
    '@id': ctx.roomId(room),
    ...ctx.lang.name(room),
    containedInPlace: ctx.forum.venue && ref(ctx.ids.of('venue')),
  });
}

/** Where the forum is streamed. */
export function virtualLocation(onlineUrl: string, ctx: GraphContext): VirtualLocationLeaf {
  return prune<VirtualLocationLeaf>({ '@type': 'VirtualLocation', '@id': ctx.ids.of('online'), url: ctx.url(onlineUrl) });
}
