// Seeded randomness shared by the quiz and the review mode: a session link or a test must reproduce exactly.

/**
 * One step of mulberry32, a small, well-known seeded PRNG that gives the same numbers on every engine.
 * Pure: the caller keeps the state (the lifecycle model stores it in the instance; see seededRandom for a closure).
 */
export function mulberry32Step(state: number): { value: number; state: number } {
  const next = (state + 0x6d2b79f5) >>> 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return { value: ((t ^ (t >>> 14)) >>> 0) / 4294967296, state: next };
}

/** A random source in [0, 1) for a seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    const step = mulberry32Step(state);
    state = step.state;
    return step.value;
  };
}

/** Fisher–Yates with an injected random source; returns a new array. */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** A permutation of 0..n-1 that is not the identity, so an ordering question never starts solved. */
export function scrambledOrder(n: number, random: () => number): number[] {
  const ids = Array.from({ length: n }, (_, i) => i);
  if (n < 2) return ids;
  for (let tries = 0; tries < 10; tries++) {
    const s = shuffle(ids, random);
    if (s.some((v, i) => v !== i)) return s;
  }
  return [...ids.slice(1), 0];
}
