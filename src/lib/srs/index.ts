// Public entry of the spaced-repetition module: the rest of the site imports from here.
export * from './types.ts';
export { createScheduler, formatInterval, studyDay, nextDayStart, DAY_START_HOUR } from './scheduler.ts';
export type { Scheduler } from './scheduler.ts';
export { buildQueue, doneToday } from './queue.ts';
export type { BankItem, Queue, LessonCounts } from './queue.ts';
export { createSession, setSuspended, setFlagged, LEARN_AHEAD_MS, SCHEDULER_ERROR_MESSAGE } from './session.ts';
export type { Session, SessionSummary, RateOutcome, SessionError } from './session.ts';
export {
  checkProgress, parseProgress, upgrade, serializeProgress, mergeProgress, exportProgress, parseExport, parseProgressOrExport, checkBackupSize,
  unknownCards, resetProgress, undoReset, insertLogEntry, compareLog, logKey, readNewerProgress, EXPORT_FORMAT, NEWER_VERSION_MESSAGE, STABILITY_MAX_DAYS,
} from './progress.ts';
export { createProgressStore, createProgressKeeper, hasProgress, PROGRESS_KEY, QUOTA_MESSAGE, BLOCKED_MESSAGE } from './store.ts';
export type { ProgressStore, LoadOutcome, CorruptCopy, ProgressKeeper, ImportSummary, ResetOutcome, StoreOptions } from './store.ts';
export { hasQuizProgress } from './has-progress.ts';
export { reviewsPerDay, dueForecast, trueRetention, lessonMastery, leeches, suspendedIds, dayLabel } from './stats.ts';
export type { RetentionRow, Mastery } from './stats.ts';
