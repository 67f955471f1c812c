// Instructor review sessions: a URL's parameters → a reproducible list of slides.
// The same parameters give the same slides on any machine (seeded shuffle), so a link reproduces a class session.
// Pure: the question bank and lesson metadata are passed in, so the presenter, the worksheets and the live
// classroom all build the very same session (questions, option order, letters) from one link.
import type { Question, QuestionKind } from '../quiz/question-schema.ts';
import { scrambledOrder, seededRandom, shuffle } from '../random.ts';
import { hashString, optionOrder } from '../quiz/option-order.ts';
import { QUESTION_KINDS } from '../quiz/kinds.ts';

/**
 * How a link draws its questions. 1: links made before `v=` existed (one shuffle over the whole pool, so several
 * lessons could be drawn 7:1); they must keep drawing exactly what they drew. 2: several lessons are drawn evenly,
 * and each question's step order depends on its id only. A link without `v` is version 1.
 */
export type DrawVersion = 1 | 2;
export const CURRENT_DRAW_VERSION: DrawVersion = 2;

export interface ReviewConfig {
  version: DrawVersion;
  /** Lesson ids, in course order; empty means every lesson. */
  lessons: string[];
  /** Question kinds to include; empty means every kind. */
  kinds: QuestionKind[];
  /** Number of questions (1–100). */
  count: number;
  order: 'written' | 'shuffled';
  /** The 문제 세트 번호: seeds the draw, the question order and every option order (a positive integer). */
  seed: number;
  /** Seconds per question; 0 = no timer. */
  timer: number;
  /** Start each lesson with its key points. */
  keyPoints: boolean;
  /** When not empty, only these questions may be drawn. */
  include: string[];
  /** These questions are never drawn. */
  exclude: string[];
}

export const DEFAULT_CONFIG: ReviewConfig = {
  version: CURRENT_DRAW_VERSION, lessons: [], kinds: [], count: 10, order: 'shuffled', seed: 1, timer: 0, keyPoints: true, include: [], exclude: [],
};
export const MAX_COUNT = 100;
export const MAX_TIMER = 600;
export const MAX_SEED = 2 ** 31 - 1;

export interface LessonInfo {
  id: string;
  title: string;
  order: number;
  keyPoints: string[];
}

export type BankQuestion = Question & { lesson: string };

export interface QuestionSlide {
  kind: 'question';
  /** 1-based number among the session's questions. */
  number: number;
  lesson: LessonInfo;
  question: BankQuestion;
  /**
   * Display order of a choice question's options, as indices into `question.options` (empty for other kinds).
   * Letter A is `question.options[choiceOrder[0]]` on every surface: play, presenter, worksheet, key, classroom.
   */
  choiceOrder: number[];
  /** Display order of ordering steps / matching right items (indices into the written lists). */
  shuffledIndices: number[];
}

export type Slide = { kind: 'key-points'; lesson: LessonInfo } | QuestionSlide;

export interface ReviewSession {
  config: ReviewConfig;
  slides: Slide[];
  questionCount: number;
  /** Warnings for the setup page, in Korean (e.g. fewer questions than asked). */
  notes: string[];
}

const QUESTION_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Reads a config from URL search parameters, tolerating anything a person could type: bad values fall back to defaults. */
export function parseReviewParams(params: URLSearchParams, knownLessons: readonly string[]): ReviewConfig {
  // A list may come comma-separated (a shared link) or repeated (the setup form's checkboxes).
  const list = (key: string) => params.getAll(key).flatMap((v) => v.split(',')).map((s) => s.trim()).filter(Boolean);
  const int = (key: string, fallback: number, min: number, max: number) => {
    const raw = params.get(key);
    if (raw === null || !/^\d+$/.test(raw.trim())) return fallback;
    return Math.min(max, Math.max(min, Number(raw)));
  };
  const ids = (key: string) => [...new Set(list(key).filter((id) => QUESTION_ID.test(id)))];
  const lessonsParam = list('lessons');
  const lessons = lessonsParam.includes('all') ? [] : knownLessons.filter((id) => lessonsParam.includes(id));
  const kinds = QUESTION_KINDS.filter((k) => list('kinds').includes(k));
  return {
    version: params.get('v')?.trim() === '2' ? 2 : 1,
    lessons,
    kinds,
    count: int('n', DEFAULT_CONFIG.count, 1, MAX_COUNT),
    order: params.get('order') === 'written' ? 'written' : 'shuffled',
    seed: int('seed', DEFAULT_CONFIG.seed, 1, MAX_SEED),
    timer: int('timer', DEFAULT_CONFIG.timer, 0, MAX_TIMER),
    // The form sends a hidden keypoints=0 before the checkbox's keypoints=1: the last value wins.
    keyPoints: params.getAll('keypoints').at(-1) !== '0',
    include: ids('include'),
    exclude: ids('exclude'),
  };
}

