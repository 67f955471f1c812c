// Loads the engine (fuse.js + es-hangul, one lazy chunk) and /search-index.json on first use only.
import type { Search, SearchEntry } from '../../lib/search/types.ts';

let pending: Promise<Search> | undefined;

export function loadSearch(): Promise<Search> {
  if (!pending) {
    pending = (async () => {
      const [{ createSearch }, res] = await Promise.all([
        import('../../lib/search/engine.ts'),
        fetch(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}search-index.json`),
      ]);
      if (!res.ok) throw new Error(`search-index.json: HTTP ${res.status}`);
      return createSearch((await res.json()) as SearchEntry[]);
    })();
    // A failed load (offline) may be retried on the next keystroke.
    pending.catch(() => {
      pending = undefined;
    });
  }
  return pending;
}

/** Warm the cache when the learner shows intent (hover, focus), without blocking anything. */
export function preloadSearch(): void {
  const run = () => void loadSearch().catch(() => undefined);
  if ('requestIdleCallback' in window) window.requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 200);
}
