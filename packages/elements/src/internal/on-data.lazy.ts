// The drop-in bundle's one chunk of what elements need with their data (on-data.ts), loaded on
// first use by the on-demand twins of the validator and of the views.
import { onDemand } from './on-demand.js';

/** on-data.ts's exports, a promise of them while the chunk loads (rejected when it cannot be loaded, and asked for again next time). */
export const onData = onDemand(() => import('./on-data.js'));

type OnData = Awaited<ReturnType<typeof onData>>;

/** Something on-data.ts gives, at once when its chunk is here, else a promise of it (one for every caller while it loads). */
export function fromOnData<T>(pick: (module: OnData) => T | Promise<T>): () => T | Promise<T> {
  let picking: Promise<T> | undefined;
  return () => {
    const loaded = onData();
    if (!(loaded instanceof Promise)) return pick(loaded);
    if (!picking) {
      const pending = loaded.then(pick);
      // A chunk that could not be loaded is asked for again next time.
      pending.catch(() => {
        if (picking === pending) picking = undefined;
      });
      picking = pending;
    }
    return picking;
  };
}