/** The query string that reproduces a config (stable key order; a version-1 config keeps the old link's shape). */
export function toReviewParams(config: ReviewConfig): string {
  const params = new URLSearchParams();
  params.set('lessons', config.lessons.length > 0 ? config.lessons.join(',') : 'all');
  if (config.kinds.length > 0) params.set('kinds', config.kinds.join(','));
  params.set('n', String(config.count));
  params.set('order', config.order);
  // Version 2 keeps the seed in written order too: it still sets the option order.
  if (config.order === 'shuffled' || config.version === 2) params.set('seed', String(config.seed));
  params.set('timer', String(config.timer));
  params.set('keypoints', config.keyPoints ? '1' : '0');
  if (config.include.length > 0) params.set('include', config.include.join(','));
  if (config.exclude.length > 0) params.set('exclude', config.exclude.join(','));
  if (config.version === 2) params.set('v', '2');
  return params.toString();
}

/**
 * How many questions each group gives so `count` is spread evenly: every group gets the same share, a group with
 * too few gives all it has and the rest goes to the others; leftovers of an uneven split go by `priority`
 * (indices of groups, first served first). Returns one quota per group; the sum is min(count, total size).
 */
export function evenQuotas(sizes: readonly number[], count: number, priority: readonly number[] = sizes.map((_, i) => i)): number[] {
  const quotas = sizes.map(() => 0);
  let remaining = Math.min(Math.max(0, Math.floor(count)), sizes.reduce((sum, n) => sum + Math.max(0, n), 0));
  const ranked = [...priority.filter((i) => i >= 0 && i < sizes.length), ...sizes.map((_, i) => i).filter((i) => !priority.includes(i))];
  while (remaining > 0) {
    const open = ranked.filter((i) => (quotas[i] ?? 0) < (sizes[i] ?? 0));
    if (open.length === 0) break;
    const share = Math.floor(remaining / open.length);
    if (share === 0) {
      for (const i of open.slice(0, remaining)) quotas[i] = (quotas[i] ?? 0) + 1;
      break;
    }
    for (const i of open) {
      const give = Math.min(share, (sizes[i] ?? 0) - (quotas[i] ?? 0));
      quotas[i] = (quotas[i] ?? 0) + give;
      remaining -= give;
    }
  }
  return quotas;
}

function stepCount(question: BankQuestion): number {
  return question.kind === 'ordering' ? question.steps.length : question.kind === 'matching' ? question.pairs.length : 0;
}

/** Version 1 drew everything from one shuffle of the whole pool: kept as it was, so old links reproduce. */
function drawV1(pool: readonly BankQuestion[], config: ReviewConfig) {
  const random = seededRandom(config.seed);
  const ordered = config.order === 'shuffled' ? shuffle(pool, random) : pool;
  const picked = ordered.slice(0, config.count);
  // The step orders continued the same random stream, question after question.
  return { picked, stepOrder: (question: BankQuestion) => scrambledOrder(stepCount(question), random) };
}

