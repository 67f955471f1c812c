// A review session: which card comes next (same-day learning steps come back when due), rating,
// undo that restores the previous card exactly, suspend, and the end-of-session summary.
// Practice (cram) sessions use the same flow but never touch progress.
import { logKey } from './progress.ts';
import { createScheduler, type Scheduler } from './scheduler.ts';
import type { Queue } from './queue.ts';
import { CardState, Grade, LEECH_THRESHOLD, type CardRecord, type Clock, type GradeValue, type LogEntry, type Progress, type Result } from './types.ts';

/** Anki's "learn ahead limit": when nothing else is left, learning cards due within 20 minutes are shown. */
export const LEARN_AHEAD_MS = 20 * 60_000;

export interface SessionSummary {
  answered: number;
  right: number;
  wrong: number;
  /** Earliest due time among studied, unsuspended cards after the session; null when none. */
  nextDue: number | null;
  leeches: string[];
}

interface Snapshot {
  main: string[];
  learning: [string, number][];
  current: string | null;
  answered: number;
  right: number;
  wrong: number;
  leeches: string[];
}

interface UndoEntry {
  id: string;
  prev: CardRecord | undefined;
  log: LogEntry | null;
  snap: Snapshot;
}

export interface SessionDeps {
  clock: Clock;
  getProgress(): Progress;
  /** Persists progress; errors (quota) are returned to the UI, never swallowed. */
  commit(p: Progress): Result<null>;
}

export interface RateOutcome {
  card: CardRecord | null;
  becameLeech: boolean;
  saved: Result<null>;
}

export interface Session {
  readonly practice: boolean;
  current(): string | null;
  /** Moves to the next card and returns its id, or null when the session is over. */
  advance(): string | null;
  /** Next due time for each grade of the current card (null in practice mode). */
  preview(): Record<GradeValue, number> | null;
  rate(grade: GradeValue, correct: boolean): RateOutcome;
  canUndo(): boolean;
  /** Undoes the last rating; returns the id of the card to show again. */
  undo(): { id: string; saved: Result<null> } | null;
  suspendCurrent(): Result<null>;
  remaining(): { main: number; learning: number };
  summary(): SessionSummary;
  scheduler(): Scheduler;
}

const okNull: Result<null> = { ok: true, value: null };

