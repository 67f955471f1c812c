// 모의고사: a timed mock exam as data and one pure reducer. The draw is seeded and stratified (lessons in
// proportion to their size, kinds in proportion within each lesson); the attempt is a plain JSON record that
// survives reload (the clock is injected: every time comes in through events); nothing here touches FSRS.
import { grade, type QuizQuestion, type QuizResponse } from '../quiz/grading.ts';
import type { QuestionKind } from '../quiz/question-schema.ts';
import { seededRandom, shuffle } from '../random.ts';

export interface ExamConfig {
  /** Chosen lessons, or null for all. */
  lessons: string[] | null;
  count: number;
  secondsPerQuestion: number;
  seed: number;
}

export const EXAM_DEFAULTS = { count: 30, secondsPerQuestion: 90 } as const;
export const EXAM_LIMITS = { count: [5, 100], secondsPerQuestion: [20, 600] } as const;
/** Warnings before the end, in seconds (5 minutes and 1 minute). */
export const EXAM_WARNINGS = [300, 60] as const;
/**
 * Estimated pass mark. AWS reports associate exams on a 100–1,000 scale with 720 to pass and does not publish
 * how raw answers map onto it, so 72 % right is only an estimate (the UI labels it "추정").
 */
export const ESTIMATED_PASS_RATE = 0.72;

export interface ExamItem {
  id: string;
  lesson: string;
  kind: QuestionKind;
}

/** Largest-remainder apportionment of `total` over `weights` (each share capped by its weight). */
export function apportion(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0 || total <= 0) return weights.map(() => 0);
  const target = Math.min(total, sum);
  const exact = weights.map((w) => (w / sum) * target);
  const out = exact.map((x, i) => Math.min(Math.floor(x), weights[i] as number));
  let left = target - out.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  while (left > 0) {
    let moved = false;
    for (const { i } of order) {
      if (left === 0) break;
      if ((out[i] as number) < (weights[i] as number)) {
        out[i] = (out[i] as number) + 1;
        left--;
        moved = true;
      }
    }
    if (!moved) break;
  }
  return out;
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    const list = m.get(k);
    if (list) list.push(it);
    else m.set(k, [it]);
  }
  return m;
}

