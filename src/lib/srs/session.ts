// A review session: which card comes next (same-day learning steps come back when due), rating,
// undo that restores the previous card exactly, suspend, and the end-of-session summary.
// Practice (cram) sessions use the same flow but never touch progress.
// Nothing here throws: a card the scheduler cannot rate comes back as an error the learner can act on.
import { insertLogEntry, logKey } from './progress.ts';
// Type only: the scheduler (ts-fsrs) is injected, so the quiz can show its first card before ts-fsrs has loaded.
import type { Scheduler, SchedulerOptions } from './scheduler.ts';
import type { Queue } from './queue.ts';
import {
  CardState, Grade, LEECH_THRESHOLD, getCard, newCardRecord, nextMod, withCard, type CardRecord, type Clock, type GradeValue, type LogEntry, type Progress, type Result,
} from './types.ts';

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
  /** Persists a rating; the state moves on even when the save fails. Errors (quota) are returned to the UI. */
  commit(p: Progress): Result<null>;
  /**
   * Persists any other change (undo, suspend, flag, card reset); the state must switch only after the save
   * succeeded (`ProgressKeeper.replace`). Defaults to `commit`.
   */
  replace?(p: Progress): Result<null>;
  /**
   * Makes the FSRS scheduler (`createScheduler` from scheduler.ts). Called only to preview or rate, never to show,
   * suspend, flag, reset or undo, so a caller may load ts-fsrs after the first card is on screen.
   */
  createScheduler(clock: Clock, options: SchedulerOptions): Scheduler;
}

export interface SessionError {
  code: 'scheduler';
  /** Korean, for the learner; the UI offers `resetCurrent()` and `skipCurrent()`. */
  message: string;
}

export interface RateOutcome {
  card: CardRecord | null;
  becameLeech: boolean;
  saved: Result<null>;
  /** Set when the card could not be rated; progress and the session's counts are then unchanged. */
  error: SessionError | null;
}

export const SCHEDULER_ERROR_MESSAGE =
  '이 문항의 저장된 복습 기록으로는 다음 복습 시각을 계산할 수 없습니다. 이 문항의 기록만 초기화하거나, 이번에는 건너뛰세요. 다른 문항의 진도는 그대로입니다.';

export interface Session {
  readonly practice: boolean;
  current(): string | null;
  /** Moves to the next card and returns its id, or null when the session is over. */
  advance(): string | null;
  /** Next due time for each grade of the current card (null in practice mode). */
  preview(): Record<GradeValue, number> | null;
  /** Rates the current card; `flags` (LogFlag bits) go into the log row. Never throws. */
  rate(grade: GradeValue, correct: boolean, flags?: number): RateOutcome;
  canUndo(): boolean;
  /** Undoes the last rating; returns the id of the card to show again. When the save fails nothing is undone. */
  undo(): { id: string; saved: Result<null> } | null;
  /** Suspends the current card; on a failed save the card stays current and unsuspended. */
  suspendCurrent(): Result<null>;
  /** Flags (or unflags) the current card for 오답 노트. */
  flagCurrent(flagged: boolean): Result<null>;
  /** After a scheduler error: the current card starts over as a new card (its reviews stay in the log). It stays current. */
  resetCurrent(): Result<null>;
  /** After a scheduler error: leave the current card as it is for this session; call `advance()` next. */
  skipCurrent(): void;
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
  for (const id of queue.learning) learning.set(id, getCard(deps.getProgress(), id)?.due ?? deps.clock.now());
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
      sched = deps.createScheduler(deps.clock, { retention: r });
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

