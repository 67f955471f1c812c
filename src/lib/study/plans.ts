// How each mode of the quiz picks its cards, as pure functions over progress, the bank and an injected clock.
// A plan is a list of segments; a segment is either scheduled (answers rate FSRS cards) or practice (nothing saved).
import { seededRandom, shuffle } from '../random.ts';
import { buildQueue, type BankItem, type Queue } from '../srs/queue.ts';
import { nextDayStart, studyDay } from '../srs/day.ts';
import { CardState, Grade, type Clock, type Progress } from '../srs/types.ts';
import type { ModeSpec } from './review-machine.ts';
import { cardOf, isFlagged } from './cards.ts';

export interface Segment {
  practice: boolean;
  learning: string[];
  review: string[];
  new: string[];
}

export { cardOf, isFlagged };

// ---------- lesson loop ----------

/** How many more new cards "이 레슨 새 문항 N개 더" offers at a time. */
export const EXTEND_STEP = 10;

export interface LessonLoop {
  queue: Queue;
  /** Due reviews and learning cards in the chosen lessons. */
  due: number;
  /** New cards in today's session. */
  fresh: number;
  /** New cards of the chosen lessons left out only because of the daily limit. */
  heldBack: number;
  /** What the extension button offers: min(heldBack, EXTEND_STEP). */
  offer: number;
}

export interface LoopOptions {
  /** Lesson → extra new cards allowed today (Anki's "increase today's new card limit" for that deck). */
  extraNew?: ReadonlyMap<string, number>;
  /** Revealer → ids whose answer it prints, so the queue keeps them apart. */
  leaks?: ReadonlyMap<string, readonly string[]>;
}

/** Today's queue for some lessons (null: all): due cards always; new cards within the limit and the extensions. */
export function lessonLoop(p: Progress, bank: readonly BankItem[], clock: Pick<Clock, 'utcOffsetMinutes'>, now: number, lessons: readonly string[] | null, options: LoopOptions = {}): LessonLoop {
  const set = lessons === null ? null : new Set(lessons);
  const queue = buildQueue(p, bank, clock, now, set, { ...(options.extraNew ? { extraNew: options.extraNew } : {}), ...(options.leaks ? { leaks: options.leaks } : {}) });
  const heldBack = queue.perLesson.filter((l) => set === null || set.has(l.lesson)).reduce((n, l) => n + l.heldBack, 0);
  return { queue, due: queue.learning.length + queue.review.length, fresh: queue.new.length, heldBack, offer: Math.min(heldBack, EXTEND_STEP) };
}

/** Today's extensions per lesson, kept in storage so a reload the same day keeps them. */
export interface Extensions {
  day: number;
  entries: [lesson: string, extra: number][];
}

/** The extensions that apply on `day` (none from another day). */
export function extensionMap(ext: Extensions | null, day: number): Map<string, number> {
  return new Map(ext && ext.day === day ? ext.entries : []);
}

export function addExtension(ext: Extensions | null, day: number, lesson: string, extra: number): Extensions {
  const map = extensionMap(ext, day);
  map.set(lesson, (map.get(lesson) ?? 0) + extra);
  return { day, entries: [...map] };
}

export function parseExtensions(value: unknown): Extensions | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Partial<Extensions>;
  if (!Number.isInteger(v.day) || !Array.isArray(v.entries)) return null;
  const entries = v.entries.filter((e): e is [string, number] => Array.isArray(e) && typeof e[0] === 'string' && Number.isInteger(e[1]) && e[1] >= 0 && e[1] <= 10_000);
  return { day: v.day as number, entries };
}

// ---------- 오답 노트 ----------

export type MistakeReason = 'wrong' | 'leech' | 'flagged';

export interface Mistake {
  id: string;
  lesson: string;
  reasons: MistakeReason[];
  /** Due today: answering it counts as its review (Anki's filtered deck). */
  due: boolean;
  /** Last Again in the window, or null. */
  lastWrong: number | null;
}

export interface MistakeOptions {
  /** Answered wrong within this many study days, today included (default 7). */
  days: number;
  lessons: ReadonlySet<string> | null;
}

export const DEFAULT_MISTAKE_DAYS = 7;

/**
 * Every card answered wrong (다시) in the last `days` study days, every leech and every flagged card, in the
 * chosen lessons; suspended cards and questions no longer in the bank are left out. Due cards first, then
 * the most recent mistakes.
 */
export function selectMistakes(p: Progress, bank: readonly BankItem[], clock: Pick<Clock, 'utcOffsetMinutes'>, now: number, options: MistakeOptions): Mistake[] {
  const from = studyDay(clock, now) - Math.max(1, options.days) + 1;
  const lastWrong = new Map<string, number>();
  for (let i = p.log.length - 1; i >= 0; i--) {
    const e = p.log[i];
    if (!e) continue;
    if (studyDay(clock, e[1]) < from) break;
    if (e[2] === Grade.Again && !lastWrong.has(e[0])) lastWrong.set(e[0], e[1]);
  }
  const dayEnd = nextDayStart(clock, now);
  const out: Mistake[] = [];
  for (const q of bank) {
    if (options.lessons && !options.lessons.has(q.lesson)) continue;
    const c = cardOf(p, q.id);
    if (c?.suspended) continue;
    const reasons: MistakeReason[] = [];
    if (lastWrong.has(q.id)) reasons.push('wrong');
    if (c?.leech) reasons.push('leech');
    if (isFlagged(c)) reasons.push('flagged');
    if (reasons.length === 0) continue;
    const due = !!c && c.state !== CardState.New && c.due < dayEnd;
    out.push({ id: q.id, lesson: q.lesson, reasons, due, lastWrong: lastWrong.get(q.id) ?? null });
  }
  return out.sort((a, b) => Number(b.due) - Number(a.due) || (b.lastWrong ?? 0) - (a.lastWrong ?? 0));
}

