// The real list (src/data/instance-types.json, generated from @aws-sdk/client-ec2) and lookups over it.
import data from '../../data/instance-types.json' with { type: 'json' };
import { compareSizes, sizeUnits } from './sizes.ts';

export const INSTANCE_TYPE_NAMES: readonly string[] = data.names;
export const INSTANCE_TYPES_SOURCE = { package: data.package, version: data.version, count: data.count } as const;

const KNOWN = new Set<string>(INSTANCE_TYPE_NAMES);

/** family → its sizes, smallest first. */
const SIZES_BY_FAMILY = new Map<string, string[]>();
for (const name of INSTANCE_TYPE_NAMES) {
  const dot = name.indexOf('.');
  const family = name.slice(0, dot);
  const list = SIZES_BY_FAMILY.get(family) ?? [];
  list.push(name.slice(dot + 1));
  SIZES_BY_FAMILY.set(family, list);
}
for (const list of SIZES_BY_FAMILY.values()) list.sort(compareSizes);

/** One shared collator: `localeCompare` with options builds a new one on every call (the cost inside sorts). */
const NAME_ORDER = new Intl.Collator('en', { numeric: true });

export const INSTANCE_FAMILIES: readonly string[] = [...SIZES_BY_FAMILY.keys()].sort(NAME_ORDER.compare);

/** Precomputed once, on the first suggestion: each family's sizes with their doubling steps, and every name's rank in natural order. */
interface SizedName {
  name: string;
  size: string;
  log2: number;
  rank: number;
}
let suggestionKeys: { byFamily: Map<string, SizedName[]>; names: SizedName[]; familyRank: Map<string, number> } | undefined;

function keys(): NonNullable<typeof suggestionKeys> {
  if (suggestionKeys) return suggestionKeys;
  const ordered = [...INSTANCE_TYPE_NAMES].sort(NAME_ORDER.compare);
  const rank = new Map(ordered.map((name, i) => [name, i]));
  const byFamily = new Map<string, SizedName[]>();
  const names: SizedName[] = [];
  for (const family of INSTANCE_FAMILIES) {
    const list = familySizes(family).map((size) => {
      const name = `${family}.${size}`;
      return { name, size, log2: Math.log2(Math.min(sizeUnits(size), 4096)), rank: rank.get(name) ?? 0 };
    });
    byFamily.set(family, list);
    names.push(...list);
  }
  suggestionKeys = { byFamily, names, familyRank: new Map(INSTANCE_FAMILIES.map((f, i) => [f, i])) };
  return suggestionKeys;
}

export function isKnownInstanceType(name: string): boolean {
  return KNOWN.has(name);
}

export function isKnownFamily(family: string): boolean {
  return SIZES_BY_FAMILY.has(family);
}

/** Sizes AWS sells in a family, smallest first (empty for an unknown family). */
export function familySizes(family: string): readonly string[] {
  return SIZES_BY_FAMILY.get(family) ?? [];
}

/** The family's size closest to `size` (same size when it exists). */
export function nearestSize(family: string, size: string): string | null {
  const sizes = familySizes(family);
  if (sizes.length === 0) return null;
  const target = Math.log2(Math.min(sizeUnits(size), 4096));
  let best = sizes[0] ?? null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of sizes) {
    if (candidate === size) return candidate;
    const d = Math.abs(Math.log2(Math.min(sizeUnits(candidate), 4096)) - target);
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  return best;
}

import { editDistance } from '../edit-distance.ts';

export { editDistance };

/**
 * `editDistance(a, b)` when it is at most `max`, else any number above `max`. Stops as soon as two rows
 * in a row exceed the bound (a transposition reaches back two rows), and skips pairs whose lengths alone
 * differ by more: most of the ~900 names are rejected without filling a table.
 */