export function createSession(deps: SessionDeps, queue: Pick<Queue, 'learning' | 'review' | 'new'>, practice = false): Session {
  // Spread new cards among the reviews (Anki's "mix with reviews").
  const main: string[] = [];
  const reviews = [...queue.review];
  const fresh = [...queue.new];
  const every = fresh.length > 0 ? Math.max(1, Math.floor(reviews.length / fresh.length)) : 0;
  while (reviews.length || fresh.length) {
    for (let i = 0; i < every && reviews.length; i++) main.push(reviews.shift() as string);
    if (fresh.length) main.push(fresh.shift() as string);
    if (!every) main.push(...reviews.splice(0));
  }
  const learning = new Map<string, number>();
  for (const id of queue.learning) learning.set(id, deps.getProgress().cards[id]?.due ?? deps.clock.now());
  let current: string | null = null;
  let answered = 0;
  let right = 0;
  let wrong = 0;
  let leeches: string[] = [];
  const studied = new Set<string>();
  const undoStack: UndoEntry[] = [];
  let sched: Scheduler | null = null;
  let schedRetention = -1;

  const getScheduler = (): Scheduler => {
    const r = deps.getProgress().settings.retention;
    if (!sched || r !== schedRetention) {
      sched = createScheduler(deps.clock, { retention: r });
      schedRetention = r;
    }
    return sched;
  };

  const snap = (): Snapshot => ({ main: [...main], learning: [...learning], current, answered, right, wrong, leeches: [...leeches] });
  const restore = (s: Snapshot) => {
    main.splice(0, main.length, ...s.main);
    learning.clear();
    for (const [k, v] of s.learning) learning.set(k, v);
    current = s.current;
    answered = s.answered;
    right = s.right;
    wrong = s.wrong;
    leeches = s.leeches;
  };

  const earliestLearning = (): [string, number] | null => {
    let best: [string, number] | null = null;
    for (const entry of learning) if (!best || entry[1] < best[1]) best = entry;
    return best;
  };

  const cardOf = (id: string): CardRecord => deps.getProgress().cards[id] ?? getScheduler().newCard(deps.clock.now());

  return {
    practice,
    current: () => current,
    scheduler: getScheduler,
    advance() {
      const now = deps.clock.now();
      const l = earliestLearning();
      if (l && l[1] <= now) {
        learning.delete(l[0]);
        return (current = l[0]);
      }
      const m = main.shift();
      if (m !== undefined) return (current = m);
      if (l && l[1] <= now + LEARN_AHEAD_MS) {
        learning.delete(l[0]);
        return (current = l[0]);
      }
      return (current = null);
    },
    preview() {
      if (practice || current === null) return null;
      return getScheduler().preview(current, cardOf(current), deps.clock.now());
    },
    rate(grade, correct) {
      if (current === null) return { card: null, becameLeech: false, saved: okNull };
      const id = current;
      const s = snap();
      answered++;
      if (correct) right++;
      else wrong++;
      studied.add(id);
      if (practice) {
        // Cram: a wrong answer comes back at the end of this session; nothing is saved.
        if (grade === Grade.Again) main.push(id);
        undoStack.push({ id, prev: undefined, log: null, snap: s });
        return { card: null, becameLeech: false, saved: okNull };
      }
      const now = deps.clock.now();
      const p = deps.getProgress();
      const prev = p.cards[id];
      const before = prev ?? getScheduler().newCard(now);
      const next = getScheduler().rate(id, before, grade, now);
      const entry: LogEntry = [id, now, grade, before.state];
      const becameLeech = next.leech && !before.leech;
      if (becameLeech) leeches.push(id);
      const np: Progress = { ...p, cards: { ...p.cards, [id]: next }, log: [...p.log, entry] };
      const dayEndish = now + 24 * 3600_000;
      if ((next.state === CardState.Learning || next.state === CardState.Relearning) && next.due < dayEndish) learning.set(id, next.due);
      undoStack.push({ id, prev, log: entry, snap: s });
      const saved = deps.commit(np);
      return { card: next, becameLeech, saved };
    },
    canUndo: () => undoStack.length > 0,
    undo() {
      const u = undoStack.pop();
      if (!u) return null;
      restore(u.snap);
      current = u.id;
      if (practice || !u.log) return { id: u.id, saved: okNull };
      const now = deps.clock.now();
      const p = deps.getProgress();
      const k = logKey(u.log);
      const idx = p.log.findLastIndex((e) => logKey(e) === k);
      const log = idx >= 0 ? [...p.log.slice(0, idx), ...p.log.slice(idx + 1)] : p.log;
      // Same card as before; only `mod` moves forward so other tabs take the undo instead of the rating.
      // A card that was new goes back to a fresh new record (never deleted, so a merge cannot resurrect the rating).
      const restored: CardRecord = u.prev ? { ...u.prev, mod: now } : { ...getScheduler().newCard(u.log[1]), mod: now };
      const np: Progress = { ...p, cards: { ...p.cards, [u.id]: restored }, log, undone: [...p.undone, k] };
      return { id: u.id, saved: deps.commit(np) };
    },
    suspendCurrent() {
      if (current === null || practice) return okNull;
      const now = deps.clock.now();
      const p = deps.getProgress();
      const id = current;
      const card = { ...cardOf(id), suspended: true, mod: now };
      learning.delete(id);
      current = null;
      return deps.commit({ ...p, cards: { ...p.cards, [id]: card } });
    },
    remaining: () => ({ main: main.length, learning: learning.size }),
    summary() {
      const p = deps.getProgress();
      let nextDue: number | null = null;
      if (!practice) {
        for (const id of studied) {
          const c = p.cards[id];
          if (c && !c.suspended && (nextDue === null || c.due < nextDue)) nextDue = c.due;
        }
      }
      return { answered, right, wrong, nextDue, leeches: [...leeches] };
    },
  };
}

/** Suspends or unsuspends one question outside a session (stats page, question screen). */
export function setSuspended(p: Progress, id: string, suspended: boolean, clock: Clock): Progress {
  const now = clock.now();
  const base = p.cards[id] ?? createScheduler(clock, { retention: p.settings.retention }).newCard(now);
  return { ...p, cards: { ...p.cards, [id]: { ...base, suspended, mod: now } } };
}

export { LEECH_THRESHOLD };
