// Browser wiring of the progress store: localStorage, cross-tab merge via `storage` events, the keeper's rule
// (a rating moves on even if its save fails; every other change switches state only once saved), the
// persistent-storage request, and one place where save errors (quota, read-only) are reported to the UI.
// Imported module by module, not from ~/lib/srs/index.ts: the barrel would put the session and ts-fsrs in the
// quiz dashboard's first download (they load with the session kit).
import { createProgressKeeper, createProgressStore, PROGRESS_KEY, type ImportSummary, type LoadOutcome, type ProgressKeeper, type ProgressStore, type ResetOutcome } from '~/lib/srs/store.ts';
import { systemClock, type Progress, type Result } from '~/lib/srs/types.ts';

type Listener = () => void;

export interface Controller {
  store: ProgressStore;
  keeper: ProgressKeeper;
  loaded: LoadOutcome;
  progress(): Progress;
  /** A rating: the state moves on even if the save fails (the error is reported). */
  commit(p: Progress): Result<null>;
  /** Any other change: the state switches only after a successful save. */
  replace(p: Progress): Result<null>;
  importText(text: string): Result<ImportSummary>;
  resetAll(): Result<ResetOutcome>;
  discardCorrupt(key: string): Result<null>;
  readonly readOnly: boolean;
  onChange(fn: Listener): void;
  onError(fn: (message: string) => void): void;
  requestPersistence(): Promise<'granted' | 'denied' | 'unsupported'>;
}

let instance: Controller | null = null;

function memoryStorage() {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k) };
}

export function controller(): Controller {
  if (instance) return instance;
  let storage: Storage | ReturnType<typeof memoryStorage>;
  try {
    storage = window.localStorage;
    storage.getItem(PROGRESS_KEY);
  } catch {
    storage = memoryStorage(); // storage disabled: keep working for this visit
  }
  const store = createProgressStore(storage, systemClock.now);
  const loaded = store.load();
  const keeper = createProgressKeeper(store, loaded.progress, systemClock.now);
  const listeners: Listener[] = [];
  const errorListeners: ((m: string) => void)[] = [];
  const emit = () => listeners.forEach((l) => l());
  const report = (m: string) => errorListeners.forEach((l) => l(m));
  const reported = <T>(r: Result<T>): Result<T> => {
    if (!r.ok) report(r.error.message);
    else emit();
    return r;
  };

  window.addEventListener('storage', (e) => {
    if (e.key !== PROGRESS_KEY && e.key !== null) return;
    const r = keeper.receive(e.key === null ? null : e.newValue);
    if (r.saved && !r.saved.ok) report(r.saved.error.message);
    if (r.changed) emit();
  });

  instance = {
    store,
    keeper,
    loaded,
    progress: () => keeper.current(),
    commit: (p) => reported(keeper.record(p)),
    replace: (p) => reported(keeper.replace(p)),
    importText: (text) => {
      const r = keeper.importText(text);
      if (r.ok) emit();
      return r;
    },
    resetAll: () => {
      const r = keeper.resetAll();
      if (r.ok) emit();
      return r;
    },
    discardCorrupt: (key) => reported(keeper.discardCorrupt(key)),
    get readOnly() {
      return store.readOnly;
    },
    onChange: (fn) => void listeners.push(fn),
    onError: (fn) => void errorListeners.push(fn),
    async requestPersistence() {
      const sm = navigator.storage;
      if (!sm || typeof sm.persist !== 'function') return 'unsupported';
      try {
        if (await sm.persisted()) return 'granted';
        return (await sm.persist()) ? 'granted' : 'denied';
      } catch {
        return 'denied';
      }
    },
  };
  return instance;
}

/** Saves text as a file download. */
export function download(name: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function readBankData<T>(el: HTMLElement): T {
  return JSON.parse(el.dataset.bank ?? '{}') as T;
}

export function formatDateTime(ms: number): string {
  return new Intl.DateTimeFormat('ko-KR', { month: 'long', day: 'numeric', weekday: 'short', hour: 'numeric', minute: '2-digit' }).format(ms);
}

/** File name of a progress backup made now: ec2-study-lab-progress-2026-03-10.json. */
export function backupName(now: number): string {
  const d = new Date(now);
  return `ec2-study-lab-progress-${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}.json`;
}
