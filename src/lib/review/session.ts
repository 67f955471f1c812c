// Instructor review sessions: a URL's parameters → a reproducible list of slides.
// The same parameters give the same slides on any machine (seeded shuffle), so a link reproduces a class session.
// Pure: the question bank and lesson metadata are passed in.
import type { Question, QuestionKind } from '../quiz/question-schema.ts';
import { scrambledOrder, seededRandom, shuffle } from '../random.ts';
import { QUESTION_KINDS } from '../quiz/kinds.ts';

export interface ReviewConfig {
  /** Lesson ids, in course order; empty means every lesson. */
  lessons: string[];
  /** Question kinds to include; empty means every kind. */
  kinds: QuestionKind[];
  /** Number of questions (1–100). */
  count: number;
  order: 'written' | 'shuffled';
  /** Seed of the shuffle (a positive integer); ignored when order is 'written'. */
  seed: number;
  /** Seconds per question; 0 = no timer. */
  timer: number;
  /** Start each lesson with its key points. */
  keyPoints: boolean;
}

export const DEFAULT_CONFIG: ReviewConfig = { lessons: [], kinds: [], count: 10, order: 'shuffled', seed: 1, timer: 0, keyPoints: true };
export const MAX_COUNT = 100;
export const MAX_TIMER = 600;

export interface LessonInfo {
  id: string;
  title: string;
  order: number;
  keyPoints: string[];
}

export type BankQuestion = Question & { lesson: string };

export type Slide =
  | { kind: 'key-points'; lesson: LessonInfo }
  | {
      kind: 'question';
      /** 1-based number among the session's questions. */
      number: number;
      lesson: LessonInfo;
      question: BankQuestion;
      /** Display order of ordering steps / matching right items (indices into the written lists). */
      shuffledIndices: number[];
    };

export interface ReviewSession {
  config: ReviewConfig;
  slides: Slide[];
  questionCount: number;
  /** Warnings for the setup page, in Korean (e.g. fewer questions than asked). */
  notes: string[];
}

/** Reads a config from URL search parameters, tolerating anything a person could type: bad values fall back to defaults. */
export function parseReviewParams(params: URLSearchParams, knownLessons: readonly string[]): ReviewConfig {
  // A list may come comma-separated (a shared link) or repeated (the setup form's checkboxes).
  const list = (key: string) => params.getAll(key).flatMap((v) => v.split(',')).map((s) => s.trim()).filter(Boolean);
  const int = (key: string, fallback: number, min: number, max: number) => {
    const raw = params.get(key);
    if (raw === null || !/^\d+$/.test(raw.trim())) return fallback;
    return Math.min(max, Math.max(min, Number(raw)));
  };
  const lessonsParam = list('lessons');
  const lessons = lessonsParam.includes('all') ? [] : knownLessons.filter((id) => lessonsParam.includes(id));
  const kinds = QUESTION_KINDS.filter((k) => list('kinds').includes(k));
  return {
    lessons,
    kinds,
    count: int('n', DEFAULT_CONFIG.count, 1, MAX_COUNT),
    order: params.get('order') === 'written' ? 'written' : 'shuffled',
    seed: int('seed', DEFAULT_CONFIG.seed, 1, 2 ** 31 - 1),
    timer: int('timer', DEFAULT_CONFIG.timer, 0, MAX_TIMER),
    // The form sends a hidden keypoints=0 before the checkbox's keypoints=1: the last value wins.
    keyPoints: params.getAll('keypoints').at(-1) !== '0',
  };
}

/** The query string that reproduces a config (stable key order). */
export function toReviewParams(config: ReviewConfig): string {
  const params = new URLSearchParams();
  params.set('lessons', config.lessons.length > 0 ? config.lessons.join(',') : 'all');
  if (config.kinds.length > 0) params.set('kinds', config.kinds.join(','));
  params.set('n', String(config.count));
  params.set('order', config.order);
  if (config.order === 'shuffled') params.set('seed', String(config.seed));
  params.set('timer', String(config.timer));
  params.set('keypoints', config.keyPoints ? '1' : '0');
  return params.toString();
}

function displayOrder(question: BankQuestion, random: () => number): number[] {
  const length = question.kind === 'ordering' ? question.steps.length : question.kind === 'matching' ? question.pairs.length : 0;
  return scrambledOrder(length, random);
}

