// The index ships in three files so the first search downloads only what names can match (growth plan:
// at 10× the content the first-search transfer stays under Pagefind's; `npm run bench -- search`, `search-peer`):
//   /search-index.json      names: every lesson section, term and tool as matched (title, English name, abbreviation,
//                           aliases, `see`) as compact rows, without display-only fields; the kind follows from the id,
//                           a URL that follows from the id is left out, and so is a section id that follows from its
//                           lesson and heading (the slug of the heading),
//   /search-text.json       per names entry, in the same order: [excerpt, lesson title, section heading],
//   /search-questions.json  quiz prompts (long sentences, matched as body text).
// The last two load in the background after the first query; results then refresh with excerpts, paths and prompts.
import type { SearchEntry } from './types.ts';

export const SHARD_FILES = { names: 'search-index.json', text: 'search-text.json', questions: 'search-questions.json' } as const;

/**
 * A names-shard row: [id, title, en, abbr, aliases, see, url], 0 for a missing field, trailing zeros dropped.
 * `id` is '' when it is `lesson:<the last lesson row's id>#<headingSlug(title)>`; `url` is 0 when `urlFromId` gives it.
 */
export type NameRecord = [id: string, title: string, en?: string | 0, abbr?: string | 0, aliases?: string[] | 0, see?: string | 0, url?: string | 0];

/** The anchor github-slugger (Astro's heading ids) makes of most headings; a heading it differs on keeps its id. */
export function headingSlug(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '').replace(/ /g, '-');
}

function kindOf(id: string): SearchEntry['kind'] {
  return id.startsWith('term:') ? 'term' : id.startsWith('tool:') ? 'tool' : id.startsWith('question:') ? 'question' : 'lesson';
}
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
  let currentLesson = '';
  for (const e of entries) {
    if (e.kind === 'question') {
      questions.push(e);
      continue;
    }
    const { excerpt, lesson, heading } = e;
    if (kindOf(e.id) !== e.kind) throw new Error(`${e.id}: the id prefix must give the kind (${e.kind})`);
    if (e.kind === 'lesson' && !e.id.includes('#')) currentLesson = e.id.slice('lesson:'.length);
    const id = e.id === `lesson:${currentLesson}#${headingSlug(e.title)}` ? '' : e.id;
    const row: NameRecord = [id, e.title, e.en ?? 0, e.abbr ?? 0, e.aliases ?? 0, e.see ?? 0, urlFromId(e.id) === e.url ? 0 : e.url];
    while (row.length > 2 && row[row.length - 1] === 0) row.pop();
    names.push(row);
    const t = [excerpt ?? '', lesson ?? '', heading ?? ''];
    while (t.length > 0 && t[t.length - 1] === '') t.pop();
    text.push(t);
  }
  return { names, text, questions };
}

/** Entries the engine can search from the names shard alone. */
export function namesOnly(names: readonly NameRecord[]): SearchEntry[] {
  let currentLesson = '';
  return names.map(([rawId, title, en, abbr, aliases, see, url]) => {
    const id = rawId || `lesson:${currentLesson}#${headingSlug(title)}`;
    const kind = kindOf(id);
    if (kind === 'lesson' && !id.includes('#')) currentLesson = id.slice('lesson:'.length);
    const e: SearchEntry = { id, kind, title, url: url || (urlFromId(id) ?? '/') };
    if (en) e.en = en;
    if (abbr) e.abbr = abbr;
    if (aliases) e.aliases = aliases;
    if (see) e.see = see;
    return e;
  });
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
