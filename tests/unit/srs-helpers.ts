// Shared fixtures for the srs tests: a fixed clock in KST and an in-memory store.
import type { Clock, KeyValueStore } from '../../src/lib/srs/index.ts';

export const KST = 540;
/** Epoch ms for a KST wall-clock time. */
export const kst = (y: number, mo: number, d: number, h: number, mi = 0) => Date.UTC(y, mo - 1, d, h, mi) - KST * 60_000;

export function fixedClock(start: number, offset = KST): Clock & { set(t: number): void; advance(ms: number): void } {
  let t = start;
  return { now: () => t, utcOffsetMinutes: () => offset, set: (v) => void (t = v), advance: (ms) => void (t += ms) };
}

export function memoryStore(): KeyValueStore & { data: Map<string, string>; failWrites: boolean; writes: number } {
  const data = new Map<string, string>();
  const s = {
    data,
    failWrites: false,
    writes: 0,
    getItem: (k: string) => data.get(k) ?? null,
    setItem(k: string, v: string) {
      if (s.failWrites) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      s.writes++;
      data.set(k, v);
    },
    removeItem: (k: string) => void data.delete(k),
  };
  return s;
}
