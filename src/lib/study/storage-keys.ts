// Small JSON records of the study pages in localStorage (resume point, today's lesson-loop extensions, mock
// exam attempts). Never trusted on read (each caller parses), never throwing on write (storage may be off or full).

export const RESUME_KEY = 'ec2lab.study.resume';
export const EXTENSIONS_KEY = 'ec2lab.study.extra-new';
export const EXAM_ATTEMPT_KEY = 'ec2lab.exam.attempt';
export const EXAM_HISTORY_KEY = 'ec2lab.exam.history';

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem' | 'removeItem'>;

const defaultStorage = (): Storage | null => {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
};

export function readJson(key: string, storage: Storage | null = defaultStorage()): unknown {
  try {
    const raw = storage?.getItem(key);
    return raw ? (JSON.parse(raw) as unknown) : null;
  } catch {
    return null;
  }
}

/** Returns false when the value could not be written. */
export function writeJson(key: string, value: unknown, storage: Storage | null = defaultStorage()): boolean {
  try {
    if (!storage) return false;
    storage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

export function removeKey(key: string, storage: Storage | null = defaultStorage()): void {
  try {
    storage?.removeItem(key);
  } catch {
    // storage off: nothing to remove
  }
}
