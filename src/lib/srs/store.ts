// Persistence of progress in an injected key-value store (localStorage in the browser).
// Corrupt data is copied aside before anything is written; quota errors come back as results.
// Data from a newer version of the site is neither corrupt nor ours to overwrite: it opens read-only.
import {
  emptyProgress, exportProgress, mergeProgress, NEWER_VERSION_MESSAGE, parseProgress, parseProgressOrExport, readNewerProgress, resetProgress,
  serializeProgress, undoReset, unknownCards,
} from './progress.ts';
import type { KeyValueStore, Progress, Result } from './types.ts';

export const PROGRESS_KEY = 'ec2lab.srs.progress';
export const CORRUPT_INDEX_KEY = 'ec2lab.srs.corrupt-index';
const CORRUPT_PREFIX = 'ec2lab.srs.corrupt.';

export interface CorruptCopy {
  key: string;
  at: number;
  message: string;
}

export interface LoadOutcome {
  progress: Progress;
  /** Set when stored data could not be read; the raw text is kept (in storage if it fit, else in `raw`). */
  problem: null | { code: string; message: string; raw: string; keptAs: string | null };
  /** Written by a newer version: shown as far as this version can read it, never written over. */
  readOnly: boolean;
  /** Cards of questions not in the bank: kept in storage as they are, never scheduled, reported here. */
  unknown: string[];
}

function isQuotaError(e: unknown): boolean {
  if (!(e instanceof Error) && !(typeof e === 'object' && e !== null)) return false;
  const err = e as { name?: string; code?: number };
  return err.name === 'QuotaExceededError' || err.name === 'NS_ERROR_DOM_QUOTA_REACHED' || err.code === 22 || err.code === 1014;
}

export const QUOTA_MESSAGE =
  '브라우저 저장 공간이 가득 차서 진도를 저장하지 못했습니다. 진도 백업(내보내기)으로 파일을 받아 두고, 다른 사이트 데이터를 정리한 뒤 다시 시도하세요.';

export const BLOCKED_MESSAGE = '읽지 못한 진도 데이터를 덮어쓰지 않으려고 저장을 멈췄습니다. 먼저 원본 데이터를 내려받으세요.';

export interface ProgressStore {
  load(): LoadOutcome;
  /** Writes progress. Refused (not thrown) on a quota error, while corrupt data could not be kept aside, or when read-only. */
  save(p: Progress): Result<null>;
  /** Handles a change made by another tab (`storage` event): returns the merged state and whether to write it back. */
  receive(newValue: string | null, current: Progress): { progress: Progress; writeBack: boolean };
  corruptCopies(): CorruptCopy[];
  readCorrupt(key: string): string | null;
  /**
   * Deletes a kept copy. When that unblocks saving and `current` is given, `current` is saved at once, so
   * answers given while blocked are not left unsaved; the result is that save's.
   */
  discardCorrupt(key: string, current?: Progress): Result<null>;
  /** True when corrupt data could not be stored aside: we then never write, so it is not overwritten. */
  readonly blocked: boolean;
  /** True when the stored data comes from a newer version of the site. */
  readonly readOnly: boolean;
}

export interface StoreOptions {
  /** Ids of the questions in the bank, to report cards of unknown questions on load. */
  bankIds?: Iterable<string>;
}

const refused = (code: string, message: string): { ok: false; error: { code: string; message: string } } => ({ ok: false, error: { code, message } });

