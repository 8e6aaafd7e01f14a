import type { EventSeriesLeaf } from 'schema-dts';
import type { Series } from '../../model/types.js';
import type { GraphContext } from '../graph-context.js';
import { prune } from '../prune.js';

/** The recurring series; the forum points to it with `superEvent`, as schema.org's EventSeries asks. */
export function seriesNode(series: Series, ctx: GraphContext): EventSeriesLeaf {
  return prune<EventSeriesLeaf>({
    '@type': 'EventSeries',
    '@id': ctx.ids.of('series'),
    ...ctx.lang.name(series.name),
    url: ctx.url(series.url),
  });
}