export interface MistakeCounts {
  total: number;
  wrong: number;
  leech: number;
  flagged: number;
  due: number;
}

export function countMistakes(list: readonly Mistake[]): MistakeCounts {
  const c: MistakeCounts = { total: list.length, wrong: 0, leech: 0, flagged: 0, due: 0 };
  for (const m of list) {
    if (m.reasons.includes('wrong')) c.wrong++;
    if (m.reasons.includes('leech')) c.leech++;
    if (m.reasons.includes('flagged')) c.flagged++;
    if (m.due) c.due++;
  }
  return c;
}

// ---------- plans ----------

export interface PlanContext extends LoopOptions {
  progress: Progress;
  bank: readonly BankItem[];
  clock: Pick<Clock, 'utcOffsetMinutes'>;
  now: number;
}

/** The segments of a mode, before resuming. */
export function planSegments(mode: ModeSpec, seed: number, ctx: PlanContext): Segment[] {
  switch (mode.kind) {
    case 'review': {
      const { queue } = lessonLoop(ctx.progress, ctx.bank, ctx.clock, ctx.now, mode.lessons, ctx);
      return [{ practice: false, learning: queue.learning, review: queue.review, new: queue.new }];
    }
    case 'practice': {
      const ids = ctx.bank.filter((q) => q.lesson === mode.lesson).map((q) => q.id);
      return [{ practice: true, learning: [], review: [], new: shuffle(ids, seededRandom(seed)) }];
    }
    case 'mistakes': {
      const list = selectMistakes(ctx.progress, ctx.bank, ctx.clock, ctx.now, { days: mode.days, lessons: mode.lessons ? new Set(mode.lessons) : null });
      const due = list.filter((m) => m.due).map((m) => m.id);
      const rest = shuffle(list.filter((m) => !m.due).map((m) => m.id), seededRandom(seed));
      return [
        { practice: false, learning: [], review: due, new: [] },
        { practice: true, learning: [], review: [], new: rest },
      ];
    }
    case 'cards': {
      const known = new Set(ctx.bank.map((q) => q.id));
      const ids = mode.ids.filter((id) => known.has(id));
      const due = ids.filter((id) => isDueToday(ctx.progress, id, ctx.clock, ctx.now));
      return [
        { practice: false, learning: [], review: due, new: [] },
        { practice: true, learning: [], review: [], new: ids.filter((id) => !due.includes(id)) },
      ];
    }
  }
}

/**
 * The segments of a resumed session: what was answered is left out, and the card on screen at reload comes
 * first (learning cards already due come right after it instead of before).
 */
export function resumeSegments(segments: readonly Segment[], first: string | null, seen: readonly string[], progress: Progress, now: number): Segment[] {
  const done = new Set(seen);
  const drop = (ids: readonly string[]) => ids.filter((id) => id !== first && !(done.has(id) && !isLearning(progress, id)));
  const out = segments.map((s) => ({ practice: s.practice, learning: drop(s.learning), review: drop(s.review), new: drop(s.new) }));
  if (first === null) return out;
  // Not in any planned list (beyond today's limit since, or no longer a mistake): a practice segment takes it
  // if there is one, else the first segment.
  let home = segments.findIndex((s) => s.learning.includes(first) || s.review.includes(first) || s.new.includes(first));
  if (home < 0) home = Math.max(0, segments.findIndex((s) => s.practice));
  const seg = out[home];
  if (!seg) return [{ practice: false, learning: [], review: [first], new: [] }];
  if (seg.practice) {
    out[home] = { ...seg, new: [first, ...seg.new] };
  } else {
    const dueNow = seg.learning.filter((id) => (cardOf(progress, id)?.due ?? now) <= now);
    out[home] = { ...seg, learning: seg.learning.filter((id) => !dueNow.includes(id)), review: [first, ...dueNow, ...seg.review] };
  }
  return [out[home] as Segment, ...out.filter((_, i) => i !== home)];
}

/** Studied, not suspended, and due before the next study day starts: answering it counts as its review. */
export function isDueToday(p: Progress, id: string, clock: Pick<Clock, 'utcOffsetMinutes'>, now: number): boolean {
  const c = cardOf(p, id);
  return !!c && !c.suspended && c.state !== CardState.New && c.due < nextDayStart(clock, now);
}

function isLearning(p: Progress, id: string): boolean {
  const c = cardOf(p, id);
  return !!c && (c.state === CardState.Learning || c.state === CardState.Relearning);
}
