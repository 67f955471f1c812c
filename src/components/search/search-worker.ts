// The search worker: fetches the index and builds the engine (jamo keys, Fuse records, bigram postings) off the
// main thread, so opening search never blocks typing or scrolling, then answers queries.
/// <reference lib="webworker" />
import type { FromWorker, ToWorker } from './protocol.ts';
import { SearchSession } from './session.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
let session: SearchSession | undefined;
const post = (msg: FromWorker) => scope.postMessage(msg);

scope.addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const msg = event.data;
  if (msg.type === 'init') {
    session ??= new SearchSession(msg.base, (url) => fetch(url));
    session.ready().then(() => post({ type: 'ready' }), () => undefined);
    return;
  }
  const current = session;
  if (!current) return;
  current.search(msg.query, msg.limit).then(
    (hits) => {
      post({ type: 'results', id: msg.id, hits, complete: current.complete });
      // The rest of the index is wanted only once someone actually searches.
      if (!current.complete) current.loadRest().then(() => post({ type: 'updated' }), () => undefined);
    },
    (error: unknown) => post({ type: 'error', id: msg.id, message: error instanceof Error ? error.message : String(error) }),
  );
});