/** Version 2 draws several lessons evenly; a question's step order depends on the seed and its own id only. */
function drawV2(pool: readonly BankQuestion[], lessonIds: readonly string[], config: ReviewConfig) {
  const random = seededRandom(config.seed);
  const shuffled = config.order === 'shuffled';
  const groups = lessonIds.map((id) => pool.filter((q) => q.lesson === id)).filter((group) => group.length > 0);
  const candidates = groups.map((group) => (shuffled ? shuffle(group, random) : group));
  // An uneven split's extra questions go to lessons picked by the seed (course order when written).
  const priority = shuffled ? shuffle(groups.map((_, i) => i), random) : groups.map((_, i) => i);
  const quotas = evenQuotas(groups.map((g) => g.length), config.count, priority);
  const drawn = candidates.flatMap((group, i) => group.slice(0, quotas[i] ?? 0));
  const inPool = new Map(pool.map((q, i) => [q.id, i]));
  const picked = shuffled ? shuffle(drawn, random) : [...drawn].sort((a, b) => (inPool.get(a.id) ?? 0) - (inPool.get(b.id) ?? 0));
  return { picked, stepOrder: (question: BankQuestion) => scrambledOrder(stepCount(question), seededRandom((hashString(`${question.id}#steps`) ^ config.seed) >>> 0)) };
}

