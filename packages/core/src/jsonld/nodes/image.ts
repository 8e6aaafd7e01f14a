import type { ImageObjectLeaf, QuantitativeValueLeaf } from 'schema-dts';
import type { Photo } from '../../model/types.js';
import type { GraphContext } from '../graph-context.js';
import { prune } from '../prune.js';

// schema.org ranges width/height over Distance | QuantitativeValue; E37 is UN/CEFACT's code for pixels.
function pixels(photo: Photo, dimension: 'width' | 'height', ctx: GraphContext): QuantitativeValueLeaf | undefined {
  const value = photo[dimension];
  if (value === undefined) return undefined;
  return { '@type': 'QuantitativeValue', '@id': ctx.ids.part(ctx.ids.of('photo', photo.id), dimension), value, unitCode: 'E37' };
}

/** A photo; the alt text describes what it shows, so it becomes the description. */
export function imageNode(photo: Photo, ctx: GraphContext): ImageObjectLeaf {
  const url = ctx.url(photo.url);
  return prune<ImageObjectLeaf>({
    '@type': 'ImageObject',
    '@id': ctx.ids.of('photo', photo.id),
    contentUrl: url,
    url,
    caption: ctx.lang.text(photo.caption),
    description: ctx.lang.text(photo.alt),
    creditText: ctx.lang.text(photo.credit),
    copyrightHolder: ctx.refs(photo.copyrightHolder),
    about: ctx.refs(photo.depicts),
    width: pixels(photo, 'width', ctx),
    height: pixels(photo, 'height', ctx),
  });
}