export function createProgressStore(storage: KeyValueStore, now: () => number, options: StoreOptions = {}): ProgressStore {
  let blocked = false;
  let readOnly = false;
  const bankIds = options.bankIds ? [...options.bankIds] : null;

  const readIndex = (): CorruptCopy[] => {
    try {
      const v: unknown = JSON.parse(storage.getItem(CORRUPT_INDEX_KEY) ?? '[]');
      return Array.isArray(v) ? v.filter((x): x is CorruptCopy => typeof x === 'object' && x !== null && typeof x.key === 'string') : [];
    } catch {
      return [];
    }
  };

  const write = (key: string, value: string): Result<null> => {
    try {
      storage.setItem(key, value);
      return { ok: true, value: null };
    } catch (e) {
      if (isQuotaError(e)) return refused('quota', QUOTA_MESSAGE);
      return refused('write', `진도를 저장하지 못했습니다: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  const outcome = (progress: Progress, problem: LoadOutcome['problem']): LoadOutcome => ({
    progress,
    problem,
    readOnly,
    unknown: bankIds ? unknownCards(progress, bankIds) : [],
  });

  const save = (p: Progress): Result<null> => {
    if (readOnly) return refused('newer', NEWER_VERSION_MESSAGE);
    if (blocked) return refused('blocked', BLOCKED_MESSAGE);
    return write(PROGRESS_KEY, serializeProgress(p));
  };

  return {
    get blocked() {
      return blocked;
    },
    get readOnly() {
      return readOnly;
    },
    load() {
      let raw: string | null;
      try {
        raw = storage.getItem(PROGRESS_KEY);
      } catch {
        raw = null;
      }
      if (raw === null) return outcome(emptyProgress(), null);
      const at = now();
      const r = parseProgress(raw, at);
      if (r.ok) return outcome(r.value, null);
      if (r.error.code === 'newer') {
        readOnly = true;
        return outcome(readNewerProgress(raw, at) ?? emptyProgress(), { code: 'newer', message: r.error.message, raw, keptAs: null });
      }
      const key = `${CORRUPT_PREFIX}${at}`;
      const kept = write(key, raw);
      let keptAs: string | null = null;
      if (kept.ok) {
        const index = [...readIndex(), { key, at, message: r.error.message }];
        if (write(CORRUPT_INDEX_KEY, JSON.stringify(index)).ok) {
          keptAs = key;
          storage.removeItem(PROGRESS_KEY);
        } else {
          storage.removeItem(key);
        }
      }
      blocked = keptAs === null;
      return outcome(emptyProgress(), { code: r.error.code, message: r.error.message, raw, keptAs });
    },
    save,
    receive(newValue, current) {
      if (readOnly) return { progress: current, writeBack: false };
      if (newValue === null) return { progress: current, writeBack: Object.keys(current.cards).length > 0 || current.log.length > 0 || current.reset !== undefined };
      const r = parseProgress(newValue, now());
      if (!r.ok) {
        // Another tab runs a newer version: stop writing rather than overwrite what it wrote.
        if (r.error.code === 'newer') readOnly = true;
        return { progress: current, writeBack: false };
      }
      const merged = mergeProgress(current, r.value);
      return { progress: merged, writeBack: serializeProgress(merged) !== serializeProgress(r.value) };
    },
    corruptCopies: readIndex,
    readCorrupt(key) {
      return storage.getItem(key);
    },
    discardCorrupt(key, current) {
      storage.removeItem(key);
      const index = readIndex().filter((c) => c.key !== key);
      if (index.length === 0) storage.removeItem(CORRUPT_INDEX_KEY);
      else write(CORRUPT_INDEX_KEY, JSON.stringify(index));
      if (index.length === 0 || key === PROGRESS_KEY) blocked = false;
      if (current && !blocked) return save(current);
      return { ok: true, value: null };
    },
  };
}

/** Read-only: does this browser hold any quiz progress? Never writes (safe for the instructor review mode). */
export function hasProgress(storage: Pick<KeyValueStore, 'getItem'>): boolean {
  let raw: string | null;
  try {
    raw = storage.getItem(PROGRESS_KEY);
  } catch {
    return false;
  }
  if (raw === null) return false;
  const r = parseProgress(raw);
  return r.ok ? Object.keys(r.value.cards).length > 0 || r.value.log.length > 0 : true;
}

// ---------------------------------------------------------------------------
// The in-memory state and its one rule: a change that replaces progress (import, merge, undo, suspend,
// flag, reset) takes effect only once it is saved. Only a rating moves on without a save, so a full disk
// never freezes a session; its error is still returned.

export interface ImportSummary {
  cards: number;
  log: number;
  /** Cards in the file whose question is not in the bank (kept, not scheduled). */
  unknown: string[];
}

export interface ResetOutcome {
  /** The backup file text to offer for download before the reset. */
  backup: string;
  /** Brings everything back (one step). */
  undo(): Result<null>;
}

export interface ProgressKeeper {
  current(): Progress;
  readonly store: ProgressStore;
  /** A rating: the state moves on even if the save fails (the learner keeps studying; the UI shows the error). */
  record(p: Progress): Result<null>;
  /** Any other change: the state switches only after a successful save; on failure nothing changes. */
  replace(p: Progress): Result<null>;
  /** Parses a backup file (or a kept-aside copy) and merges it in; the state changes only once saved. */
  importText(text: string): Result<ImportSummary>;
  /** Imports a kept-aside corrupt copy back (when this version can read it now), then deletes it. */
  restoreCorrupt(key: string): Result<ImportSummary>;
  /** Deletes a kept-aside copy; if that unblocks saving, the current progress is saved at once. */
  discardCorrupt(key: string): Result<null>;
  /** Applies another tab's write; returns whether the state changed and the write-back's result. */
  receive(newValue: string | null): { changed: boolean; saved: Result<null> | null };
  /** "진도 초기화": the backup text is made first; the reset is saved before it takes effect. */
  resetAll(): Result<ResetOutcome>;
}

export function createProgressKeeper(store: ProgressStore, initial: Progress, now: () => number, bankIds: Iterable<string> = []): ProgressKeeper {
  let current = initial;
  const bank = [...bankIds];

  const replace = (p: Progress): Result<null> => {
    const saved = store.save(p);
    if (saved.ok) current = p;
    return saved;
  };

  const importParsed = (parsed: Result<Progress>): Result<ImportSummary> => {
    if (!parsed.ok) return parsed;
    const saved = replace(mergeProgress(current, parsed.value));
    if (!saved.ok) return saved;
    return {
      ok: true,
      value: { cards: Object.keys(parsed.value.cards).length, log: parsed.value.log.length, unknown: bank.length ? unknownCards(parsed.value, bank) : [] },
    };
  };

  return {
    current: () => current,
    store,
    record(p) {
      if (store.readOnly) return refused('newer', NEWER_VERSION_MESSAGE);
      current = p;
      return store.save(p);
    },
    replace,
    importText: (text) => importParsed(parseProgressOrExport(text, now())),
    restoreCorrupt(key) {
      const raw = store.readCorrupt(key);
      if (raw === null) return refused('missing', '보관한 원본 데이터를 찾을 수 없습니다.');
      const r = importParsed(parseProgressOrExport(raw, now()));
      if (r.ok) store.discardCorrupt(key);
      return r;
    },
    discardCorrupt: (key) => store.discardCorrupt(key, current),
    receive(newValue) {
      const r = store.receive(newValue, current);
      const changed = serializeProgress(r.progress) !== serializeProgress(current);
      current = r.progress;
      return { changed, saved: r.writeBack ? store.save(current) : null };
    },
    resetAll() {
      const before = current;
      const at = now();
      const backup = exportProgress(before, at);
      const saved = replace(resetProgress(before, at));
      if (!saved.ok) return saved;
      return { ok: true, value: { backup, undo: () => replace(undoReset(before, current, now())) } };
    },
  };
}