export function buildSession(config: ReviewConfig, lessons: readonly LessonInfo[], bank: readonly BankQuestion[]): ReviewSession {
  const byId = new Map(lessons.map((l) => [l.id, l]));
  const courseOrder = [...lessons].sort((a, b) => a.order - b.order);
  const chosenLessons = config.lessons.length > 0 ? courseOrder.filter((l) => config.lessons.includes(l.id)) : courseOrder;
  const chosenIds = new Set(chosenLessons.map((l) => l.id));
  const lessonRank = new Map(courseOrder.map((l, i) => [l.id, i]));
  const pool = bank
    .filter((q) => chosenIds.has(q.lesson) && (config.kinds.length === 0 || config.kinds.includes(q.kind)))
    // Written order: course order of lessons, then the bank's order inside a lesson (stable sort).
    .map((q, i) => ({ q, i }))
    .sort((a, b) => (lessonRank.get(a.q.lesson) ?? 0) - (lessonRank.get(b.q.lesson) ?? 0) || a.i - b.i)
    .map(({ q }) => q);
  const random = seededRandom(config.seed);
  const ordered = config.order === 'shuffled' ? shuffle(pool, random) : pool;
  const picked = ordered.slice(0, config.count);
  const notes: string[] = [];
  if (pool.length === 0) notes.push('조건에 맞는 문제가 없습니다. 레슨이나 문제 유형을 더 고르세요.');
  else if (picked.length < config.count) notes.push(`조건에 맞는 문제가 ${pool.length}개뿐이라 ${picked.length}문제로 진행합니다.`);

  const questionSlide = (question: BankQuestion, number: number): Slide => ({
    kind: 'question',
    number,
    lesson: byId.get(question.lesson) ?? { id: question.lesson, title: question.lesson, order: 0, keyPoints: [] },
    question,
    shuffledIndices: displayOrder(question, random),
  });

  const slides: Slide[] = [];
  if (config.keyPoints && config.order === 'written') {
    // Each lesson's key points right before its questions.
    let current: string | null = null;
    picked.forEach((question, index) => {
      if (question.lesson !== current) {
        current = question.lesson;
        const lesson = byId.get(question.lesson);
        if (lesson) slides.push({ kind: 'key-points', lesson });
      }
      slides.push(questionSlide(question, index + 1));
    });
  } else {
    if (config.keyPoints) {
      const used = new Set(picked.map((q) => q.lesson));
      for (const lesson of chosenLessons) if (used.has(lesson.id)) slides.push({ kind: 'key-points', lesson });
    }
    picked.forEach((question, index) => slides.push(questionSlide(question, index + 1)));
  }
  return { config, slides, questionCount: picked.length, notes };
}

/** Tallies of a show of hands: per question id, the number of hands per option (or per true/false). */
export type Tallies = Record<string, number[]>;

/** Options a question's tally counts: choices for choice questions, 참/거짓 for true/false, none otherwise. */
export function tallyLabels(question: Question): string[] {
  if (question.kind === 'single' || question.kind === 'multiple') return question.options.map((o) => o.text);
  if (question.kind === 'true-false') return ['참', '거짓'];
  return [];
}

/** Indices of the tally entries that are right answers. */
export function correctTallyIndices(question: Question): number[] {
  switch (question.kind) {
    case 'single': return [question.answer];
    case 'multiple': return [...question.answers];
    case 'true-false': return [question.answer ? 0 : 1];
    default: return [];
  }
}

export interface TallyResult {
  questionId: string;
  total: number;
  correct: number;
  /** Share of hands on right answers, 0–1; null when nobody voted. */
  rate: number | null;
}

/** Questions the class found hardest first (lowest share of right answers); unvoted questions are left out. */
export function hardestQuestions(questions: readonly Question[], tallies: Tallies): TallyResult[] {
  return questions
    .map((question): TallyResult => {
      const counts = tallies[question.id] ?? [];
      const total = counts.reduce((sum, n) => sum + n, 0);
      const correct = correctTallyIndices(question).reduce((sum, i) => sum + (counts[i] ?? 0), 0);
      return { questionId: question.id, total, correct, rate: total > 0 ? correct / total : null };
    })
    .filter((r) => r.rate !== null)
    .sort((a, b) => (a.rate ?? 0) - (b.rate ?? 0) || b.total - a.total);
}
