// Small read-only entry for other pages (e.g. the instructor review mode): no ts-fsrs in their bundle.
import { hasProgress } from './store.ts';

/** True when this browser holds quiz progress (or unreadable progress data). Never writes anything. */
export function hasQuizProgress(storage: { getItem(key: string): string | null } | null = globalThis.localStorage ?? null): boolean {
  return storage ? hasProgress(storage) : false;
}
