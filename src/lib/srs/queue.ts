// Today's queue: learning cards, due reviews and new cards, within the daily limits.
// "Today" runs from 04:00 local time to the next 04:00.
//
// API (for the quiz UI):
//   buildQueue(progress, bank, clock, now, lessons?, options?) → Queue
//   - bank: BankItem[] in lesson order ({ id, lesson, section? }); lessons: the chosen lesson ids, null = all.
//   - options.seed: the shuffle seed; default the study day, so a reload the same day gives the same order.
//   - options.leaks: revealer id → ids whose answer it prints (`leakMap(bank.leaks)` from ~/lib/quiz/leaks.ts).
//   - options.extraNew: lesson id → extra new cards allowed today for that lesson ("이 레슨 새 문항 N개 더",
//     Anki's "increase today's new card limit"). The caller keeps it for the day; the count of new cards studied
//     today is read from the log, so extra cards already studied are not offered again.
//   Queue.new is ordered: shuffled within the chosen lessons, taken from them in turn (round-robin), never two from
//   one section in a row when another is available, and never within LEAK_SPACING cards after a card (or a card
//   answered earlier today) that prints its answer. Queue.review: due reviews by due day, same-day ties in seeded
//   random order, the same spacing rules. Queue.perLesson[].heldBack: unseen cards of a chosen lesson that today's
//   limit keeps out, so the UI can say so and offer the extension; Queue.newLimitReached says the global limit is
//   the reason.
import { nextDayStart, studyDay } from './day.ts';
import { CardState, type CardRecord, type Clock, type Progress } from './types.ts';
import { hashString } from '../quiz/option-order.ts';
import { seededRandom, shuffle } from '../random.ts';

export interface BankItem {
  id: string;
  lesson: string;
  /** Section anchor in the lesson; two cards of one section are not shown back to back. */
  section?: string;
}

export interface LessonCounts {
  lesson: string;
  /** Reviews and learning cards due today (before the limit). */
  due: number;
  /** Questions never studied (before the limit). */
  unseen: number;
  total: number;
  suspended: number;
  /** New cards of this lesson in today's queue. */
  newQueued: number;
  /** Unseen cards of a chosen lesson left out by today's new-card limit (0 for lessons not chosen). */
  heldBack: number;
  /** New cards of this lesson studied today. */
  newDoneToday: number;
  /** Extra new cards still allowed today for this lesson (from options.extraNew). */
  extraLeft: number;
}

export interface Queue {
  learning: string[];
  review: string[];
  new: string[];
  doneToday: { new: number; reviews: number };
  /** Left of the global daily limits (extensions not included). */
  remaining: { new: number; reviews: number };
  perLesson: LessonCounts[];
  /** True when a chosen lesson has unseen cards that the daily new-card limit keeps out of today's queue. */
  newLimitReached: boolean;
  dayEnd: number;
}

export interface QueueOptions {
  seed?: number;
  leaks?: ReadonlyMap<string, readonly string[]>;
  extraNew?: ReadonlyMap<string, number>;
}

/** A card revealed by another is not shown within this many cards after it. */
export const LEAK_SPACING = 5;

const ownCard = (p: Progress, id: string): CardRecord | undefined => (Object.hasOwn(p.cards, id) ? p.cards[id] : undefined);

/** Log rows of today, oldest first (the log is sorted by time). */
function todaysLog(p: Progress, clock: Pick<Clock, 'utcOffsetMinutes'>, now: number): Progress['log'] {
  const today = studyDay(clock, now);
  let i = p.log.length;
  while (i > 0) {
    const e = p.log[i - 1];
    if (!e || studyDay(clock, e[1]) < today) break;
    i--;
  }
  return p.log.slice(i);
}

export function doneToday(p: Progress, clock: Pick<Clock, 'utcOffsetMinutes'>, now: number): { new: number; reviews: number } {
  let n = 0;
  let r = 0;
  for (const e of todaysLog(p, clock, now)) {
    if (e[3] === CardState.New) n++;
    else if (e[3] === CardState.Review) r++;
  }
  return { new: n, reviews: r };
}

interface Placeable {
  id: string;
  /** lesson + section: anchors are per lesson. */
  group: string;
}

/** How far an order is from the rules: cards shown within LEAK_SPACING after a card that reveals them, then same-group neighbours. */
export function orderFaults(order: readonly string[], groupOf: (id: string) => string, revealedBy: ReadonlyMap<string, ReadonlySet<string>>, recent: readonly string[] = []): { leaks: number; neighbours: number } {
  const seq = [...recent, ...order];
  let leaks = 0;
  let neighbours = 0;
  for (let i = recent.length; i < seq.length; i++) {
    const id = seq[i] ?? '';
    const by = revealedBy.get(id);
    if (by) for (let back = 1; back <= LEAK_SPACING && i - back >= 0; back++) if (by.has(seq[i - back] ?? '')) leaks++;
    if (i > recent.length && groupOf(id) === groupOf(seq[i - 1] ?? '')) neighbours++;
  }
  return { leaks, neighbours };
}

