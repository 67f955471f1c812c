// Korean-aware search: public surface of src/lib/search.
export { createSearch } from './engine.ts';
export { buildEntries, lessonUrl } from './entries.ts';
export type { GlossaryInput, IndexInput, LessonInput, QuestionFileInput } from './entries.ts';
export { TOOL_ENTRIES } from './tools.ts';
export { KIND_LABELS } from './types.ts';
export type { HighlightField, MatchKind, Range, Search, SearchEntry, SearchHit, SearchKind } from './types.ts';
