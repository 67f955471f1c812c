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

export const INSTANCE_FAMILIES: readonly string[] = [...SIZES_BY_FAMILY.keys()].sort((a, b) =>
  a.localeCompare(b, 'en', { numeric: true }),
);

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

/** Levenshtein distance with adjacent transpositions (optimal string alignment). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  const width = b.length + 1;
  let prevPrev = new Int32Array(width);
  let prev = new Int32Array(width);
  let current = new Int32Array(width);
  for (let j = 0; j < width; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j < width; j++) {
      const bj = b.charCodeAt(j - 1);
      let value = Math.min((prev[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) {
        value = Math.min(value, (prevPrev[j - 2] ?? 0) + 1);
      }
      current[j] = value;
    }
    [prevPrev, prev, current] = [prev, current, prevPrev];
  }
  return prev[b.length] ?? 0;
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
  const dot = query.indexOf('.');
  if (dot === -1) {
    const families = INSTANCE_FAMILIES.map((family) => ({ family, d: editDistance(query, family) }))
      .filter((f) => f.d <= threshold)
      .sort((a, b) => a.d - b.d || a.family.localeCompare(b.family, 'en', { numeric: true }));
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
  const scored: { name: string; score: number; d: number }[] = [];
  if (sizeValid) {
    // Family distances once per family (about 200), not once per name.
    const target = Math.log2(Math.min(sizeUnits(size), 4096));
    for (const candidate of INSTANCE_FAMILIES) {
      const familyScore = 3 * editDistance(family, candidate);
      for (const candidateSize of familySizes(candidate)) {
        const steps = Math.abs(Math.log2(Math.min(sizeUnits(candidateSize), 4096)) - target);
        const name = `${candidate}.${candidateSize}`;
        scored.push({ name, score: familyScore + Math.min(steps, 10) * 0.5, d: candidateSize === size ? 0 : 1 });
      }
    }
  } else {
    for (const name of INSTANCE_TYPE_NAMES) {
      const d = editDistance(query, name);
      if (d <= threshold) scored.push({ name, score: d, d });
    }
  }
  scored.sort((a, b) => a.score - b.score || a.d - b.d || a.name.localeCompare(b.name, 'en', { numeric: true }));
  return scored.slice(0, limit).map((s) => s.name);
}