function invert(leaks: ReadonlyMap<string, readonly string[]>): Map<string, Set<string>> {
  const revealedBy = new Map<string, Set<string>>();
  for (const [revealer, revealed] of leaks) {
    for (const id of revealed) {
      let set = revealedBy.get(id);
      if (!set) revealedBy.set(id, (set = new Set()));
      set.add(revealer);
    }
  }
  return revealedBy;
}

/** One greedy pass in the given order of preference (see arrange). */
function arrangeOnce(items: readonly Placeable[], revealedBy: ReadonlyMap<string, ReadonlySet<string>>, recent: readonly string[]): string[] {
  const shown: string[] = [...recent];
  const left = [...items];
  const counts = new Map<string, number>();
  for (const it of left) counts.set(it.group, (counts.get(it.group) ?? 0) + 1);
  const out: string[] = [];
  let lastGroup: string | null = null;
  /** How many cards ago the nearest revealer of `id` was shown (Infinity when none in the window). */
  const distance = (id: string): number => {
    const by = revealedBy.get(id);
    if (!by) return Infinity;
    for (let back = 1; back <= LEAK_SPACING && back <= shown.length; back++) if (by.has(shown[shown.length - back] ?? '')) return back;
    return Infinity;
  };
  while (left.length > 0) {
    let big: string | null = null;
    let bigCount = 0;
    for (const [g, c] of counts) if (c > bigCount) [big, bigCount] = [g, c];
    // When the largest group holds about half of what is left, it must go now or bunch up at the end.
    const forceBig = big !== null && big !== lastGroup && 2 * bigCount - 1 >= left.length;
    const safe = (it: Placeable) => distance(it.id) === Infinity;
    let index = left.findIndex((it) => safe(it) && it.group !== lastGroup && (!forceBig || it.group === big));
    if (index < 0) index = left.findIndex((it) => safe(it) && it.group !== lastGroup);
    if (index < 0) index = left.findIndex(safe);
    if (index < 0) {
      // Every card left is revealed by one just shown: take the one whose revealer is furthest back.
      let best = 0;
      left.forEach((it, i) => {
        if (distance(it.id) > distance((left[best] as Placeable).id)) best = i;
      });
      index = best;
    }
    const [it] = left.splice(index, 1) as [Placeable];
    out.push(it.id);
    shown.push(it.id);
    counts.set(it.group, (counts.get(it.group) ?? 1) - 1);
    if (counts.get(it.group) === 0) counts.delete(it.group);
    lastGroup = it.group;
  }
  return out;
}

/** Greedy passes tried before settling for the least faulty order. */
export const ARRANGE_ATTEMPTS = 24;

/**
 * Orders cards so that none follows within LEAK_SPACING of a card that reveals it (`recent`: cards shown just
 * before, oldest first) and no two of one group are neighbours while another group is available. Greedy in the
 * given (shuffled) order of preference; a pass that still has a fault is retried on reshuffled preferences
 * (seeded by `random`), keeping the order with the fewest leaks, then the fewest neighbours. Always returns every card.
 */
export function arrange(items: readonly Placeable[], leaks: ReadonlyMap<string, readonly string[]>, recent: readonly string[] = [], random: () => number = seededRandom(0)): string[] {
  const revealedBy = invert(leaks);
  const groupOf = new Map(items.map((it) => [it.id, it.group]));
  const group = (id: string) => groupOf.get(id) ?? `\u0000${id}`;
  let best: string[] = [];
  let bestFaults = { leaks: Infinity, neighbours: Infinity };
  let preference = [...items];
  // Each pass is quadratic: a very long list (a limit raised to thousands) gets one pass.
  const attempts = items.length > 600 ? 1 : ARRANGE_ATTEMPTS;
  for (let attempt = 0; attempt < attempts; attempt++) {
    const order = arrangeOnce(preference, revealedBy, recent);
    const faults = orderFaults(order, group, revealedBy, recent);
    if (faults.leaks < bestFaults.leaks || (faults.leaks === bestFaults.leaks && faults.neighbours < bestFaults.neighbours)) [best, bestFaults] = [order, faults];
    if (faults.leaks === 0 && faults.neighbours === 0) break;
    preference = shuffle(items, random);
  }
  return best;
}

/** Takes up to `limit` items from the lists in turn (the first of each, then the second of each, ...). */
export function roundRobin<T>(lists: readonly (readonly T[])[], limit: number): T[] {
  const out: T[] = [];
  const cursors = lists.map(() => 0);
  let progressed = true;
  while (out.length < limit && progressed) {
    progressed = false;
    lists.forEach((list, li) => {
      const at = cursors[li] ?? 0;
      if (out.length < limit && at < list.length) {
        out.push(list[at] as T);
        cursors[li] = at + 1;
        progressed = true;
      }
    });
  }
  return out;
}

const nonNegativeInt = (n: unknown): number => (typeof n === 'number' && Number.isFinite(n) && n > 0 ? Math.floor(n) : 0);

