// Properties of stored progress over random valid and invalid values: parse → serialize → parse is stable,
// nothing hostile throws or slips through, and merges commute without losing a review.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkProgress, emptyProgress, exportProgress, logKey, mergeProgress, parseExport, parseProgress, serializeProgress, type CardRecord,
  type LogEntry, type Progress,
} from '../../src/lib/srs/index.ts';

const NOW = Date.UTC(2026, 5, 1);
const DAY = 86_400_000;
const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype);

const idArb = fc.oneof(fc.constantFrom(...PROTOTYPE_NAMES, 'q-a', 'q-b', 'q-c'), fc.string({ maxLength: 12 }));
const timeArb = fc.integer({ min: NOW - 400 * DAY, max: NOW });
const finiteIn = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });

const cardArb: fc.Arbitrary<CardRecord> = fc
  .record({
    state: fc.constantFrom(0, 1, 2, 3) as fc.Arbitrary<CardRecord['state']>,
    last: timeArb,
    gap: fc.integer({ min: 0, max: 200 * DAY }),
    difficulty: finiteIn(1, 10),
    stability: finiteIn(0.001, 36_500),
    scheduled_days: fc.integer({ min: 0, max: 365 }),
    learning_steps: fc.integer({ min: 0, max: 3 }),
    reps: fc.nat(50),
    lapses: fc.nat(10),
    wrong: fc.nat(10),
    leech: fc.boolean(),
    suspended: fc.boolean(),
    flagged: fc.option(fc.boolean(), { nil: undefined }),
    mod: timeArb,
  })
  .map(({ state, last, gap, flagged, ...rest }) => {
    const card: CardRecord = {
      ...rest,
      state,
      due: last + gap,
      last_review: state === 0 ? null : last,
      ...(state === 0 ? { difficulty: 0, stability: 0 } : {}),
    };
    if (flagged !== undefined) card.flagged = flagged;
    return card;
  });

const logArb: fc.Arbitrary<LogEntry> = fc.oneof(
  fc.tuple(idArb, timeArb, fc.constantFrom(1, 2, 3, 4), fc.constantFrom(0, 1, 2, 3)) as fc.Arbitrary<LogEntry>,
  fc.tuple(idArb, timeArb, fc.constantFrom(1, 2, 3, 4), fc.constantFrom(0, 1, 2, 3), fc.constantFrom(0, 1, 2, 3)) as fc.Arbitrary<LogEntry>,
);

const progressArb: fc.Arbitrary<Progress> = fc
  .record({
    cards: fc.uniqueArray(fc.tuple(idArb, cardArb), { selector: ([id]) => id, maxLength: 8 }),
    log: fc.uniqueArray(logArb, { selector: logKey, maxLength: 12 }),
    undone: fc.array(fc.string({ maxLength: 20 }), { maxLength: 3 }),
    newPerDay: fc.integer({ min: 0, max: 9999 }),
    retention: finiteIn(0.7, 0.99),
    settingsMod: timeArb,
    lastBackup: fc.option(timeArb, { nil: null }),
    reset: fc.option(fc.record({ at: timeArb, mod: timeArb }), { nil: undefined }),
  })
  .map(({ cards, log, undone, newPerDay, retention, settingsMod, lastBackup, reset }) => {
    const p = emptyProgress();
    for (const [id, c] of cards) p.cards[id] = c;
    // A stored log is ordered by time, then id.
    p.log = [...log].sort((x, y) => x[1] - y[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
    p.undone = undone;
    p.settings = { ...p.settings, newPerDay, retention, mod: settingsMod };
    p.lastBackup = lastBackup;
    if (reset) p.reset = reset;
    return checkProgress(JSON.parse(serializeProgress(p)), NOW).ok ? p : emptyProgress();
  });

const hostileValue = fc.oneof(
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -1e9, 0, -1, 1e300, NOW + 400 * DAY, '', '3', null, true, [], {}, '__proto__'),
  fc.anything(),
);

/** Replaces one value somewhere in the serialized progress. */
function corrupt(p: Progress, path: number, value: unknown): unknown {
  const data = JSON.parse(serializeProgress(p)) as Record<string, unknown>;
  const spots: [Record<string, unknown> | unknown[], string | number][] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) node.forEach((v, i) => (spots.push([node, i]), visit(v)));
    else if (node && typeof node === 'object') for (const k of Object.keys(node)) spots.push([node as Record<string, unknown>, k]), visit((node as Record<string, unknown>)[k]);
  };
  visit(data);
  const spot = spots[path % spots.length];
  if (spot) (spot[0] as Record<string | number, unknown>)[spot[1]] = value;
  return data;
}

describe('progress round trips', () => {
  it('parse → serialize → parse gives the same text for random valid progress', () => {
    fc.assert(
      fc.property(progressArb, (p) => {
        const text = serializeProgress(p);
        const r = parseProgress(text, NOW);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(serializeProgress(r.value)).toBe(text);
        const file = parseExport(exportProgress(r.value, NOW), NOW);
        expect(file.ok && serializeProgress(file.value)).toBe(text);
      }),
      { numRuns: 200 },
    );
  }, 30_000);

  it('a random corruption never throws; whatever is accepted is valid and stable', () => {
    fc.assert(
      fc.property(progressArb, fc.nat(), hostileValue, (p, path, value) => {
        let r: ReturnType<typeof parseProgress> | undefined;
        expect(() => (r = parseProgress(JSON.stringify(corrupt(p, path, value)), NOW))).not.toThrow();
        if (!r) return;
        if (!r.ok) {
          expect(r.error.message).toMatch(/[가-힣]/);
          return;
        }
        const again = parseProgress(serializeProgress(r.value), NOW);
        expect(again.ok && serializeProgress(again.value)).toBe(serializeProgress(r.value));
        for (const c of Object.values(r.value.cards)) {
          expect(Number.isFinite(c.difficulty) && c.difficulty <= 10).toBe(true);
          if (c.state !== 0) expect(c.stability > 0 && c.difficulty >= 1).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it('random text never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => JSON.stringify({ version: 2, cards: v }))), (text) => {
        expect(() => parseProgress(text, NOW)).not.toThrow();
        expect(() => parseExport(text, NOW)).not.toThrow();
      }),
      { numRuns: 200 },
    );
  }, 30_000);
});

describe('merge', () => {
  it('commutes, is idempotent, and keeps every review neither side undid', () => {
    fc.assert(
      fc.property(progressArb, progressArb, (a, b) => {
        const ab = mergeProgress(a, b);
        expect(serializeProgress(ab)).toBe(serializeProgress(mergeProgress(b, a)));
        expect(serializeProgress(mergeProgress(ab, ab))).toBe(serializeProgress(ab));
        expect(serializeProgress(mergeProgress(ab, a))).toBe(serializeProgress(ab));
        const undone = new Set([...a.undone, ...b.undone]);
        const cutoff = ab.reset?.at ?? -Infinity;
        const kept = new Set(ab.log.map(logKey));
        for (const e of [...a.log, ...b.log]) if (!undone.has(logKey(e)) && e[1] >= cutoff) expect(kept.has(logKey(e))).toBe(true);
        for (const [id, c] of [...Object.entries(a.cards), ...Object.entries(b.cards)]) {
          if (c.mod >= cutoff) expect(Object.hasOwn(ab.cards, id)).toBe(true);
        }
        expect(ab.log.map((e) => e[1])).toEqual([...ab.log.map((e) => e[1])].sort((x, y) => x - y));
        expect(parseProgress(serializeProgress(ab), NOW).ok).toBe(true);
      }),
      { numRuns: 200 },
    );
  }, 30_000);
});
