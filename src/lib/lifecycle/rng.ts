// A small seeded PRNG (mulberry32). Its state lives in the Instance, so every step is a pure
// function of the previous one: the same seed always yields the same addresses and hosts.
export function nextRandom(state: number): { value: number; state: number } {
  const next = (state + 0x6d2b79f5) >>> 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  const value = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  return { value, state: next };
}

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
