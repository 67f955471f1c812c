// Completed missions, kept across visits in an injected key-value store (localStorage in the browser,
// a Map-backed object in tests). Unknown ids and malformed data are ignored, never thrown on.
import { MISSIONS } from './missions.ts';

export const MISSIONS_KEY = 'ec2lab.lifecycle.missions';

export interface MissionStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const KNOWN = new Set(MISSIONS.map((m) => m.id));

/** Parses stored mission ids: keeps known ids, once each, in mission order. */
export function parseCompletedMissions(raw: string | null): Set<string> {
  if (raw === null) return new Set();
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return new Set();
  }
  if (!Array.isArray(value)) return new Set();
  const ids = new Set(value.filter((v): v is string => typeof v === 'string' && KNOWN.has(v)));
  return new Set(MISSIONS.map((m) => m.id).filter((id) => ids.has(id)));
}

export function loadCompletedMissions(store: MissionStore | null): Set<string> {
  if (store === null) return new Set();
  try {
    return parseCompletedMissions(store.getItem(MISSIONS_KEY));
  } catch {
    // Storage can throw (privacy modes); the sandbox still works without it.
    return new Set();
  }
}

/** Saves the ids; returns false when the store refused (quota, privacy mode). */
export function saveCompletedMissions(store: MissionStore | null, completed: ReadonlySet<string>): boolean {
  if (store === null) return false;
  try {
    store.setItem(MISSIONS_KEY, JSON.stringify(MISSIONS.map((m) => m.id).filter((id) => completed.has(id))));
    return true;
  } catch {
    return false;
  }
}