function editDistanceWithin(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  if (a.length === 0 || b.length === 0) return Math.max(a.length, b.length);
  // Bag distance is a lower bound (no edit fixes more than one surplus character on each side).
  if (bagDistance(a, b) > max) return max + 1;
  const width = b.length + 1;
  if (rows[0].length < width) rows = [new Int32Array(width * 2), new Int32Array(width * 2), new Int32Array(width * 2)];
  let [prevPrev, prev, current] = rows;
  for (let j = 0; j < width; j++) prev[j] = j;
  let prevMin = 0;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j < width; j++) {
      const bj = b.charCodeAt(j - 1);
      let value = Math.min((prev[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) {
        value = Math.min(value, (prevPrev[j - 2] ?? 0) + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max && prevMin + 1 > max) return max + 1;
    prevMin = rowMin;
    [prevPrev, prev, current] = [prev, current, prevPrev];
  }
  return prev[b.length] ?? 0;
}
const bagCounts = new Int32Array(128);
function bagDistance(a: string, b: string): number {
  bagCounts.fill(0);
  // Folding to 7 bits can only merge counts, so the bound stays a lower bound.
  for (let i = 0; i < a.length; i++) {
    const k = a.charCodeAt(i) & 127;
    bagCounts[k] = (bagCounts[k] ?? 0) + 1;
  }
  for (let i = 0; i < b.length; i++) {
    const k = b.charCodeAt(i) & 127;
    bagCounts[k] = (bagCounts[k] ?? 0) - 1;
  }
  let surplus = 0;
  let deficit = 0;
  for (let i = 0; i < 128; i++) {
    const c = bagCounts[i] ?? 0;
    if (c > 0) surplus += c;
    else deficit -= c;
  }
  return Math.max(surplus, deficit);
}
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

interface Scored {
  name: string;
  score: number;
  d: number;
  rank: number;
}

const better = (a: Scored, b: Scored) => a.score - b.score || a.d - b.d || a.rank - b.rank;

/** Keeps the `limit` best in `top` (sorted), without sorting every candidate. */
function keepBest(top: Scored[], item: Scored, limit: number): void {
  if (top.length === limit && better(item, top[limit - 1] as Scored) >= 0) return;
  let i = top.length;
  while (i > 0 && better(item, top[i - 1] as Scored) < 0) i--;
  top.splice(i, 0, item);
  if (top.length > limit) top.pop();
}

/**
 * Real names closest to `input`, best first. With a family and a valid size, the family is compared by
 * edit distance and the size by how many doubling steps apart it is, so `c5.nano` suggests `c5.large`
 * before `t3.nano`. Without a dot, the input is read as a family and each close family is shown once.
 * Otherwise the whole string is compared. Names too far away to be a typo are left out.
 */
export function closestInstanceTypes(input: string, limit = 5): string[] {
  const query = input.normalize('NFKC').trim().toLowerCase().slice(0, 40);
  if (query === '') return [];
  const threshold = Math.max(3, Math.ceil(query.length / 2));
  const { byFamily, names, familyRank } = keys();
  const dot = query.indexOf('.');
  if (dot === -1) {
    const families = INSTANCE_FAMILIES.map((family) => ({ family, d: editDistance(query, family) }))
      .filter((f) => f.d <= threshold)
      .sort((a, b) => a.d - b.d || (familyRank.get(a.family) ?? 0) - (familyRank.get(b.family) ?? 0));
    const out: string[] = [];
    for (const { family } of families.slice(0, limit)) {
      const size = nearestSize(family, 'large');
      if (size !== null) out.push(`${family}.${size}`);
    }
    return out;
  }
  const family = query.slice(0, dot);
  const size = query.slice(dot + 1);
  const sizeValid = family !== '' && Number.isFinite(sizeUnits(size));
  const top: Scored[] = [];
  if (limit <= 0) return [];
  if (sizeValid) {
    // Family distances once per family (about 200), not once per name.
    const target = Math.log2(Math.min(sizeUnits(size), 4096));
    for (const [candidate, sizes] of byFamily) {
      const familyScore = 3 * editDistance(family, candidate);
      // Each size adds at most 5 to the family's score: a family that cannot beat the current last place is skipped.
      const last = top.length === limit ? top[limit - 1] : undefined;
      if (last && familyScore > last.score) continue;
      for (const s of sizes) {
        keepBest(top, { name: s.name, score: familyScore + Math.min(Math.abs(s.log2 - target), 10) * 0.5, d: s.size === size ? 0 : 1, rank: s.rank }, limit);
      }
    }
  } else {
    for (const s of names) {
      // Once five names are kept, only a name at most as far as the fifth can still enter.
      const bound = top.length === limit ? Math.min(threshold, (top[limit - 1] as Scored).score) : threshold;
      const d = editDistanceWithin(query, s.name, bound);
      if (d <= bound) keepBest(top, { name: s.name, score: d, d, rank: s.rank }, limit);
    }
  }
  return top.map((s) => s.name);
}
