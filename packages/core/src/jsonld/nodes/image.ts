import type { IdReference, ImageObjectLeaf, QuantitativeValueLeaf } from 'schema-dts';
import type { Photo } from '../../model/types.js';
import type { GraphContext } from '../graph-context.js';
import { ref } from '../ids.js';
import { oneOrMany, prune } from '../prune.js';

/** Placeholders stand in for photos not yet taken: they do not depict the forum, so they stay out. */
export function isPublished(photo: Photo): boolean {
  return photo.placeholder !== true;
}

/** References to the published photos among `ids`. */
export function photoRefs(ids: readonly string[] | undefined, ctx: GraphContext): IdReference | readonly IdReference[] | undefined {
  const photos = [...new Set(ids ?? [])].map((id) => ctx.index.photos.get(id));
  return oneOrMany(photos.flatMap((photo) => (photo && isPublished(photo) ? [ref(ctx.ids.photo(photo.id))] : [])));
}

// schema.org ranges width/height over Distance | QuantitativeValue; E37 is UN/CEFACT's code for pixels.
function pixels(photo: Photo, dimension: 'width' | 'height', ctx: GraphContext): QuantitativeValueLeaf | undefined {
  const value = photo[dimension];
  if (value === undefined) return undefined;
  return { '@type': 'QuantitativeValue', '@id': ctx.ids.photoSize(photo.id, dimension), value, unitCode: 'E37', unitText: 'px' };
}

/** A photo; the alt text describes what it shows, so it becomes the description. */
export function imageNode(photo: Photo, ctx: GraphContext): ImageObjectLeaf {
  const url = ctx.url(photo.url);
  return prune<ImageObjectLeaf>({
    '@type': 'ImageObject',
    '@id': ctx.ids.photo(photo.id),
    contentUrl: url,
    url,
    caption: ctx.lang.text(photo.caption),
    description: ctx.lang.text(photo.alt),
    creditText: ctx.lang.text(photo.credit),
    copyrightHolder: ctx.refs(photo.copyrightHolder, 'person', 'organization'),
    about: ctx.refs(photo.depicts, 'person', 'organization', 'session'),
    width: pixels(photo, 'width', ctx),
    height: pixels(photo, 'height', ctx),
  });
}
