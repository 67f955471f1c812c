// closestInstanceTypes after its speed-up (shared collator, precomputed keys, bounded edit distance, top-k)
// returns exactly what the plain definition does: every name scored, everything sorted.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closestInstanceTypes, editDistance, familySizes, INSTANCE_FAMILIES, INSTANCE_TYPE_NAMES } from '../../src/lib/instance-type/index.ts';
import { sizeUnits } from '../../src/lib/instance-type/sizes.ts';
import { oncePerFrame } from '../../src/components/site/once-per-frame.ts';

function reference(input: string, limit = 5): string[] {
  const query = input.normalize('NFKC').trim().toLowerCase().slice(0, 40);
  if (query === '' || query.indexOf('.') === -1) return closestInstanceTypes(input, limit); // family branch unchanged
  const threshold = Math.max(3, Math.ceil(query.length / 2));
  const dot = query.indexOf('.');
  const family = query.slice(0, dot);
  const size = query.slice(dot + 1);
  const scored: { name: string; score: number; d: number }[] = [];
  if (family !== '' && Number.isFinite(sizeUnits(size))) {
    const target = Math.log2(Math.min(sizeUnits(size), 4096));
    for (const candidate of INSTANCE_FAMILIES) {
      const familyScore = 3 * editDistance(family, candidate);
      for (const s of familySizes(candidate)) {
        const steps = Math.abs(Math.log2(Math.min(sizeUnits(s), 4096)) - target);
        scored.push({ name: `${candidate}.${s}`, score: familyScore + Math.min(steps, 10) * 0.5, d: s === size ? 0 : 1 });
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

describe('closestInstanceTypes', () => {
  it('matches the plain definition on typical typos', () => {
    for (const q of ['m7d.large', 'c5.nano', 'm5d.xxlarge', 'u7i-13tb.224xlarge', 't3.micr', 'c7gn.', 'r6i.2xl', 'zzz.large', 'M5.LARGE', 'p4d.24xlarge', '.large']) {
      expect(closestInstanceTypes(q), q).toEqual(reference(q));
    }
  });

  it('matches the plain definition on mutated real names', () => {
    const chars = 'abcdefgimnrtxz0123456789.-'.split('');
    fc.assert(
      fc.property(fc.constantFrom(...INSTANCE_TYPE_NAMES), fc.array(fc.tuple(fc.nat(30), fc.constantFrom(...chars), fc.constantFrom('insert', 'delete', 'replace')), { maxLength: 3 }), fc.integer({ min: 1, max: 8 }), (name, edits, limit) => {
        let s = name;
        for (const [at, ch, op] of edits) {
          const i = at % (s.length + 1);
          s = op === 'insert' ? s.slice(0, i) + ch + s.slice(i) : op === 'delete' ? s.slice(0, i) + s.slice(i + 1) : s.slice(0, i) + ch + s.slice(i + 1);
        }
        expect(closestInstanceTypes(s, limit)).toEqual(reference(s, limit));
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});

describe('oncePerFrame', () => {
  it('merges calls made before the frame into one, and flush runs a pending call at once', () => {
    const frames: FrameRequestCallback[] = [];
    let runs = 0;
    const schedule = oncePerFrame(() => runs++, (cb) => frames.push(cb), () => frames.splice(0));
    schedule();
    schedule();
    schedule();
    expect(frames).toHaveLength(1);
    frames[0]?.(0);
    expect(runs).toBe(1);
    schedule();
    schedule.flush();
    expect(runs).toBe(2);
    schedule.flush();
    expect(runs).toBe(2);
  });
});