export function buildQueue(
  p: Progress,
  bank: readonly BankItem[],
  clock: Pick<Clock, 'utcOffsetMinutes'>,
  now: number,
  lessons: ReadonlySet<string> | null = null,
  options: QueueOptions = {},
): Queue {
  const dayEnd = nextDayStart(clock, now);
  const today = studyDay(clock, now);
  const log = todaysLog(p, clock, now);
  const done = doneToday(p, clock, now);
  const seed = (options.seed ?? today) >>> 0;
  const leaks = options.leaks ?? new Map<string, readonly string[]>();
  const remaining = {
    new: Math.max(0, p.settings.newPerDay - done.new),
    reviews: Math.max(0, p.settings.reviewsPerDay - done.reviews),
  };
  const per = new Map<string, LessonCounts>();
  const itemById = new Map<string, BankItem>();
  const learning: { id: string; due: number }[] = [];
  const review: { id: string; day: number }[] = [];
  const freshByLesson = new Map<string, string[]>();
  for (const q of bank) {
    itemById.set(q.id, q);
    let lc = per.get(q.lesson);
    if (!lc) per.set(q.lesson, (lc = { lesson: q.lesson, due: 0, unseen: 0, total: 0, suspended: 0, newQueued: 0, heldBack: 0, newDoneToday: 0, extraLeft: 0 }));
    lc.total++;
    const c = ownCard(p, q.id);
    if (c?.suspended) {
      lc.suspended++;
      continue;
    }
    const selected = lessons === null || lessons.has(q.lesson);
    if (!c || c.state === CardState.New) {
      lc.unseen++;
      if (selected) {
        let list = freshByLesson.get(q.lesson);
        if (!list) freshByLesson.set(q.lesson, (list = []));
        list.push(q.id);
      }
    } else if (c.due < dayEnd) {
      lc.due++;
      if (!selected) continue;
      if (c.state === CardState.Review) review.push({ id: q.id, day: studyDay(clock, c.due) });
      else learning.push({ id: q.id, due: c.due });
    }
  }

  // New cards studied today, per lesson, and what is left of each lesson's extension. Cards beyond the global
  // limit can only have come from extensions; they are charged to the lessons that had one.
  for (const e of log) {
    const lesson = e[3] === CardState.New ? itemById.get(e[0])?.lesson : undefined;
    const lc = lesson === undefined ? undefined : per.get(lesson);
    if (lc) lc.newDoneToday++;
  }
  let overflow = Math.max(0, done.new - p.settings.newPerDay);
  for (const lc of per.values()) {
    const extra = nonNegativeInt(options.extraNew?.get(lc.lesson));
    const used = Math.min(extra, lc.newDoneToday, overflow);
    overflow -= used;
    lc.extraLeft = extra - used;
  }

  const group = (id: string): string => {
    const it = itemById.get(id);
    return `${it?.lesson ?? ''}#${it?.section ?? ''}`;
  };
  const shuffled = (ids: readonly string[], salt: string) => shuffle(ids, seededRandom((seed ^ hashString(salt)) >>> 0));

  // New: each chosen lesson shuffled; the global allowance taken from the lessons in turn; then each lesson's
  // extension from its own remaining cards.
  const lessonOrder = [...freshByLesson.keys()];
  const pools = lessonOrder.map((l) => shuffled(freshByLesson.get(l) ?? [], `new:${l}`));
  const taken = new Set(roundRobin(pools, remaining.new));
  lessonOrder.forEach((l, i) => {
    let extra = per.get(l)?.extraLeft ?? 0;
    for (const id of pools[i] ?? []) {
      if (extra <= 0) break;
      if (!taken.has(id)) {
        taken.add(id);
        extra--;
      }
    }
  });
  let newLimitReached = false;
  lessonOrder.forEach((l, i) => {
    const lc = per.get(l);
    if (!lc) return;
    const pool = pools[i] ?? [];
    lc.newQueued = pool.filter((id) => taken.has(id)).length;
    lc.heldBack = pool.length - lc.newQueued;
    if (lc.heldBack > 0) newLimitReached = true;
  });
  const newPreference = roundRobin(pools.map((pool) => pool.filter((id) => taken.has(id))), Infinity);
  const recent = log.slice(-LEAK_SPACING).map((e) => e[0]);

  // Reviews: by due day, same-day ties in seeded random order, then the daily limit, then spacing.
  const reviewOrder = new Map(shuffled(review.map((r) => r.id), 'review').map((id, i) => [id, i]));
  review.sort((a, b) => a.day - b.day || (reviewOrder.get(a.id) ?? 0) - (reviewOrder.get(b.id) ?? 0));
  const reviewIds = review.slice(0, remaining.reviews).map((r) => r.id);
  learning.sort((a, b) => a.due - b.due);

  return {
    learning: learning.map((x) => x.id),
    review: arrange(reviewIds.map((id) => ({ id, group: group(id) })), leaks, recent, seededRandom((seed ^ 0x5eed) >>> 0)),
    new: arrange(newPreference.map((id) => ({ id, group: group(id) })), leaks, recent, seededRandom((seed ^ 0x9e37) >>> 0)),
    doneToday: done,
    remaining,
    perLesson: [...per.values()],
    newLimitReached,
    dayEnd,
  };
}
