// Figures for /quiz/stats: reviews per study day, due forecast, true retention, mastery per lesson, leeches.
import { nextDayStart, studyDay } from './scheduler.ts';
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

export interface RetentionRow {
  label: string;
  reviews: number;
  passed: number;
  /** 0–1, or null without reviews. */
  rate: number | null;
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
  return rows.map(({ from: _from, ...r }) => ({ ...r, rate: r.reviews ? r.passed / r.reviews : null }));
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
