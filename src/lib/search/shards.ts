// The index ships in three files so the first search downloads only what names can match (growth plan:
// at 10× the content the first-search transfer stays under Pagefind's; `npm run bench -- search`):
//   /search-index.json      names: every lesson section, term and tool without its excerpt (matched first),
//   /search-text.json       the excerpts of those entries, in the same order (body-text matching and display),
//   /search-questions.json  quiz prompts (long sentences, matched as body text).
// The last two load in the background after the first query; results then refresh with them.
import type { SearchEntry } from './types.ts';

export const SHARD_FILES = { names: 'search-index.json', text: 'search-text.json', questions: 'search-questions.json' } as const;

export interface Shards {
  names: SearchEntry[];
  /** `text[i]` is the excerpt of `names[i]` ('' when it has none). */
  text: string[];
  questions: SearchEntry[];
}

export function splitShards(entries: readonly SearchEntry[]): Shards {
  const names: SearchEntry[] = [];
  const text: string[] = [];
  const questions: SearchEntry[] = [];
  for (const e of entries) {
    if (e.kind === 'question') {
      questions.push(e);
      continue;
    }
    const { excerpt, ...rest } = e;
    names.push(rest);
    text.push(excerpt ?? '');
  }
  return { names, text, questions };
}

/** The whole index again; a text shard of the wrong length (a stale cache) is ignored rather than misaligned. */
export function joinShards(names: readonly SearchEntry[], text?: readonly string[], questions?: readonly SearchEntry[]): SearchEntry[] {
  const aligned = text && text.length === names.length;
  const out = names.map((e, i) => {
    const excerpt = aligned ? text[i] : undefined;
    return excerpt ? { ...e, excerpt } : { ...e };
  });
  return questions ? [...out, ...questions] : out;
}
