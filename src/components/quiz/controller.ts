// Browser wiring of the progress store: localStorage, cross-tab merge via `storage` events,
// persistent-storage request, and one place where save errors (quota) are reported to the UI.
import { createProgressStore, PROGRESS_KEY, systemClock, type LoadOutcome, type Progress, type ProgressStore, type Result } from '~/lib/srs/index.ts';

type Listener = () => void;

export interface Controller {
  store: ProgressStore;
  loaded: LoadOutcome;
  progress(): Progress;
  commit(p: Progress): Result<null>;
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
  let current = loaded.progress;
  const listeners: Listener[] = [];
  const errorListeners: ((m: string) => void)[] = [];
  const emit = () => listeners.forEach((l) => l());
  const report = (m: string) => errorListeners.forEach((l) => l(m));

  window.addEventListener('storage', (e) => {
    if (e.key !== PROGRESS_KEY && e.key !== null) return;
    const r = store.receive(e.key === null ? null : e.newValue, current);
    current = r.progress;
    if (r.writeBack) {
      const saved = store.save(current);
      if (!saved.ok) report(saved.error.message);
    }
    emit();
  });

  instance = {
    store,
    loaded,
    progress: () => current,
    commit(p) {
      current = p; // the in-memory state always moves on, so the session keeps working
      const saved = store.save(p);
      if (!saved.ok) report(saved.error.message);
      emit();
      return saved;
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