/** The exam's question ids: the same config (seed included) always gives the same list, in a mixed order. */
export function drawExam(bank: readonly ExamItem[], config: ExamConfig): string[] {
  const pool = config.lessons === null ? bank : bank.filter((q) => (config.lessons as string[]).includes(q.lesson));
  const random = seededRandom(config.seed);
  const byLesson = [...groupBy(pool, (q) => q.lesson)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const lessonQuota = apportion(byLesson.map(([, qs]) => qs.length), config.count);
  const picked: string[] = [];
  byLesson.forEach(([, qs], li) => {
    const byKind = [...groupBy(qs, (q) => q.kind)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const kindQuota = apportion(byKind.map(([, ks]) => ks.length), lessonQuota[li] as number);
    byKind.forEach(([, ks], ki) => picked.push(...shuffle(ks.map((k) => k.id), random).slice(0, kindQuota[ki] as number)));
  });
  return shuffle(picked, random);
}

export function validateExamConfig(input: { lessons: string[] | null; count: number; secondsPerQuestion: number }, available: number): { ok: true } | { ok: false; message: string } {
  const [cMin, cMax] = EXAM_LIMITS.count;
  const [sMin, sMax] = EXAM_LIMITS.secondsPerQuestion;
  if (input.lessons !== null && input.lessons.length === 0) return { ok: false, message: '레슨을 하나 이상 고르세요.' };
  if (!Number.isInteger(input.count) || input.count < cMin || input.count > cMax) return { ok: false, message: `문항 수는 ${cMin}–${cMax} 사이의 정수로 적으세요.` };
  if (!Number.isInteger(input.secondsPerQuestion) || input.secondsPerQuestion < sMin || input.secondsPerQuestion > sMax) return { ok: false, message: `문항당 시간은 ${sMin}–${sMax}초 사이로 적으세요.` };
  if (available < cMin) return { ok: false, message: `고른 레슨의 문항이 ${available}개뿐입니다. 레슨을 더 고르세요.` };
  return { ok: true };
}

// ---------- the attempt ----------

export type ExamScreen = 'question' | 'review' | 'results';

export interface ExamAttempt {
  v: 1;
  config: ExamConfig;
  ids: string[];
  startedAt: number;
  deadline: number;
  answers: (QuizResponse | null)[];
  flagged: boolean[];
  current: number;
  screen: ExamScreen;
  /** Warning thresholds (seconds) already announced. */
  warned: number[];
  submittedAt: number | null;
  timedOut: boolean;
  /** Wrong answers were sent to 오답 노트. */
  sentToNotebook: boolean;
}

export type ExamEvent =
  | { type: 'answer'; index: number; response: QuizResponse | null }
  | { type: 'toggle-flag' }
  | { type: 'goto'; index: number }
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'open-review' }
  | { type: 'close-review' }
  | { type: 'submit'; now: number }
  | { type: 'tick'; now: number }
  | { type: 'sent-to-notebook' };

export type ExamEffect =
  | { type: 'save' }
  | { type: 'announce'; text: string }
  | { type: 'finished' };

export function startExam(config: ExamConfig, ids: readonly string[], now: number): ExamAttempt {
  return {
    v: 1, config, ids: [...ids], startedAt: now, deadline: now + ids.length * config.secondsPerQuestion * 1000,
    answers: ids.map(() => null), flagged: ids.map(() => false), current: 0, screen: 'question', warned: [],
    submittedAt: null, timedOut: false, sentToNotebook: false,
  };
}

export function secondsLeft(a: ExamAttempt, now: number): number {
  const end = a.submittedAt ?? now;
  return Math.max(0, Math.ceil((a.deadline - end) / 1000));
}

export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const m = Math.floor(s / 60);
  return m >= 60 ? `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}` : `${m}:${String(s % 60).padStart(2, '0')}`;
}

function submitted(a: ExamAttempt, now: number, timedOut: boolean): { state: ExamAttempt; effects: ExamEffect[] } {
  const at = Math.min(now, a.deadline);
  return {
    state: { ...a, submittedAt: at, timedOut, screen: 'results' },
    effects: [
      { type: 'save' },
      { type: 'finished' },
      { type: 'announce', text: timedOut ? '시간이 끝나 답안을 제출했습니다. 결과를 확인하세요.' : '답안을 제출했습니다. 결과를 확인하세요.' },
    ],
  };
}

