// The index ships in three files so the first search downloads only what names can match (growth plan:
// at 10× the content the first-search transfer stays under Pagefind's; `npm run bench -- search`, `search-peer`):
//   /search-index.json      names: every lesson section, term and tool as matched (title, English name, abbreviation,
//                           aliases, `see`), without display-only fields; a URL that follows from the id is left out,
//   /search-text.json       per names entry, in the same order: [excerpt, lesson title, section heading],
//   /search-questions.json  quiz prompts (long sentences, matched as body text).
// The last two load in the background after the first query; results then refresh with excerpts, paths and prompts.
import type { SearchEntry } from './types.ts';

export const SHARD_FILES = { names: 'search-index.json', text: 'search-text.json', questions: 'search-questions.json' } as const;

/** A names-shard record: the entry without excerpt, lesson and heading, and without `url` when `urlFromId` gives it. */
export type NameRecord = Omit<SearchEntry, 'url' | 'excerpt' | 'lesson' | 'heading'> & { url?: string };
/** [excerpt, lesson, heading], trailing empty strings dropped. */
export type TextRecord = string[];

export interface Shards {
  names: NameRecord[];
  text: TextRecord[];
  questions: SearchEntry[];
}

/** `lesson:ami#what-is-ami` → `/lessons/ami/#what-is-ami`, `lesson:ami` → `/lessons/ami/`, `term:asg` → `/glossary/#asg`. */
export function urlFromId(id: string): string | undefined {
  const lesson = /^lesson:([^#]+)(?:#(.+))?$/.exec(id);
  if (lesson) return `/lessons/${lesson[1]}/${lesson[2] ? `#${lesson[2]}` : ''}`;
  const term = /^term:(.+)$/.exec(id);
  return term ? `/glossary/#${term[1]}` : undefined;
}

export function splitShards(entries: readonly SearchEntry[]): Shards {
  const names: NameRecord[] = [];
  const text: TextRecord[] = [];
  const questions: SearchEntry[] = [];
  for (const e of entries) {
    if (e.kind === 'question') {
      questions.push(e);
      continue;
    }
    const { excerpt, lesson, heading, url, ...rest } = e;
    names.push(urlFromId(e.id) === url ? rest : { ...rest, url });
    const t = [excerpt ?? '', lesson ?? '', heading ?? ''];
    while (t.length > 0 && t[t.length - 1] === '') t.pop();
    text.push(t);
  }
  return { names, text, questions };
}

/** Entries the engine can search from the names shard alone. */
export function namesOnly(names: readonly NameRecord[]): SearchEntry[] {
  return names.map((n) => ({ ...n, url: n.url ?? urlFromId(n.id) ?? '/' }));
}

/** The whole index again; a text shard of the wrong length (a stale cache) is ignored rather than misaligned. */
export function joinShards(names: readonly NameRecord[], text?: readonly TextRecord[], questions?: readonly SearchEntry[]): SearchEntry[] {
  const aligned = text && text.length === names.length;
  const out = namesOnly(names).map((e, i) => {
    const [excerpt, lesson, heading] = (aligned ? text[i] : undefined) ?? [];
    const full: SearchEntry = { ...e };
    if (excerpt) full.excerpt = excerpt;
    if (lesson) full.lesson = lesson;
    if (heading) full.heading = heading;
    return full;
  });
  return questions ? [...out, ...questions] : out;
}
