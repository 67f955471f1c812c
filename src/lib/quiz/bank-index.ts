// The quiz's question bank in two layers, so /quiz/ does not download every question before the first one:
//   - the index: lesson titles, each question's id, lesson and section (all the queue and the plans read) and the
//     reveal relation. Small; it ships inside the /quiz/ page.
//   - two files per lesson: what a card shows before it is answered (/quiz-bank/<lesson>.json: prompts, options,
//     keys), fetched when a card of the lesson comes up, and what the learner reads after answering
//     (/quiz-bank/feedback/<lesson>.json: explanations, each option's why, sources, the lesson's section headings),
//     fetched in the background once the card is on screen and awaited, if still needed, when the answer is checked.
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

/**
 * The index as /quiz/ carries it in its HTML: runs of questions of one lesson and section, ids without their
 * lesson prefix ("=" marks an id that lacks it), and the reveal relation by position. About 15 % smaller gzipped than
 * the plain index; `unpackIndex` gives back exactly `BankIndex`, order included.
 */
export interface PackedIndex {
  lessons: [id: string, title: string][];
  runs: [lesson: number, section: string, ids: string[]][];
  leaks: [revealer: number, revealed: number[]][];
}

export function packIndex(index: BankIndex): PackedIndex {
  const lessonAt = new Map(index.lessons.map((l, i) => [l.id, i]));
  const position = new Map(index.questions.map(([id], i) => [id, i]));
  const runs: PackedIndex['runs'] = [];
  for (const [id, lesson, section] of index.questions) {
    const at = lessonAt.get(lesson) ?? -1;
    const short = id.startsWith(`${lesson}-`) ? id.slice(lesson.length + 1) : `=${id}`;
    const last = runs[runs.length - 1];
    if (last && last[0] === at && last[1] === section) last[2].push(short);
    else runs.push([at, section, [short]]);
  }
  const leaks: PackedIndex['leaks'] = index.leaks.flatMap(([revealer, revealed]) => {
    const b = position.get(revealer);
    return b === undefined ? [] : [[b, revealed.flatMap((a) => position.get(a) ?? [])] as [number, number[]]];
  });
  return { lessons: index.lessons.map((l) => [l.id, l.title]), runs, leaks };
}

const badIndex = (why: string) => ({ ok: false as const, error: `문항 목록을 읽지 못했습니다 (${why}). 페이지를 새로 고쳐 보세요.` });
const isString = (x: unknown): x is string => typeof x === 'string';

