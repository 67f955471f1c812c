// /quiz-bank/index.json: each lesson's question ids, for the lesson pages' mastery marks (src/components/study/marks.ts).
// A module of its own so that those pages load these few lines, not the quiz's bank code (bank-index.ts).
import type { BankIndex } from './bank-index.ts';

/** What /quiz-bank/index.json holds: each lesson's question ids, in bank order (the lesson pages' mastery marks). */
export interface QuestionIdsByLesson {
  lessons: Record<string, string[]>;
}

export function questionIdsByLesson(index: BankIndex): QuestionIdsByLesson {
  const lessons = new Map<string, string[]>();
  for (const [id, lesson] of index.questions) lessons.set(lesson, [...(lessons.get(lesson) ?? []), id]);
  return { lessons: Object.fromEntries(lessons) };
}

/** Reads a fetched /quiz-bank/index.json (a stale cache may answer anything); null when its shape is wrong. */
export function parseQuestionIds(value: unknown): Map<string, string[]> | null {
  if (typeof value !== 'object' || value === null) return null;
  const lessons = (value as Partial<QuestionIdsByLesson>).lessons;
  if (typeof lessons !== 'object' || lessons === null) return null;
  const out = new Map<string, string[]>();
  for (const [lesson, ids] of Object.entries(lessons)) {
    if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) return null;
    out.set(lesson, ids);
  }
  return out;
}