  const cardOf = (id: string): CardRecord => getCard(deps.getProgress(), id) ?? newCardRecord(deps.clock.now());
  const replace = (p: Progress): Result<null> => (deps.replace ? deps.replace(p) : deps.commit(p));

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
      try {
        return getScheduler().preview(current, cardOf(current), deps.clock.now());
      } catch {
        return null; // the rating itself reports the problem
      }
    },
    rate(grade, correct, flags = 0) {
      if (current === null) return { card: null, becameLeech: false, saved: okNull, error: null };
      const id = current;
      const s = snap();
      const wasStudied = studied.has(id);
      answered++;
      if (correct) right++;
      else wrong++;
      studied.add(id);
      if (practice) {
        // Cram: a wrong answer comes back at the end of this session; nothing is saved.
        if (grade === Grade.Again) main.push(id);
        undoStack.push({ id, prev: undefined, log: null, snap: s });
        return { card: null, becameLeech: false, saved: okNull, error: null };
      }
      const now = deps.clock.now();
      const p = deps.getProgress();
      const prev = getCard(p, id);
      const before = prev ?? newCardRecord(now);
      let next: CardRecord;
      try {
        next = getScheduler().rate(id, before, grade, now);
      } catch {
        restore(s);
        if (!wasStudied) studied.delete(id);
        return { card: null, becameLeech: false, saved: okNull, error: { code: 'scheduler', message: SCHEDULER_ERROR_MESSAGE } };
      }
      const entry: LogEntry = flags ? [id, now, grade, before.state, flags] : [id, now, grade, before.state];
      const becameLeech = next.leech && !before.leech;
      if (becameLeech) leeches.push(id);
      const np: Progress = { ...withCard(p, id, next), log: insertLogEntry(p.log, entry) };
      const dayEndish = now + 24 * 3600_000;
      if ((next.state === CardState.Learning || next.state === CardState.Relearning) && next.due < dayEndish) learning.set(id, next.due);
      undoStack.push({ id, prev, log: entry, snap: s });
      const saved = deps.commit(np);
      return { card: next, becameLeech, saved, error: null };
    },
    canUndo: () => undoStack.length > 0,
    undo() {
      const u = undoStack[undoStack.length - 1];
      if (!u) return null;
      if (practice || !u.log) {
        undoStack.pop();
        restore(u.snap);
        current = u.id;
        return { id: u.id, saved: okNull };
      }
      const now = deps.clock.now();
      const p = deps.getProgress();
      const k = logKey(u.log);
      const idx = p.log.findLastIndex((e) => logKey(e) === k);
      const log = idx >= 0 ? [...p.log.slice(0, idx), ...p.log.slice(idx + 1)] : p.log;
      // Same card as before; only `mod` moves forward (past the rating's, whatever the clock says now) so
      // other tabs take the undo instead of the rating. A card that was new goes back to a fresh new record
      // (never deleted, so a merge cannot resurrect the rating).
      const mod = nextMod(getCard(p, u.id)?.mod, now);
      const restored: CardRecord = u.prev ? { ...u.prev, mod } : { ...newCardRecord(u.log[1]), mod };
      const saved = replace({ ...withCard(p, u.id, restored), log, undone: [...p.undone, k] });
      if (!saved.ok) return { id: current ?? u.id, saved };
      undoStack.pop();
      restore(u.snap);
      current = u.id;
      return { id: u.id, saved };
    },
    suspendCurrent() {
      if (current === null || practice) return okNull;
      const now = deps.clock.now();
      const p = deps.getProgress();
      const id = current;
      const before = cardOf(id);
      const saved = replace(withCard(p, id, { ...before, suspended: true, mod: nextMod(getCard(p, id)?.mod, now) }));
      if (!saved.ok) return saved;
      learning.delete(id);
      current = null;
      return saved;
    },
    flagCurrent(flagged) {
      if (current === null || practice) return okNull;
      return replace(setFlagged(deps.getProgress(), current, flagged, deps.clock));
    },
    resetCurrent() {
      if (current === null || practice) return okNull;
      const now = deps.clock.now();
      const p = deps.getProgress();
      const prev = getCard(p, current);
      const fresh = { ...newCardRecord(now), mod: nextMod(prev?.mod, now), suspended: prev?.suspended ?? false };
      if (prev?.flagged !== undefined) fresh.flagged = prev.flagged;
      const saved = replace(withCard(p, current, fresh));
      if (saved.ok) learning.delete(current);
      return saved;
    },
    skipCurrent() {
      if (current !== null) learning.delete(current);
      current = null;
    },
    remaining: () => ({ main: main.length, learning: learning.size }),
    summary() {
      const p = deps.getProgress();
      let nextDue: number | null = null;
      if (!practice) {
        for (const id of studied) {
          const c = getCard(p, id);
          if (c && !c.suspended && (nextDue === null || c.due < nextDue)) nextDue = c.due;
        }
      }
      return { answered, right, wrong, nextDue, leeches: [...leeches] };
    },
  };
}

/** Suspends or unsuspends one question outside a session (stats page, question screen). Save it with `ProgressKeeper.replace`. */
export function setSuspended(p: Progress, id: string, suspended: boolean, clock: Clock): Progress {
  const now = clock.now();
  const prev = getCard(p, id);
  const base = prev ?? newCardRecord(now);
  return withCard(p, id, { ...base, suspended, mod: nextMod(prev?.mod, now) });
}

/** Flags or unflags one question for 오답 노트 (merged with other tabs by the card's stamp, like `suspended`). */
export function setFlagged(p: Progress, id: string, flagged: boolean, clock: Clock): Progress {
  const now = clock.now();
  const prev = getCard(p, id);
  const base = prev ?? newCardRecord(now);
  return withCard(p, id, { ...base, flagged, mod: nextMod(prev?.mod, now) });
}

export { LEECH_THRESHOLD };
