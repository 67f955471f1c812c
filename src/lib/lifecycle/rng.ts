// Seeded randomness for the lifecycle model. Its state lives in the Instance, so every step is a pure
// function of the previous one: the same seed always yields the same addresses and hosts.
import { mulberry32Step } from '../random.ts';

export const nextRandom = mulberry32Step;

/** Integer in [min, max], both inclusive. */
export function nextInt(state: number, min: number, max: number): { value: number; state: number } {
  const r = nextRandom(state);
  return { value: min + Math.floor(r.value * (max - min + 1)), state: r.state };
}

export function nextHex(state: number, length: number): { value: string; state: number } {
  let s = state;
  let out = '';
  for (let i = 0; i < length; i += 1) {
    const r = nextInt(s, 0, 15);
    s = r.state;
    out += r.value.toString(16);
  }
  return { value: out, state: s };
}
