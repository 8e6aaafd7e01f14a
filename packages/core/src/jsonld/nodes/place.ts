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
    '@id': ids.venue,
    ...lang.name(venue.name),
    url: ctx.url(venue.url),
    address:
      address &&
      prune<PostalAddressLeaf>({
        '@type': 'PostalAddress',
        '@id': ids.venueAddress,
        streetAddress: lang.text(address.streetAddress),
        addressLocality: lang.text(address.locality),
        addressRegion: lang.text(address.region),
        postalCode: address.postalCode,
        addressCountry: address.country,
      }),
    geo:
      venue.geo &&
      ({
        '@type': 'GeoCoordinates',
        '@id': ids.venueGeo,
        latitude: venue.geo.latitude,
        longitude: venue.geo.longitude,
      } satisfies GeoCoordinatesLeaf),
  });
}

/** Rooms keyed by their name in the forum's default language, so the @id does not change with the graph language. */
export function roomKey(room: LocalizedText, ctx: GraphContext): string {
  return typeof room === 'string' ? room : ctx.lang.variants([room])[0]!;
}

/** A room as a Place inside the venue (one node per distinct room, shared by its sessions). */
export function roomPlace(room: LocalizedText, ctx: GraphContext): PlaceLeaf {
  return prune<PlaceLeaf>({
    '@type': 'Place',
    '@id': ctx.ids.room(roomKey(room, ctx)),
    ...ctx.lang.name(room),
    containedInPlace: ctx.forum.venue && ref(ctx.ids.venue),
  });
}

/** Where the forum is streamed. */
export function virtualLocation(onlineUrl: string, ctx: GraphContext): VirtualLocationLeaf {
  return prune<VirtualLocationLeaf>({ '@type': 'VirtualLocation', '@id': ctx.ids.online, url: ctx.url(onlineUrl) });
}
