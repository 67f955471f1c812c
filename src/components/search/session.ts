// One search session over the sharded index: the names shard builds the engine for the first query; the
// text and question shards load after it and rebuild the engine with everything. Runs inside the search
// worker (search-worker.ts), or on the main thread where workers are unavailable. Fetch is injected.
import { createSearch } from '../../lib/search/engine.ts';
import { joinShards, namesOnly, SHARD_FILES, type NameRecord, type TextRecord } from '../../lib/search/shards.ts';
import type { Search, SearchEntry, SearchHit } from '../../lib/search/types.ts';

export type Fetcher = (url: string) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

export class SearchSession {
  #base: string;
  #fetch: Fetcher;
  #engine: Promise<Search> | undefined;
  #names: NameRecord[] = [];
  #rest: Promise<boolean> | undefined;
  /** True once the text and question shards are in the engine. */
  complete = false;

  constructor(base: string, fetcher: Fetcher) {
    this.#base = base.replace(/\/?$/, '/');
    this.#fetch = fetcher;
  }

  async #get<T>(file: string): Promise<T> {
    const res = await this.#fetch(`${this.#base}${file}`);
    if (!res.ok) throw new Error(`${file}: HTTP ${res.status}`);
    return (await res.json()) as T;
  }

  /** The engine over the names shard (a failed load is retried on the next call). */
  ready(): Promise<Search> {
    if (!this.#engine) {
      this.#engine = this.#get<NameRecord[]>(SHARD_FILES.names).then((names) => {
        this.#names = names;
        return createSearch(namesOnly(names));
      });
      this.#engine.catch(() => {
        this.#engine = undefined;
      });
    }
    return this.#engine;
  }

  async search(query: string, limit: number): Promise<SearchHit[]> {
    const engine = await this.ready();
    return engine.search(query, limit);
  }

  /** Loads the rest of the index once; resolves true when the engine now covers it (the caller re-runs its query). */
  loadRest(): Promise<boolean> {
    if (!this.#rest) {
      this.#rest = (async () => {
        await this.ready();
        const [text, questions] = await Promise.all([this.#get<TextRecord[]>(SHARD_FILES.text), this.#get<SearchEntry[]>(SHARD_FILES.questions)]);
        this.#engine = Promise.resolve(createSearch(joinShards(this.#names, text, questions)));
        this.complete = true;
        return true;
      })();
      this.#rest.catch(() => {
        this.#rest = undefined;
      });
    }
    return this.#rest;
  }
}