export function reduceExam(a: ExamAttempt, event: ExamEvent): { state: ExamAttempt; effects: ExamEffect[] } {
  const same = { state: a, effects: [] as ExamEffect[] };
  const open = a.submittedAt === null;
  const last = a.ids.length - 1;
  switch (event.type) {
    case 'answer': {
      if (!open || !Number.isInteger(event.index) || event.index < 0 || event.index > last) return same;
      const answers = a.answers.slice();
      answers[event.index] = event.response;
      return { state: { ...a, answers }, effects: [{ type: 'save' }] };
    }
    case 'toggle-flag': {
      if (!open || a.screen !== 'question') return same;
      const flagged = a.flagged.slice();
      flagged[a.current] = !flagged[a.current];
      return { state: { ...a, flagged }, effects: [{ type: 'save' }, { type: 'announce', text: `${a.current + 1}번 문항을 ${flagged[a.current] ? '검토 표시했습니다' : '검토 표시에서 뺐습니다'}.` }] };
    }
    case 'goto':
      if (!open || !Number.isInteger(event.index) || event.index < 0 || event.index > last) return same;
      return { state: { ...a, current: event.index, screen: 'question' }, effects: [{ type: 'save' }] };
    case 'next':
      if (!open || a.screen !== 'question') return same;
      if (a.current === last) return { state: { ...a, screen: 'review' }, effects: [{ type: 'save' }] };
      return { state: { ...a, current: a.current + 1 }, effects: [{ type: 'save' }] };
    case 'prev':
      if (!open || a.screen !== 'question' || a.current === 0) return same;
      return { state: { ...a, current: a.current - 1 }, effects: [{ type: 'save' }] };
    case 'open-review':
      if (!open) return same;
      return { state: { ...a, screen: 'review' }, effects: [{ type: 'save' }] };
    case 'close-review':
      if (!open || a.screen !== 'review') return same;
      return { state: { ...a, screen: 'question' }, effects: [{ type: 'save' }] };
    case 'submit':
      if (!open) return same;
      return submitted(a, event.now, event.now >= a.deadline);
    case 'tick': {
      if (!open) return same;
      if (event.now >= a.deadline) return submitted(a, event.now, true);
      const left = (a.deadline - event.now) / 1000;
      const due = EXAM_WARNINGS.filter((w) => left <= w && !a.warned.includes(w) && a.ids.length * a.config.secondsPerQuestion > w);
      if (due.length === 0) return same;
      const w = Math.min(...due);
      const text = w >= 60 ? `남은 시간 ${w / 60}분입니다.` : `남은 시간 ${w}초입니다.`;
      return { state: { ...a, warned: [...a.warned, ...due] }, effects: [{ type: 'save' }, { type: 'announce', text }] };
    }
    case 'sent-to-notebook':
      if (open) return same;
      return { state: { ...a, sentToNotebook: true }, effects: [{ type: 'save' }] };
    default: {
      const unreachable: never = event;
      return unreachable;
    }
  }
}

/** Warning level for the timer's look: none, 5 minutes left, 1 minute left. */
export function warningLevel(a: ExamAttempt, now: number): 0 | 1 | 2 {
  const left = secondsLeft(a, now);
  return left <= 60 ? 2 : left <= 300 ? 1 : 0;
}

export interface NavigatorItem {
  index: number;
  answered: boolean;
  flagged: boolean;
  current: boolean;
}

export function navigator(a: ExamAttempt): NavigatorItem[] {
  return a.ids.map((_, i) => ({ index: i, answered: a.answers[i] != null, flagged: a.flagged[i] === true, current: i === a.current }));
}

/** Parses a stored attempt; null when it is not one (never trusted). */
export function parseAttempt(value: unknown): ExamAttempt | null {
  if (typeof value !== 'object' || value === null) return null;
  const a = value as Partial<ExamAttempt>;
  const c = a.config as Partial<ExamConfig> | undefined;
  const n = Array.isArray(a.ids) ? a.ids.length : -1;
  const num = (x: unknown) => typeof x === 'number' && Number.isFinite(x);
  if (a.v !== 1 || !c || n < 1 || !a.ids!.every((id) => typeof id === 'string')) return null;
  if (!(c.lessons === null || (Array.isArray(c.lessons) && c.lessons.every((l) => typeof l === 'string')))) return null;
  if (!Number.isInteger(c.count) || !Number.isInteger(c.secondsPerQuestion) || !Number.isInteger(c.seed)) return null;
  if (!num(a.startedAt) || !num(a.deadline) || (a.deadline as number) < (a.startedAt as number)) return null;
  if (!Array.isArray(a.answers) || a.answers.length !== n || !a.answers.every((r) => r === null || isResponse(r))) return null;
  if (!Array.isArray(a.flagged) || a.flagged.length !== n || !a.flagged.every((f) => typeof f === 'boolean')) return null;
  if (!Number.isInteger(a.current) || (a.current as number) < 0 || (a.current as number) >= n) return null;
  if (a.screen !== 'question' && a.screen !== 'review' && a.screen !== 'results') return null;
  if (!Array.isArray(a.warned) || !a.warned.every((w) => Number.isInteger(w))) return null;
  if (!(a.submittedAt === null || num(a.submittedAt)) || typeof a.timedOut !== 'boolean' || typeof a.sentToNotebook !== 'boolean') return null;
  return a as ExamAttempt;
}

