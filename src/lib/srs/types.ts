// Shapes of stored progress. Dates are epoch milliseconds; everything is plain JSON.

/** FSRS states, same numbers as ts-fsrs `State` (kept here so validators need no ts-fsrs import). */
export const CardState = { New: 0, Learning: 1, Review: 2, Relearning: 3 } as const;
export type CardStateValue = (typeof CardState)[keyof typeof CardState];

/** FSRS grades, same numbers as ts-fsrs `Rating`. */
export const Grade = { Again: 1, Hard: 2, Good: 3, Easy: 4 } as const;
export type GradeValue = (typeof Grade)[keyof typeof Grade];

/** One question's schedule. Field names mirror ts-fsrs `Card` so the mapping stays obvious. */
export interface CardRecord {
  due: number;
  stability: number;
  difficulty: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: CardStateValue;
  last_review: number | null;
  /** Every Again, including in learning: a question answered wrong 8 times is a leech. */
  wrong: number;
  leech: boolean;
  suspended: boolean;
  /** Last change of this record (review, undo, suspend); merges keep the newer record. */
  mod: number;
}

/** Review log row as a tuple to keep 100k rows small: [question id, review time, grade, state before]. */
export type LogEntry = [id: string, at: number, grade: GradeValue, stateBefore: CardStateValue];

export interface Settings {
  newPerDay: number;
  reviewsPerDay: number;
  /** Desired retention, 0.7–0.99. */
  retention: number;
  mod: number;
}

export interface Progress {
  version: 2;
  settings: Settings;
  cards: Record<string, CardRecord>;
  /** Append-only, sorted by review time. */
  log: LogEntry[];
  /** Keys `${id}|${at}` of log rows removed by undo, so a merge with another tab does not bring them back. */
  undone: string[];
  /** Last export time, for the "last backup" hint. */
  lastBackup: number | null;
}

export const CURRENT_VERSION = 2;

export const DEFAULT_SETTINGS: Settings = { newPerDay: 20, reviewsPerDay: 200, retention: 0.9, mod: 0 };

export const LEECH_THRESHOLD = 8;

export function emptyProgress(): Progress {
  return { version: 2, settings: { ...DEFAULT_SETTINGS }, cards: {}, log: [], undone: [], lastBackup: null };
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

/** Storage as injected by the caller: window.localStorage in the browser, a Map in tests. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** The clock: now in epoch ms and the local UTC offset in minutes (KST: 540) at a given instant. */
export interface Clock {
  now(): number;
  utcOffsetMinutes(at: number): number;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  utcOffsetMinutes: (at) => -new Date(at).getTimezoneOffset(),
};