/** The page's packed index back as a `BankIndex`; never throws on whatever the attribute holds. */
export function unpackIndex(value: unknown): Parsed<BankIndex> {
  if (typeof value !== 'object' || value === null) return badIndex('JSON 객체가 아님');
  const v = value as Partial<Record<keyof PackedIndex, unknown>>;
  if (!Array.isArray(v.lessons) || !Array.isArray(v.runs) || !Array.isArray(v.leaks)) return badIndex('목록 없음');
  const lessons: IndexLesson[] = [];
  for (const l of v.lessons as unknown[]) {
    if (!Array.isArray(l) || !isString(l[0]) || !isString(l[1])) return badIndex('레슨 형식 오류');
    lessons.push({ id: l[0], title: l[1] });
  }
  const questions: IndexEntry[] = [];
  for (const run of v.runs as unknown[]) {
    if (!Array.isArray(run) || !Array.isArray(run[2]) || !isString(run[1])) return badIndex('문항 형식 오류');
    const lesson = typeof run[0] === 'number' ? lessons[run[0]]?.id : undefined;
    if (lesson === undefined) return badIndex('없는 레슨');
    for (const short of run[2] as unknown[]) {
      if (!isString(short) || short === '') return badIndex('문항 id 오류');
      questions.push([short.startsWith('=') ? short.slice(1) : `${lesson}-${short}`, lesson, run[1]]);
    }
  }
  const idAt = (n: unknown) => (typeof n === 'number' ? questions[n]?.[0] : undefined);
  const leaks: LeakList = [];
  for (const entry of v.leaks as unknown[]) {
    if (!Array.isArray(entry) || !Array.isArray(entry[1])) return badIndex('누설 관계 형식 오류');
    const revealer = idAt(entry[0]);
    const revealed = (entry[1] as unknown[]).map(idAt);
    if (revealer === undefined || !revealed.every(isString)) return badIndex('누설 관계의 위치 오류');
    leaks.push([revealer, revealed as string[]]);
  }
  return { ok: true, value: { lessons, questions, leaks } };
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

export function feedbackUrl(lesson: string): string {
  return `/quiz-bank/feedback/${encodeURIComponent(lesson)}.json`;
}

/** What a question shows only after it is answered. */
export interface Feedback {
  explanation: string;
  difficulty: QuizQuestion['difficulty'];
  tags: string[];
  source?: QuizQuestion['source'];
  /** Each option's why, in option order (choice questions). */
  why?: string[];
}

/** A shard's two files: the questions as shown before answering, and their feedback by id. */
export interface ShardFiles {
  questions: { lesson: string; questions: unknown[] };
  feedback: { lesson: string; sections: Record<string, string>; feedback: Record<string, Feedback> };
}

/** Splits a lesson's questions into what a card needs before the answer and what it shows after. */
export function splitShard(shard: BankShard): ShardFiles {
  const feedback: Record<string, Feedback> = {};
  const questions = shard.questions.map((q) => {
    const { lesson: _lesson, explanation, difficulty, tags, source, ...shown } = q;
    feedback[q.id] = { explanation, difficulty, tags, ...(source === undefined ? {} : { source }) };
    if (!('options' in shown)) return shown;
    (feedback[q.id] as Feedback).why = shown.options.map((o) => o.why);
    return { ...shown, options: shown.options.map(({ why: _why, ...o }) => o) };
  });
  return { questions: { lesson: shard.lesson, questions }, feedback: { lesson: shard.lesson, sections: shard.sections, feedback } };
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

const badFile = (lesson: string, why: string) => ({ ok: false as const, error: `${lesson} 레슨의 문항 파일이 올바르지 않습니다 (${why}). 새로 고쳐 보세요.` });

/**
 * Checks the shape of a fetched question file (a stale cache or a broken proxy may answer anything) and returns its
 * questions with the lesson put back and the feedback fields empty until the feedback file fills them in.
 */
export function parseShard(value: unknown, lesson: string): Parsed<QuizQuestion[]> {
  if (typeof value !== 'object' || value === null) return badFile(lesson, 'JSON 객체가 아님');
  const v = value as Partial<ShardFiles['questions']>;
  if (v.lesson !== lesson) return badFile(lesson, '다른 레슨의 파일');
  if (!Array.isArray(v.questions)) return badFile(lesson, '문항 목록 없음');
  const out: QuizQuestion[] = [];
  for (const q of v.questions as unknown[]) {
    if (typeof q !== 'object' || q === null || typeof (q as QuizQuestion).id !== 'string' || typeof (q as QuizQuestion).kind !== 'string') return badFile(lesson, '문항 형식 오류');
    const shown = q as QuizQuestion;
    const options = 'options' in shown && Array.isArray(shown.options) ? { options: shown.options.map((o) => ({ ...o, why: '' })) } : {};
    out.push({ ...shown, ...options, lesson, explanation: '', difficulty: 1, tags: [] } as QuizQuestion);
  }
  return { ok: true, value: out };
}

export function parseFeedback(value: unknown, lesson: string): Parsed<ShardFiles['feedback']> {
  if (typeof value !== 'object' || value === null) return badFile(lesson, 'JSON 객체가 아님');
  const v = value as Partial<ShardFiles['feedback']>;
  if (v.lesson !== lesson) return badFile(lesson, '다른 레슨의 파일');
  if (typeof v.sections !== 'object' || v.sections === null) return badFile(lesson, '절 제목 없음');
  if (typeof v.feedback !== 'object' || v.feedback === null) return badFile(lesson, '해설 없음');
  for (const f of Object.values(v.feedback)) {
    if (typeof f !== 'object' || f === null || typeof (f as Feedback).explanation !== 'string') return badFile(lesson, '해설 형식 오류');
  }
  return { ok: true, value: v as ShardFiles['feedback'] };
}

/** Fills a question's feedback fields in place (the answer widget already holds the object). */
function complete(q: QuizQuestion, f: Feedback): void {
  Object.assign(q, { explanation: f.explanation, difficulty: f.difficulty, tags: f.tags }, f.source === undefined ? {} : { source: f.source });
  if ('options' in q) q.options.forEach((o, i) => (o.why = f.why?.[i] ?? ''));
}

export interface QuestionSource {
  readonly index: BankIndex;
  /** In the index (the bank this page was built with). */
  has(id: string): boolean;
  lessonOf(id: string): string | undefined;
  /** The question as shown before answering, once its lesson's question file is loaded (feedback fields filled in later). */
  get(id: string): QuizQuestion | undefined;
  /** Loaded with its feedback (explanation, whys): ready to be checked and explained. */
  complete(id: string): boolean;
  /** Section headings of a lesson (with its feedback). */
  sections(lesson: string): Readonly<Record<string, string>>;
  /** Loads the question files holding these ids (each file once; a failed load may be retried). */
  load(ids: Iterable<string>): Promise<void>;
  /** Loads the feedback files for these ids. */
  loadFeedback(ids: Iterable<string>): Promise<void>;
  /** Loads both files of a lesson. */
  loadLesson(lesson: string): Promise<void>;
}

export type FetchJson = (url: string) => Promise<unknown>;

/** The page's view of the bank: the index at once, lesson files on demand through `fetchJson` (which throws on failure). */
export function questionSource(index: BankIndex, fetchJson: FetchJson): QuestionSource {
  const lessonById = new Map(index.questions.map(([id, lesson]) => [id, lesson]));
  const questions = new Map<string, QuizQuestion>();
  const feedback = new Map<string, Feedback>();
  const sections = new Map<string, Record<string, string>>();
  const pending = new Map<string, Promise<void>>();

  /** Each URL once at a time; forgotten on failure so that it may be retried. */
  const once = (url: string, apply: (json: unknown) => void): Promise<void> => {
    let p = pending.get(url);
    if (!p) {
      p = fetchJson(url).then(apply);
      pending.set(url, p);
      p.catch(() => pending.delete(url));
    }
    return p;
  };

  const loadQuestions = (lesson: string) =>
    once(shardUrl(lesson), (json) => {
      const r = parseShard(json, lesson);
      if (!r.ok) throw new Error(r.error);
      for (const q of r.value) {
        if (lessonById.get(q.id) !== lesson || questions.has(q.id)) continue;
        const f = feedback.get(q.id);
        if (f) complete(q, f);
        questions.set(q.id, q);
      }
    });

  const loadLessonFeedback = (lesson: string) =>
    once(feedbackUrl(lesson), (json) => {
      const r = parseFeedback(json, lesson);
      if (!r.ok) throw new Error(r.error);
      sections.set(lesson, r.value.sections);
      for (const [id, f] of Object.entries(r.value.feedback)) {
        if (lessonById.get(id) !== lesson) continue;
        feedback.set(id, f);
        const q = questions.get(id);
        if (q) complete(q, f);
      }
    });

  const lessonsOf = (ids: Iterable<string>, loaded: (id: string) => boolean) => {
    const lessons = new Set<string>();
    for (const id of ids) {
      const lesson = lessonById.get(id);
      if (lesson !== undefined && !loaded(id)) lessons.add(lesson);
    }
    return [...lessons];
  };

  return {
    index,
    has: (id) => lessonById.has(id),
    lessonOf: (id) => lessonById.get(id),
    get: (id) => questions.get(id),
    complete: (id) => questions.has(id) && feedback.has(id),
    sections: (lesson) => sections.get(lesson) ?? {},
    async load(ids) {
      await Promise.all(lessonsOf(ids, (id) => questions.has(id)).map(loadQuestions));
    },
    async loadFeedback(ids) {
      await Promise.all(lessonsOf(ids, (id) => feedback.has(id)).map(loadLessonFeedback));
    },
    async loadLesson(lesson) {
      await Promise.all([loadQuestions(lesson), loadLessonFeedback(lesson)]);
    },
  };
}
