// Persistence of progress in an injected key-value store (localStorage in the browser).
// Corrupt data is copied aside before anything is written; quota errors come back as results.
import { emptyProgress, parseProgress, serializeProgress, mergeProgress } from './progress.ts';
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
}

function isQuotaError(e: unknown): boolean {
  if (!(e instanceof Error) && !(typeof e === 'object' && e !== null)) return false;
  const err = e as { name?: string; code?: number };
  return err.name === 'QuotaExceededError' || err.name === 'NS_ERROR_DOM_QUOTA_REACHED' || err.code === 22 || err.code === 1014;
}

export const QUOTA_MESSAGE =
  '브라우저 저장 공간이 가득 차서 진도를 저장하지 못했습니다. 진도 백업(내보내기)으로 파일을 받아 두고, 다른 사이트 데이터를 정리한 뒤 다시 시도하세요.';

export interface ProgressStore {
  load(): LoadOutcome;
  /** Writes progress. Refused (not thrown) on a quota error or while corrupt data could not be kept aside. */
  save(p: Progress): Result<null>;
  /** Handles a change made by another tab (`storage` event): returns the merged state and whether to write it back. */
  receive(newValue: string | null, current: Progress): { progress: Progress; writeBack: boolean };
  corruptCopies(): CorruptCopy[];
  readCorrupt(key: string): string | null;
  discardCorrupt(key: string): void;
  /** True when corrupt data could not be stored aside: we then never write, so it is not overwritten. */
  readonly blocked: boolean;
}

export function createProgressStore(storage: KeyValueStore, now: () => number): ProgressStore {
  let blocked = false;

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
      if (isQuotaError(e)) return { ok: false, error: { code: 'quota', message: QUOTA_MESSAGE } };
      return { ok: false, error: { code: 'write', message: `진도를 저장하지 못했습니다: ${e instanceof Error ? e.message : String(e)}` } };
    }
  };

  return {
    get blocked() {
      return blocked;
    },
    load() {
      let raw: string | null;
      try {
        raw = storage.getItem(PROGRESS_KEY);
      } catch {
        raw = null;
      }
      if (raw === null) return { progress: emptyProgress(), problem: null };
      const r = parseProgress(raw);
      if (r.ok) return { progress: r.value, problem: null };
      const at = now();
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
      return { progress: emptyProgress(), problem: { code: r.error.code, message: r.error.message, raw, keptAs } };
    },
    save(p) {
      if (blocked) {
        return { ok: false, error: { code: 'blocked', message: '읽지 못한 진도 데이터를 덮어쓰지 않으려고 저장을 멈췄습니다. 먼저 원본 데이터를 내려받으세요.' } };
      }
      return write(PROGRESS_KEY, serializeProgress(p));
    },
    receive(newValue, current) {
      if (newValue === null) return { progress: current, writeBack: Object.keys(current.cards).length > 0 || current.log.length > 0 };
      const r = parseProgress(newValue);
      if (!r.ok) return { progress: current, writeBack: false };
      const merged = mergeProgress(current, r.value);
      return { progress: merged, writeBack: serializeProgress(merged) !== serializeProgress(r.value) };
    },
    corruptCopies: readIndex,
    readCorrupt(key) {
      return storage.getItem(key);
    },
    discardCorrupt(key) {
      storage.removeItem(key);
      const index = readIndex().filter((c) => c.key !== key);
      if (index.length === 0) storage.removeItem(CORRUPT_INDEX_KEY);
      else write(CORRUPT_INDEX_KEY, JSON.stringify(index));
      if (index.length === 0) blocked = false;
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
