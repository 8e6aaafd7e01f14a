import type { GeoCoordinatesLeaf, PlaceLeaf, PostalAddressLeaf, VirtualLocationLeaf } from 'schema-dts';
import type { Room, Venue } from '../../model/types.js';
import type { GraphContext } from '../graph-context.js';
import { ref } from '../ids.js';
import { prune } from '../prune.js';

/** A venue as a Place; its address and position are inline (they belong to it) but keep @ids. */
export function venuePlace(venue: Venue, ctx: GraphContext): PlaceLeaf {
  const { ids, lang } = ctx;
  const id = ctx.venueId(venue);
  const address = venue.address;
  return prune<PlaceLeaf>({
    '@type': 'Place',
    '@id': id,
    ...lang.name(venue.name),
    url: ctx.url(venue.url),
    address:
      address &&
      prune<PostalAddressLeaf>({
        '@type': 'PostalAddress',
        '@id': ids.part(id, 'address'),
        streetAddress: lang.text(address.streetAddress),
        addressLocality: lang.text(address.locality),
        addressRegion: lang.text(address.region),
        postalCode: address.postalCode,
        addressCountry: address.country,
      }),
    geo: venue.geo && ({ '@type': 'GeoCoordinates', '@id': ids.part(id, 'geo'), ...venue.geo } satisfies GeoCoordinatesLeaf),
  });
}

/** A room as a Place inside its venue (one node per room, shared by its sessions). */
export function roomPlace([room, venue]: readonly [Room, Venue | undefined], ctx: GraphContext): PlaceLeaf {
  return prune<PlaceLeaf>({
    '@type': 'Place',
    '@id': ctx.roomId(room),
    ...ctx.lang.name(room.name),
    description: ctx.lang.text(room.description),
    maximumAttendeeCapacity: room.capacity,
    containedInPlace: venue && ref(ctx.venueId(venue)),
  });
}

/** Where to attend online: `id` is the forum's `#online` or a session's own. */
export function virtualLocation([id, onlineUrl]: readonly [string, string], ctx: GraphContext): VirtualLocationLeaf {
  return prune<VirtualLocationLeaf>({ '@type': 'VirtualLocation', '@id': id, url: ctx.url(onlineUrl) });
}
