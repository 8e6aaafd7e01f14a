import type { ImageObjectLeaf } from 'schema-dts';
import type { Photo } from '../../model/types.js';
import type { GraphContext } from '../graph-context.js';
import { prune } from '../prune.js';

// schema.org's Distance text ("<number> <length unit>"): no extra QuantitativeValue node per size.
const pixels = (value: number | undefined) => (value === undefined ? undefined : `${value} px`);

/** A published photo; its alt text says what it shows, so it becomes the description. */
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
    width: pixels(photo.width),
    height: pixels(photo.height),
  });
}
