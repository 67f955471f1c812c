// Messages between the page and the search worker.
import type { SearchHit } from '../../lib/search/types.ts';

export type ToWorker =
  | { type: 'init'; base: string }
  | { type: 'search'; id: number; query: string; limit: number };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'results'; id: number; hits: SearchHit[]; complete: boolean }
  | { type: 'error'; id: number; message: string }
  /** The text and question shards arrived: results may change, re-run the visible query. */
  | { type: 'updated' };
