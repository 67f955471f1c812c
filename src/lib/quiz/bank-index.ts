// The quiz's question bank in two layers, so /quiz/ does not download every question before the first one:
//   - the index: lesson titles, each question's id, lesson and section (all the queue and the plans read) and the
//     reveal relation. Small; it ships inside the /quiz/ page.
//   - one shard per lesson (/quiz-bank/<lesson>.json): that lesson's full questions and its section headings,
//     fetched when a card of the lesson is about to be shown.
// Built at build time from the whole bank (src/components/quiz/bank-data.ts); the shard cache below is what the
// page uses to load them, with the fetch injected.
import type { QuizQuestion } from './grading.ts';
import type { LeakList } from './leaks.ts';

export interface IndexLesson {
  id: string;
  title: string;
}

/** [id, lesson, section]: a tuple, because there are hundreds of them in every page load. */
export type IndexEntry = [id: string, lesson: string, section: string];

export interface BankIndex {
  lessons: IndexLesson[];
  questions: IndexEntry[];
  leaks: LeakList;
}

export interface BankShard {
  lesson: string;
  /** Section anchor → heading text, for "레슨에서 다시 보기" links. */
  sections: Record<string, string>;
  questions: QuizQuestion[];
}

interface WholeBank {
  lessons: readonly { id: string; title: string; sections: Record<string, string> }[];
  questions: readonly QuizQuestion[];
}

/** The index of a whole bank: lessons that have questions, in bank order, and every question in bank order. */
export function bankIndex(bank: WholeBank, leaks: LeakList): BankIndex {
  const withQuestions = new Set(bank.questions.map((q) => q.lesson));
  return {
    lessons: bank.lessons.filter((l) => withQuestions.has(l.id)).map((l) => ({ id: l.id, title: l.title })),
    questions: bank.questions.map((q) => [q.id, q.lesson, q.section]),
    leaks,
  };
}

/** One shard per lesson that has questions. */
export function bankShards(bank: WholeBank): BankShard[] {
  return bank.lessons
    .map((l) => ({ lesson: l.id, sections: l.sections, questions: bank.questions.filter((q) => q.lesson === l.id) }))
    .filter((s) => s.questions.length > 0);
}

/** Lesson ids are slugs from file names; encoding keeps the URL valid whatever they hold. */
export function shardUrl(lesson: string): string {
  return `/quiz-bank/${encodeURIComponent(lesson)}.json`;
}

export type ShardResult = { ok: true; value: BankShard } | { ok: false; error: string };

/** Checks the shape of a fetched shard (a stale cache or a broken proxy may answer anything). */
export function parseShard(value: unknown, lesson: string): ShardResult {
  const bad = (why: string): ShardResult => ({ ok: false, error: `${lesson} 레슨의 문항 파일이 올바르지 않습니다 (${why}). 새로 고쳐 보세요.` });
  if (typeof value !== 'object' || value === null) return bad('JSON 객체가 아님');
  const v = value as Partial<BankShard>;
  if (v.lesson !== lesson) return bad('다른 레슨의 파일');
  if (!Array.isArray(v.questions)) return bad('문항 목록 없음');
  if (typeof v.sections !== 'object' || v.sections === null) return bad('절 제목 없음');
  for (const q of v.questions as unknown[]) {
    if (typeof q !== 'object' || q === null || typeof (q as QuizQuestion).id !== 'string' || typeof (q as QuizQuestion).kind !== 'string') return bad('문항 형식 오류');
  }
  return { ok: true, value: { lesson, sections: v.sections, questions: v.questions.map((q) => ({ ...q, lesson })) } };
}

export interface QuestionSource {
  readonly index: BankIndex;
  /** In the index (the bank this page was built with). */
  has(id: string): boolean;
  lessonOf(id: string): string | undefined;
  /** The full question, once its lesson's shard is loaded. */
  get(id: string): QuizQuestion | undefined;
  sections(lesson: string): Readonly<Record<string, string>>;
  /** Loads the shards holding these ids (each shard once; a failed load may be retried). */
  load(ids: Iterable<string>): Promise<void>;
  /** Loads one lesson's shard. */
  loadLesson(lesson: string): Promise<void>;
}

export type FetchJson = (url: string) => Promise<unknown>;

/** The page's view of the bank: the index at once, shards on demand through `fetchJson` (which throws on failure). */
export function questionSource(index: BankIndex, fetchJson: FetchJson): QuestionSource {
  const lessonById = new Map(index.questions.map(([id, lesson]) => [id, lesson]));
  const questions = new Map<string, QuizQuestion>();
  const sections = new Map<string, Record<string, string>>();
  const pending = new Map<string, Promise<void>>();

  const loadLesson = (lesson: string): Promise<void> => {
    let p = pending.get(lesson);
    if (!p) {
      p = fetchJson(shardUrl(lesson)).then((json) => {
        const r = parseShard(json, lesson);
        if (!r.ok) throw new Error(r.error);
        sections.set(lesson, r.value.sections);
        for (const q of r.value.questions) if (lessonById.get(q.id) === lesson) questions.set(q.id, q);
      });
      pending.set(lesson, p);
      p.catch(() => pending.delete(lesson));
    }
    return p;
  };

  return {
    index,
    has: (id) => lessonById.has(id),
    lessonOf: (id) => lessonById.get(id),
    get: (id) => questions.get(id),
    sections: (lesson) => sections.get(lesson) ?? {},
    async load(ids) {
      const lessons = new Set<string>();
      for (const id of ids) {
        const lesson = lessonById.get(id);
        if (lesson !== undefined && !questions.has(id)) lessons.add(lesson);
      }
      await Promise.all([...lessons].map(loadLesson));
    },
    loadLesson,
  };
}
