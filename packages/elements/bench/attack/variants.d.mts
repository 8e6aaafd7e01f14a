export type Placement = 'texts' | 'urls' | 'field names' | 'language keys';
export declare const PLACEMENTS: readonly Placement[];
/** A copy of `data` with `text` in every place of `placement`. */
export declare function withPayload(data: unknown, text: string, placement: Placement): any;
/** A copy of `data` with payloads in the places of each placement given, each list taken in turn. */
export declare function withPayloads(data: unknown, lists: Partial<Record<Placement, readonly string[]>>): any;
/** How many places of `placement` the data has. */
export declare function countPlaces(data: unknown, placement: Placement): number;
