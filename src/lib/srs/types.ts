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
  /** Flagged for review in 오답 노트; travels with the record, so merges keep the newer flag like `suspended`. */
  flagged?: boolean;
  /** Last change of this record (review, undo, suspend, flag); only increases (see `nextMod`); merges keep the newer record. */
  mod: number;
}

/**
 * A never-reviewed card, as ts-fsrs's createEmptyCard gives it (stability and difficulty 0, due now). Kept here, free
 * of ts-fsrs, so a session can show, suspend, flag or undo before the scheduler has loaded (a unit test pins it to
 * createEmptyCard).
 */
export function newCardRecord(now: number): CardRecord {
  return {
    due: now, stability: 0, difficulty: 0, scheduled_days: 0, learning_steps: 0,
    reps: 0, lapses: 0, state: CardState.New, last_review: null, wrong: 0, leech: false, suspended: false, mod: now,
  };
}

/** Bits of a log row's optional 5th element. */
export const LogFlag = {
  /** The learner answered "확실하지 않음". */
  Unsure: 1,
  /** Accepted although the typed answer had a typo. */
  Typo: 2,
} as const;
/** Every defined flag bit; anything outside it is refused on load. */
export const LOG_FLAG_MASK = LogFlag.Unsure | LogFlag.Typo;

/**
 * Review log row as a tuple to keep 100k rows small: [question id, review time, grade, state before, flags?].
 * Rows written before flags existed have four elements and stay valid.
 */
export type LogEntry =
  | [id: string, at: number, grade: GradeValue, stateBefore: CardStateValue]
  | [id: string, at: number, grade: GradeValue, stateBefore: CardStateValue, flags: number];

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
  /**
   * "진도 초기화": reviews before `at` and cards last changed before it are gone. A register with its own
   * stamp, so a reset reaches other tabs and its undo (a newer stamp, an earlier `at`) does too.
   */
  reset?: ResetMark;
}

export interface ResetMark {
  at: number;
  mod: number;
}

export const CURRENT_VERSION = 2;

export const DEFAULT_SETTINGS: Settings = { newPerDay: 20, reviewsPerDay: 200, retention: 0.9, mod: 0 };

export const LEECH_THRESHOLD = 8;

/** Largest interval the scheduler gives (days); a stored stability beyond what it could produce is refused. */
export const MAXIMUM_INTERVAL_DAYS = 365;

/**
 * How far ahead of this device's clock a stored time may be. Generous on purpose: another device's clock may
 * run fast, and a learner who sets the clock back by hours must not find their own progress refused.
 * A review "a year ahead" is still caught.
 */
export const CLOCK_SKEW_MS = 24 * 3600_000;

/** Backups larger than this are refused before parsing (a year of daily study is well under 1 MB). */
export const MAX_BACKUP_BYTES = 5 * 1024 * 1024;

/** Flags of a log row (0 when the row predates flags). */
export const logFlags = (e: LogEntry): number => (e.length === 5 ? e[4] : 0);

/** Own-key card lookup: a question id such as `constructor` never reaches Object.prototype. */
export function getCard(p: Pick<Progress, 'cards'>, id: string): CardRecord | undefined {
  return Object.hasOwn(p.cards, id) ? p.cards[id] : undefined;
}

/** A card table without a prototype, so ids like `__proto__` are ordinary keys. */
export function cardTable(entries: Iterable<[string, CardRecord]> = []): Record<string, CardRecord> {
  const table = Object.create(null) as Record<string, CardRecord>;
  for (const [id, card] of entries) table[id] = card;
  return table;
}

/** Progress with one card replaced, on a fresh prototype-free table. */
export function withCard(p: Progress, id: string, card: CardRecord): Progress {
  const cards = cardTable(Object.entries(p.cards));
  cards[id] = card;
  return { ...p, cards };
}

/** The next modification stamp of a record: never below the previous one, so a clock set back cannot lose a change. */
export const nextMod = (prev: number | undefined, now: number): number => (prev === undefined ? now : Math.max(prev + 1, now));

export function emptyProgress(): Progress {
  return { version: 2, settings: { ...DEFAULT_SETTINGS }, cards: cardTable(), log: [], undone: [], lastBackup: null };
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
