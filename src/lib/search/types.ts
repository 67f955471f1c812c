// Shapes shared by the index builder (build time), the engine and the UI (browser).

export type SearchKind = 'lesson' | 'term' | 'question' | 'tool';

/** Korean badge shown next to each result. */
export const KIND_LABELS: Readonly<Record<SearchKind, string>> = {
  lesson: '레슨',
  term: '용어',
  question: '퀴즈',
  tool: '도구',
};

/** One record of /search-index.json. Optional fields are omitted, never `undefined`, to keep the JSON small. */
export interface SearchEntry {
  /** Unique across the index, e.g. `lesson:ami#what-is-ami`, `term:asg`, `question:asg-01`, `tool:quiz`. */
  id: string;
  kind: SearchKind;
  /** What the result shows as its name: section heading, Korean term, question prompt or tool name. */
  title: string;
  /** Root-relative URL with the section anchor. */
  url: string;
  /** Lesson title the entry belongs to (sections, terms, questions). */
  lesson?: string;
  /** Heading of the section that teaches it (terms, questions); sections use `title`. */
  heading?: string;
  /** English name (terms, tools). */
  en?: string;
  /** Abbreviation (ASG, ALB…). */
  abbr?: string;
  /** Other spellings learners type; matched but not shown. */
  aliases?: string[];
  /** Short plain text: the section's first sentences, a term's definition, a tool's purpose. */
  excerpt?: string;
  /** Terms: URL of the lesson section that teaches it; ranked right after the term. */
  see?: string;
}

/** Half-open [start, end) UTF-16 ranges in the original text. */
export type Range = readonly [number, number];

export type HighlightField = 'title' | 'en' | 'abbr' | 'alias' | 'excerpt';

/** A result: the entry's displayed fields (not its aliases or `see`), and how it matched. */
export interface SearchHit extends Omit<SearchEntry, 'aliases' | 'see'> {
  /** The alias that matched, when the hit was found through one (shown so the learner sees why). */
  alias?: string;
  /** Lower is better; 0 is an exact name match. */
  score: number;
  /** How the hit was found; useful in tests and for debugging ranking. */
  match: MatchKind;
  highlights: Partial<Record<HighlightField, Range[]>>;
}

export type MatchKind =
  | 'exact'
  | 'prefix'
  | 'substring'
  | 'choseong'
  | 'expansion'
  | 'fuzzy'
  | 'words'
  | 'body'
  | 'layout';

export interface Search {
  search(query: string, limit?: number): SearchHit[];
  readonly size: number;
}