function isResponse(r: unknown): r is QuizResponse {
  if (typeof r !== 'object' || r === null) return false;
  const x = r as Record<string, unknown>;
  const ints = (v: unknown) => Array.isArray(v) && v.every((i) => Number.isInteger(i));
  switch (x.kind) {
    case 'single': return Number.isInteger(x.choice);
    case 'multiple': return ints(x.choices);
    case 'true-false': return typeof x.value === 'boolean';
    case 'typed': return typeof x.text === 'string';
    case 'ordering': return ints(x.order);
    case 'matching': return ints(x.map);
    default: return false;
  }
}

// ---------- results ----------

export interface ExamItemResult {
  id: string;
  lesson: string;
  kind: QuestionKind;
  response: QuizResponse | null;
  correct: boolean;
  flagged: boolean;
}

export interface Breakdown {
  key: string;
  total: number;
  correct: number;
}

export interface ExamResult {
  total: number;
  correct: number;
  /** 0–1. */
  rate: number;
  passed: boolean;
  secondsUsed: number;
  timedOut: boolean;
  items: ExamItemResult[];
  byLesson: Breakdown[];
  byKind: Breakdown[];
}

export function scoreExam(a: ExamAttempt, questions: ReadonlyMap<string, QuizQuestion>): ExamResult {
  const items: ExamItemResult[] = [];
  a.ids.forEach((id, i) => {
    const q = questions.get(id);
    if (!q) return; // removed from the bank since: not counted
    const response = a.answers[i] ?? null;
    items.push({ id, lesson: q.lesson, kind: q.kind, response, correct: response !== null && grade(q, response).correct, flagged: a.flagged[i] === true });
  });
  const tally = (key: (r: ExamItemResult) => string): Breakdown[] => {
    const m = new Map<string, Breakdown>();
    for (const r of items) {
      const k = key(r);
      const b = m.get(k) ?? { key: k, total: 0, correct: 0 };
      b.total++;
      if (r.correct) b.correct++;
      m.set(k, b);
    }
    return [...m.values()];
  };
  const correct = items.filter((r) => r.correct).length;
  const rate = items.length ? correct / items.length : 0;
  const end = a.submittedAt ?? a.deadline;
  return {
    total: items.length, correct, rate, passed: rate >= ESTIMATED_PASS_RATE,
    secondsUsed: Math.max(0, Math.round((end - a.startedAt) / 1000)), timedOut: a.timedOut,
    items, byLesson: tally((r) => r.lesson), byKind: tally((r) => r.kind),
  };
}

// ---------- history ----------

export interface ExamRecord {
  at: number;
  total: number;
  correct: number;
  secondsUsed: number;
  timedOut: boolean;
  lessons: string[] | null;
}

export const HISTORY_LIMIT = 50;

export function recordOf(a: ExamAttempt, r: ExamResult): ExamRecord {
  return { at: a.submittedAt ?? a.deadline, total: r.total, correct: r.correct, secondsUsed: r.secondsUsed, timedOut: r.timedOut, lessons: a.config.lessons };
}

export function addRecord(history: readonly ExamRecord[], rec: ExamRecord): ExamRecord[] {
  if (history.some((h) => h.at === rec.at)) return [...history];
  return [...history, rec].sort((x, y) => x.at - y.at).slice(-HISTORY_LIMIT);
}

export function parseHistory(value: unknown): ExamRecord[] {
  if (!Array.isArray(value)) return [];
  return value.filter((r): r is ExamRecord => {
    if (typeof r !== 'object' || r === null) return false;
    const x = r as Record<string, unknown>;
    return Number.isFinite(x.at) && Number.isInteger(x.total) && (x.total as number) > 0 && Number.isInteger(x.correct) && (x.correct as number) >= 0 &&
      (x.correct as number) <= (x.total as number) && Number.isFinite(x.secondsUsed) && typeof x.timedOut === 'boolean' &&
      (x.lessons === null || (Array.isArray(x.lessons) && x.lessons.every((l) => typeof l === 'string')));
  }).slice(-HISTORY_LIMIT);
}
