// Figures for /quiz/stats: reviews per study day, due forecast, true retention, mastery per lesson, leeches.
import { nextDayStart, studyDay } from './day.ts';
import type { BankItem } from './queue.ts';
import { CardState, Grade, type Clock, type Progress } from './types.ts';

const DAY_MS = 86_400_000;

/** Reviews per study day number. */
export function reviewsPerDay(p: Progress, clock: Pick<Clock, 'utcOffsetMinutes'>): Map<number, number> {
  const m = new Map<number, number>();
  for (const e of p.log) {
    const d = studyDay(clock, e[1]);
    m.set(d, (m.get(d) ?? 0) + 1);
  }
  return m;
}

/** Calendar date (YYYY-MM-DD) of a study day number (the local date on which that day starts at 04:00). */
export function dayLabel(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Cards due on each of the next `days` study days; index 0 is today and includes overdue cards. */
export function dueForecast(p: Progress, bank: readonly BankItem[], clock: Pick<Clock, 'utcOffsetMinutes'>, now: number, days = 30): number[] {
  const out = new Array<number>(days).fill(0);
  const today = studyDay(clock, now);
  const todayEnd = nextDayStart(clock, now);
  for (const q of bank) {
    const c = p.cards[q.id];
    if (!c || c.suspended || c.state === CardState.New) continue;
    const i = c.due < todayEnd ? 0 : studyDay(clock, c.due) - today;
    if (i >= 0 && i < days) out[i] = (out[i] ?? 0) + 1;
  }
  return out;
}

/** Fewer first reviews than this make a retention figure noise: the page says there is not enough data yet. */
export const MIN_RETENTION_REVIEWS = 10;

export interface RetentionRow {
  label: string;
  reviews: number;
  passed: number;
  /** 0–1, or null without reviews. */
  rate: number | null;
  /** At least MIN_RETENTION_REVIEWS reviews: the rate means something. */
  enough: boolean;
}

/**
 * True retention as Anki defines it: the first review of a card in Review state on each day;
 * Again is a fail, any other grade a pass. Learning steps do not count.
 */
export function trueRetention(p: Progress, clock: Pick<Clock, 'utcOffsetMinutes'>, now: number): RetentionRow[] {
  const today = studyDay(clock, now);
  const windows = [
    { label: '오늘', from: today },
    { label: '최근 7일', from: today - 6 },
    { label: '최근 30일', from: today - 29 },
    { label: '전체', from: -Infinity },
  ];
  const rows = windows.map((w) => ({ label: w.label, reviews: 0, passed: 0, rate: null as number | null, from: w.from }));
  const seen = new Set<string>();
  for (const e of p.log) {
    if (e[3] !== CardState.Review) continue;
    const d = studyDay(clock, e[1]);
    const key = `${e[0]}|${d}`;
    if (seen.has(key)) continue;
    seen.add(key);
    for (const r of rows) {
      if (d >= r.from && d <= today) {
        r.reviews++;
        if (e[2] !== Grade.Again) r.passed++;
      }
    }
  }
  return rows.map(({ from: _from, ...r }) => ({ ...r, rate: r.reviews ? r.passed / r.reviews : null, enough: r.reviews >= MIN_RETENTION_REVIEWS }));
}

export interface Mastery {
  lesson: string;
  total: number;
  studied: number;
  /** Review cards with an interval of 21 days or more (Anki's "mature"). */
  mature: number;
  suspended: number;
}

export function lessonMastery(p: Progress, bank: readonly BankItem[]): Mastery[] {
  const m = new Map<string, Mastery>();
  for (const q of bank) {
    let r = m.get(q.lesson);
    if (!r) m.set(q.lesson, (r = { lesson: q.lesson, total: 0, studied: 0, mature: 0, suspended: 0 }));
    r.total++;
    const c = p.cards[q.id];
    if (!c) continue;
    if (c.suspended) r.suspended++;
    if (c.state !== CardState.New) r.studied++;
    if (c.state === CardState.Review && c.scheduled_days >= 21) r.mature++;
  }
  return [...m.values()];
}

export function leeches(p: Progress): { id: string; wrong: number; suspended: boolean }[] {
  return Object.entries(p.cards)
    .filter(([, c]) => c.leech)
    .map(([id, c]) => ({ id, wrong: c.wrong, suspended: c.suspended }))
    .sort((a, b) => b.wrong - a.wrong);
}

export function suspendedIds(p: Progress): string[] {
  return Object.entries(p.cards).filter(([, c]) => c.suspended).map(([id]) => id);
}

/** Log-row flag bits (the 5th element written by the reliability work): 1 unsure, 2 typo. */
const FLAG_UNSURE = 1;
const FLAG_TYPO = 2;
const flagsOf = (e: readonly unknown[]): number => (typeof e[4] === 'number' ? e[4] : 0);

export interface AnswerFlags {
  answers: number;
  /** Answers marked "확실하지 않음". */
  unsure: number;
  /** Of those, rated other than 다시 (the learner judged they knew it after all). */
  unsureKept: number;
  /** Typed answers accepted with a typo. */
  typo: number;
}

/** Counts over the last `days` study days (today included). */
export function answerFlags(p: Progress, clock: Pick<Clock, 'utcOffsetMinutes'>, now: number, days = 30): AnswerFlags {
  const from = studyDay(clock, now) - days + 1;
  const out: AnswerFlags = { answers: 0, unsure: 0, unsureKept: 0, typo: 0 };
  for (let i = p.log.length - 1; i >= 0; i--) {
    const e = p.log[i];
    if (!e || studyDay(clock, e[1]) < from) break;
    out.answers++;
    const f = flagsOf(e);
    if (f & FLAG_UNSURE) {
      out.unsure++;
      if (e[2] !== Grade.Again) out.unsureKept++;
    }
    if (f & FLAG_TYPO) out.typo++;
  }
  return out;
}

export interface LessonAccuracy {
  lesson: string;
  /** Every rated answer in the log. */
  answers: number;
  /** Rated other than 다시. */
  remembered: number;
  /** 0–1, or null without answers. */
  rate: number | null;
}

/** Accuracy per lesson over the whole log (Again counts as wrong), in bank order. */
export function lessonAccuracy(p: Progress, bank: readonly BankItem[]): LessonAccuracy[] {
  const lessonOf = new Map(bank.map((q) => [q.id, q.lesson]));
  const m = new Map<string, LessonAccuracy>();
  for (const q of bank) if (!m.has(q.lesson)) m.set(q.lesson, { lesson: q.lesson, answers: 0, remembered: 0, rate: null });
  for (const e of p.log) {
    const row = m.get(lessonOf.get(e[0]) ?? '');
    if (!row) continue;
    row.answers++;
    if (e[2] !== Grade.Again) row.remembered++;
  }
  return [...m.values()].map((r) => ({ ...r, rate: r.answers ? r.remembered / r.answers : null }));
}