export function buildSession(config: ReviewConfig, lessons: readonly LessonInfo[], bank: readonly BankQuestion[]): ReviewSession {
  const byId = new Map(lessons.map((l) => [l.id, l]));
  const courseOrder = [...lessons].sort((a, b) => a.order - b.order);
  const chosenLessons = config.lessons.length > 0 ? courseOrder.filter((l) => config.lessons.includes(l.id)) : courseOrder;
  const chosenIds = new Set(chosenLessons.map((l) => l.id));
  const lessonRank = new Map(courseOrder.map((l, i) => [l.id, i]));
  const include = new Set(config.include);
  const exclude = new Set(config.exclude);
  const pool = bank
    .filter((q) => chosenIds.has(q.lesson) && (config.kinds.length === 0 || config.kinds.includes(q.kind)))
    .filter((q) => (include.size === 0 || include.has(q.id)) && !exclude.has(q.id))
    // Written order: course order of lessons, then the bank's order inside a lesson (stable sort).
    .map((q, i) => ({ q, i }))
    .sort((a, b) => (lessonRank.get(a.q.lesson) ?? 0) - (lessonRank.get(b.q.lesson) ?? 0) || a.i - b.i)
    .map(({ q }) => q);
  const { picked, stepOrder } = config.version === 1 ? drawV1(pool, config) : drawV2(pool, chosenLessons.map((l) => l.id), config);

  const notes: string[] = [];
  if (pool.length === 0) notes.push('조건에 맞는 문제가 없습니다. 레슨이나 문제 유형을 더 고르세요.');
  else if (picked.length < config.count) notes.push(`조건에 맞는 문제가 ${pool.length}개뿐이라 ${picked.length}문제로 진행합니다.`);
  const known = new Set(bank.map((q) => q.id));
  const missing = config.include.filter((id) => !known.has(id)).length;
  if (missing > 0) notes.push(`링크에 적힌 문제 ${missing}개를 문제 은행에서 찾지 못해 빼고 진행합니다.`);

  const questionSlide = (question: BankQuestion, number: number): QuestionSlide => ({
    kind: 'question',
    number,
    lesson: byId.get(question.lesson) ?? { id: question.lesson, title: question.lesson, order: 0, keyPoints: [] },
    question,
    choiceOrder: question.kind === 'single' || question.kind === 'multiple' ? optionOrder(question.options, config.seed, question.id) : [],
    shuffledIndices: stepOrder(question),
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

export function questionSlides(session: Pick<ReviewSession, 'slides'>): QuestionSlide[] {
  return session.slides.flatMap((slide) => (slide.kind === 'question' ? [slide] : []));
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** The letter of a display position: A, B, C… */
export function choiceLetter(position: number): string {
  return LETTERS[position] ?? String(position + 1);
}

/** A choice question's options in display order, each with its authored index. */
export function displayedOptions(slide: QuestionSlide): { text: string; why: string; authored: number }[] {
  const { question } = slide;
  if (question.kind !== 'single' && question.kind !== 'multiple') return [];
  return slide.choiceOrder.flatMap((authored) => {
    const option = question.options[authored];
    return option ? [{ text: option.text, why: option.why, authored }] : [];
  });
}

/** What a show of hands counts, in display order: the options of a choice question, 참/거짓, or nothing. */
export function choiceLabels(slide: QuestionSlide): string[] {
  if (slide.question.kind === 'true-false') return ['참', '거짓'];
  return displayedOptions(slide).map((o) => o.text);
}

/** The right answers as display positions (what the letters on screen, the key and the tally refer to). */
export function correctChoices(slide: QuestionSlide): number[] {
  const { question } = slide;
  switch (question.kind) {
    case 'single': return [slide.choiceOrder.indexOf(question.answer)].filter((i) => i >= 0);
    case 'multiple': return question.answers.map((a) => slide.choiceOrder.indexOf(a)).filter((i) => i >= 0).sort((a, b) => a - b);
    case 'true-false': return [question.answer ? 0 : 1];
    default: return [];
  }
}

/** The correct answer in one line of text, with display letters (for the instructor and the answer key). */
export function answerText(slide: QuestionSlide): string {
  const { question } = slide;
  switch (question.kind) {
    case 'single':
    case 'multiple': {
      const options = displayedOptions(slide);
      return correctChoices(slide).map((i) => `${choiceLetter(i)}. ${options[i]?.text ?? ''}`).join(' · ');
    }
    case 'true-false': return question.answer ? '참 (O)' : '거짓 (X)';
    case 'typed': return question.accepted.join(' / ');
    case 'ordering': return question.steps.map((s, i) => `${i + 1}. ${s}`).join(' → ');
    case 'matching': return question.pairs.map((p) => `${p.left} ↔ ${p.right}`).join(' · ');
  }
}

/** Tallies of a show of hands: per question id, the number of hands per display position (or per 참/거짓). */
export type Tallies = Record<string, number[]>;

export interface TallyResult {
  questionId: string;
  total: number;
  correct: number;
  /** Share of hands on right answers, 0–1; null when nobody voted. */
  rate: number | null;
}

/** Questions the class found hardest first (lowest share of right answers); unvoted questions are left out. */
export function hardestQuestions(slides: readonly QuestionSlide[], tallies: Tallies): TallyResult[] {
  const own = (id: string) => (Object.hasOwn(tallies, id) ? tallies[id] ?? [] : []);
  return slides
    .map((slide): TallyResult => {
      const counts = own(slide.question.id);
      const total = counts.reduce((sum, n) => sum + n, 0);
      const correct = correctChoices(slide).reduce((sum, i) => sum + (counts[i] ?? 0), 0);
      return { questionId: slide.question.id, total, correct, rate: total > 0 ? correct / total : null };
    })
    .filter((r) => r.rate !== null)
    .sort((a, b) => (a.rate ?? 0) - (b.rate ?? 0) || b.total - a.total);
}

/**
 * The answer as a student writes it on the worksheet: letters for choices (A, C), 참/거짓, the first accepted typed
 * answer, the order numbers of the steps as printed, or the printed letter for each left item of a matching question.
 */
export function worksheetKey(slide: QuestionSlide): string {
  const { question } = slide;
  switch (question.kind) {
    case 'single':
    case 'multiple': return correctChoices(slide).map(choiceLetter).join(', ');
    case 'true-false': return question.answer ? '참' : '거짓';
    case 'typed': return question.accepted[0] ?? '';
    case 'ordering': return slide.shuffledIndices.map((i) => i + 1).join(' ');
    case 'matching': return question.pairs.map((_, row) => choiceLetter(slide.shuffledIndices.indexOf(row))).join(' ');
  }
}

/** How many questions each lesson gives the session, in course order (for the setup page's preview). */
export function lessonSpread(session: Pick<ReviewSession, 'slides'>): { lesson: LessonInfo; count: number }[] {
  const counts = new Map<string, { lesson: LessonInfo; count: number }>();
  for (const slide of questionSlides(session)) {
    const entry = counts.get(slide.lesson.id) ?? { lesson: slide.lesson, count: 0 };
    entry.count++;
    counts.set(slide.lesson.id, entry);
  }
  return [...counts.values()].sort((a, b) => a.lesson.order - b.lesson.order);
}
