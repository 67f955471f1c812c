// The build-time leak list (leaks.ts computes it) read back at runtime. Apart from leaks.ts so that reading it does
// not bring the grader (and es-hangul) into the quiz before the first card.

/** [revealer id, ids of the questions whose answer it shows]: lean enough to ship with the bank. */
export type LeakList = [revealer: string, revealed: string[]][];

/** The list as a map revealer → revealed, for the queue (own keys only; ids come from the bank). */
export function leakMap(list: LeakList | undefined | null): Map<string, readonly string[]> {
  const map = new Map<string, readonly string[]>();
  if (!Array.isArray(list)) return map;
  for (const entry of list) {
    if (Array.isArray(entry) && typeof entry[0] === 'string' && Array.isArray(entry[1])) map.set(entry[0], entry[1].filter((x): x is string => typeof x === 'string'));
  }
  return map;
}
