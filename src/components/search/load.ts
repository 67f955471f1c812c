// The page's side of search: a client that talks to the search worker (engine and index off the main thread),
// or runs the same session in the page where workers are unavailable. Nothing loads before first use.
import type { SearchHit } from '../../lib/search/types.ts';
import type { FromWorker, ToWorker } from './protocol.ts';

export interface SearchClient {
  /** Results for the query; a later call supersedes earlier ones (their promises resolve with `null`). */
  search(query: string, limit: number): Promise<SearchHit[] | null>;
  /** Called when more of the index has arrived and the visible results should be refreshed. */
  onUpdate(listener: () => void): void;
}

const base = () => import.meta.env.BASE_URL.replace(/\/?$/, '/');

function workerClient(): SearchClient {
  const worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module', name: 'search' });
  const listeners: (() => void)[] = [];
  let latest = 0;
  const waiting = new Map<number, { resolve: (hits: SearchHit[] | null) => void; reject: (e: Error) => void }>();
  worker.addEventListener('message', (event: MessageEvent<FromWorker>) => {
    const msg = event.data;
    if (msg.type === 'updated') {
      for (const l of listeners) l();
      return;
    }
    if (msg.type === 'ready') return;
    const w = waiting.get(msg.id);
    if (!w) return;
    waiting.delete(msg.id);
    if (msg.type === 'error') w.reject(new Error(msg.message));
    else w.resolve(msg.id === latest ? msg.hits : null);
  });
  const send = (msg: ToWorker) => worker.postMessage(msg);
  send({ type: 'init', base: base() });
  return {
    search(query, limit) {
      const id = ++latest;
      // Older queries still in flight will be answered, but nobody wants them any more.
      for (const [old, w] of waiting) if (old < id) w.resolve(null);
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        send({ type: 'search', id, query, limit });
      });
    },
    onUpdate(listener) {
      listeners.push(listener);
    },
  };
}

async function inPageClient(): Promise<SearchClient> {
  const { SearchSession } = await import('./session.ts');
  const session = new SearchSession(base(), (url) => fetch(url));
  const listeners: (() => void)[] = [];
  let latest = 0;
  return {
    async search(query, limit) {
      const id = ++latest;
      const hits = await session.search(query, limit);
      if (!session.complete) void session.loadRest().then(() => listeners.forEach((l) => l()), () => undefined);
      return id === latest ? hits : null;
    },
    onUpdate(listener) {
      listeners.push(listener);
    },
  };
}

let client: Promise<SearchClient> | undefined;

export function loadSearch(): Promise<SearchClient> {
  client ??= (async () => {
    try {
      if (typeof Worker === 'function') return workerClient();
    } catch {
      // A blocked or unsupported worker: search still works, on the main thread.
    }
    return inPageClient();
  })();
  return client;
}

/** Start the worker when the learner shows intent (hover, focus), without blocking anything. */
export function preloadSearch(): void {
  const run = () => void loadSearch().catch(() => undefined);
  if ('requestIdleCallback' in window) window.requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 200);
}
