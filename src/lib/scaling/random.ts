// Seeded PRNG (mulberry32, src/lib/random.ts): the simulation never touches Math.random, so a seed replays a run exactly.
import { mulberry32Step } from '../random.ts';

export interface Rng {
  /** Next float in [0, 1). */
  next(): number;
  /** Internal state, so a run can be snapshotted and resumed. */
  state(): number;
}

export function createRng(seed: number): Rng {
  let s = seed >>> 0;
  return {
    next() {
      const step = mulberry32Step(s);
      s = step.state;
      return step.value;
    },
    state: () => s,
  };
}

/** An EC2-style instance id: `i-` and 17 hex digits, the first a 0 as in real ids. */
export function instanceId(rng: Rng): string {
  let hex = '0';
  for (let i = 0; i < 16; i++) hex += Math.floor(rng.next() * 16).toString(16);
  return `i-${hex}`;
}
