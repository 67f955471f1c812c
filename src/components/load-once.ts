// One shared request for code or data that several callers may ask for (a dynamic import, a JSON file): the first
// call starts it, later calls get the same promise, and a failure (offline, a deploy that removed the chunk) is
// forgotten so the next call tries again.
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => {
    pending ??= load().catch((error: unknown) => {
      pending = null;
      throw error;
    });
    return pending;
  };
}
