/**
 * A chunk fetched once and kept: `load` runs at the first call, and every later call gets the same
 * promise, unless that one failed (offline, a file replaced by a new deploy): the next call then
 * tries again.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () => {
    if (!loading) {
      const promise = load();
      promise.catch(() => {
        if (loading === promise) loading = null;
      });
      loading = promise;
    }
    return loading;
  };
}
