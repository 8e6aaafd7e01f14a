// What the drop-in bundle's on-demand twins have in common (tsup.config.ts builds them in place of
// the modules they stand for): a module loaded as a chunk on first use.

/**
 * A function giving what `load` resolves to: a promise the first time (the same one for every
 * caller while it loads), the value itself once it is there. A load that fails is tried again on
 * the next call.
 */
export function onDemand<T>(load: () => Promise<T>): () => T | Promise<T> {
  let loaded: { value: T } | undefined;
  let loading: Promise<T> | undefined;
  return () => {
    if (loaded) return loaded.value;
    if (!loading) {
      const pending = load().then((value) => {
        loaded = { value };
        return value;
      });
      // A chunk that could not be loaded is asked for again next time.
      pending.catch(() => {
        if (loading === pending) loading = undefined;
      });
      loading = pending;
    }
    return loading;
  };
}
