// Today's queue: learning cards, due reviews and new cards, within the daily limits.
// "Today" runs from 04:00 local time to the next 04:00.
import { nextDayStart, studyDay } from './scheduler.ts';
import { CardState, type Clock, type Progress } from './types.ts';

export interface BankItem {
  id: string;
  lesson: string;
}

export interface LessonCounts {
  lesson: string;
  /** Reviews and learning cards due today (before the limit). */
  due: number;
  /** Questions never studied (before the limit). */
  unseen: number;
  total: number;
  suspended: number;
}

export interface Queue {
  learning: string[];
  review: string[];
  new: string[];
  doneToday: { new: number; reviews: number };
  remaining: { new: number; reviews: number };
  perLesson: LessonCounts[];
  dayEnd: number;
}

export function doneToday(p: Progress, clock: Pick<Clock, 'utcOffsetMinutes'>, now: number): { new: number; reviews: number } {
  const today = studyDay(clock, now);
  let n = 0;
  let r = 0;
  // The log is sorted by time: walk back from the end until yesterday.
  for (let i = p.log.length - 1; i >= 0; i--) {
    const e = p.log[i];
    if (!e || studyDay(clock, e[1]) < today) break;
    if (e[3] === CardState.New) n++;
    else if (e[3] === CardState.Review) r++;
  }
  return { new: n, reviews: r };
}

export function buildQueue(
  p: Progress,
  bank: readonly BankItem[],
  clock: Pick<Clock, 'utcOffsetMinutes'>,
  now: number,
  lessons: ReadonlySet<string> | null = null,
): Queue {
  const dayEnd = nextDayStart(clock, now);
  const done = doneToday(p, clock, now);
  const remaining = {
    new: Math.max(0, p.settings.newPerDay - done.new),
    reviews: Math.max(0, p.settings.reviewsPerDay - done.reviews),
  };
  const per = new Map<string, LessonCounts>();
  const learning: { id: string; due: number }[] = [];
  const review: { id: string; due: number }[] = [];
  const fresh: string[] = [];
  for (const q of bank) {
    let lc = per.get(q.lesson);
    if (!lc) per.set(q.lesson, (lc = { lesson: q.lesson, due: 0, unseen: 0, total: 0, suspended: 0 }));
    lc.total++;
    const c = p.cards[q.id];
    if (c?.suspended) {
      lc.suspended++;
      continue;
    }
    const selected = lessons === null || lessons.has(q.lesson);
    if (!c || c.state === CardState.New) {
      lc.unseen++;
      if (selected) fresh.push(q.id);
    } else if (c.due < dayEnd) {
      lc.due++;
      if (!selected) continue;
      if (c.state === CardState.Review) review.push({ id: q.id, due: c.due });
      else learning.push({ id: q.id, due: c.due });
    }
  }
  learning.sort((a, b) => a.due - b.due);
  review.sort((a, b) => a.due - b.due);
  return {
    learning: learning.map((x) => x.id),
    review: review.slice(0, remaining.reviews).map((x) => x.id),
    new: fresh.slice(0, remaining.new),
    doneToday: done,
    remaining,
    perLesson: [...per.values()],
    dayEnd,
  };
}
