// Today's queue: new cards shuffled within the chosen lessons and taken from them in turn, no same-section
// neighbours, revealing cards kept apart, same-day reviews in seeded random order, and the per-lesson extension
// of the new-card limit.
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { arrange, buildQueue, LEAK_SPACING, roundRobin, type BankItem, type Queue } from '../../src/lib/srs/queue.ts';
import { createScheduler, emptyProgress, studyDay, type CardRecord, type LogEntry, type Progress } from '../../src/lib/srs/index.ts';
import { computeLeaks, leakMap } from '../../src/lib/quiz/leaks.ts';
import type { Question } from '../../src/lib/quiz/question-schema.ts';
import { fixedClock, kst } from './srs-helpers.ts';

const clock = fixedClock(kst(2026, 3, 1, 10));
const now = clock.now();
const item = (lesson: string, section: string, n: number): BankItem => ({ id: `${lesson}-${section}-${n}`, lesson, section });
/** Three lessons, each with sections of uneven size. */
const bank: BankItem[] = [
  ...[0, 1, 2, 3, 4, 5].map((n) => item('ami', 'parts', n)),
  ...[0, 1].map((n) => item('ami', 'copy', n)),
  ...[0, 1, 2].map((n) => item('ami', 'retire', n)),
  ...[0, 1, 2, 3].map((n) => item('pricing', 'spot', n)),
  ...[0, 1, 2, 3].map((n) => item('pricing', 'sp', n)),
  ...[0, 1, 2].map((n) => item('storage', 'ebs', n)),
];
const lessonOf = new Map(bank.map((b) => [b.id, b.lesson]));
const sectionOf = new Map(bank.map((b) => [b.id, `${b.lesson}#${b.section}`]));

function withLimit(newPerDay: number): Progress {
  const p = emptyProgress();
  p.settings.newPerDay = newPerDay;
  return p;
}

/** Positions where a card follows within LEAK_SPACING a card that reveals it. */
function leakViolations(order: readonly string[], leaks: ReadonlyMap<string, readonly string[]>, before: readonly string[] = []): string[] {
  const seq = [...before, ...order];
  const bad: string[] = [];
  seq.forEach((id, i) => {
    if (i < before.length) return;
    for (let back = 1; back <= LEAK_SPACING && i - back >= 0; back++) {
      if (leaks.get(seq[i - back] ?? '')?.includes(id)) bad.push(`${seq[i - back]} → ${id}`);
    }
  });
  return bad;
}
const sameSectionNeighbours = (order: readonly string[], section: (id: string) => string | undefined) =>
  order.slice(1).filter((id, i) => section(id) === section(order[i] ?? '')).length;

describe('new cards', () => {
  it('keeps the old signature and gives the same order for the same day', () => {
    const p = withLimit(100);
    const a = buildQueue(p, bank, clock, now);
    expect(a.new).toHaveLength(bank.length);
    expect(new Set(a.new)).toEqual(new Set(bank.map((b) => b.id)));
    expect(buildQueue(p, bank, clock, now + 3_600_000).new).toEqual(a.new);
    expect(buildQueue(p, bank, clock, now + 86_400_000).new).not.toEqual(a.new);
  });
  it('is shuffled (seeded) within the lessons, not in bank order', () => {
    const p = withLimit(100);
    const orders = [1, 2, 3].map((seed) => buildQueue(p, bank, clock, now, new Set(['ami']), { seed }).new);
    for (const o of orders) {
      expect(o.every((id) => lessonOf.get(id) === 'ami')).toBe(true);
      expect(o).not.toEqual(bank.filter((b) => b.lesson === 'ami').map((b) => b.id));
    }
    expect(orders[0]).not.toEqual(orders[1]);
    expect(buildQueue(p, bank, clock, now, new Set(['ami']), { seed: 2 }).new).toEqual(orders[1]);
  });
  it('never puts two cards of one section side by side when another section is available', () => {
    const p = withLimit(100);
    for (let seed = 0; seed < 200; seed++) {
      const q = buildQueue(p, bank, clock, now, null, { seed });
      expect(sameSectionNeighbours(q.new, (id) => sectionOf.get(id)), `seed ${seed}`).toBe(0);
      // one lesson: parts has 6 of 11 cards, still placeable without neighbours
      const ami = buildQueue(p, bank, clock, now, new Set(['ami']), { seed });
      expect(sameSectionNeighbours(ami.new, (id) => sectionOf.get(id)), `ami seed ${seed}`).toBe(0);
    }
  });
  it('bunches a section only when nothing else is left', () => {
    const lopsided = [...[0, 1, 2, 3, 4].map((n) => item('x', 'big', n)), item('x', 'small', 0)];
    const order = buildQueue(withLimit(100), lopsided, clock, now, null, { seed: 5 }).new;
    // 5 + 1 cards: the small one must split the big section as early as it helps
    expect(sameSectionNeighbours(order, (id) => id.split('-')[1])).toBe(3);
  });
  it('takes new cards from several lessons in turn, not all from the first', () => {
    const q = buildQueue(withLimit(6), bank, clock, now, new Set(['ami', 'pricing', 'storage']), { seed: 9 });
    const per = (l: string) => q.new.filter((id) => lessonOf.get(id) === l).length;
    expect([per('ami'), per('pricing'), per('storage')]).toEqual([2, 2, 2]);
    const two = buildQueue(withLimit(7), bank, clock, now, new Set(['ami', 'storage']), { seed: 9 });
    expect(two.new.filter((id) => lessonOf.get(id) === 'storage')).toHaveLength(3);
    expect(two.new.filter((id) => lessonOf.get(id) === 'ami')).toHaveLength(4);
    expect(roundRobin([['a1', 'a2', 'a3'], ['b1'], ['c1', 'c2']], 5)).toEqual(['a1', 'b1', 'c1', 'a2', 'c2']);
  });
  it('keeps a revealed card more than five cards after the card that reveals it', () => {
    const ids = bank.map((b) => b.id);
    // every pricing card reveals the next one, and ami-parts-0 reveals three cards of other sections
    const leaks = new Map<string, string[]>([['ami-parts-0', ['ami-copy-0', 'ami-retire-1', 'storage-ebs-2']]]);
    for (let i = 0; i < ids.length - 1; i++) if (ids[i]?.startsWith('pricing')) leaks.set(ids[i] as string, [ids[i + 1] as string]);
    for (let seed = 0; seed < 200; seed++) {
      const q = buildQueue(withLimit(100), bank, clock, now, null, { seed, leaks });
      expect(leakViolations(q.new, leaks), `seed ${seed}`).toEqual([]);
      expect(sameSectionNeighbours(q.new, (id) => sectionOf.get(id)), `seed ${seed}`).toBe(0);
    }
  });
  it('counts cards answered earlier today as shown just before', () => {
    const p = withLimit(100);
    p.log.push(['storage-ebs-0', now - 60_000, 3, 2] as LogEntry);
    p.cards['storage-ebs-0'] = { ...createScheduler(clock, { retention: 0.9 }).newCard(0), state: 2, due: now + 5 * 86_400_000 } as CardRecord;
    const leaks = new Map([['storage-ebs-0', ['ami-parts-0', 'ami-parts-1', 'pricing-sp-0']]]);
    for (let seed = 0; seed < 50; seed++) {
      const q = buildQueue(p, bank, clock, now, null, { seed, leaks });
      expect(leakViolations(q.new, leaks, ['storage-ebs-0']), `seed ${seed}`).toEqual([]);
    }
  });
  it('places a card even when every ordering leaks (total), as late as it can', () => {
    const two = [item('x', 'a', 0), item('x', 'b', 0)];
    const leaks = new Map([['x-a-0', ['x-b-0']], ['x-b-0', ['x-a-0']]]);
    expect(arrange(two.map((b) => ({ id: b.id, group: b.section ?? '' })), leaks).sort()).toEqual(['x-a-0', 'x-b-0']);
  });
});

describe('reviews', () => {
  const sched = createScheduler(clock, { retention: 0.9 });
  function due(p: Progress, id: string, at: number) {
    p.cards[id] = { ...sched.newCard(0), state: 2, stability: 3, difficulty: 5, scheduled_days: 3, reps: 3, last_review: at - 3 * 86_400_000, due: at };
  }
  it('come by due day, same-day ties in seeded random order rather than by timestamp', () => {
    const p = emptyProgress();
    // four cards (of four sections) overdue since yesterday, the rest due this morning, a minute apart
    const overdue = ['ami-copy-0', 'pricing-spot-0', 'storage-ebs-0', 'ami-retire-0'];
    const today = bank.map((b) => b.id).filter((id) => !overdue.includes(id));
    overdue.forEach((id, i) => due(p, id, kst(2026, 2, 28, 10) + i * 60_000));
    today.forEach((id, i) => due(p, id, kst(2026, 3, 1, 5) + i * 60_000));
    const orders = [1, 2].map((seed) => buildQueue(p, bank, clock, now, null, { seed }).review);
    for (const o of orders) {
      expect(new Set(o.slice(0, 4))).toEqual(new Set(overdue));
      expect(o.slice(4)).not.toEqual(today);
      expect(new Set(o.slice(4))).toEqual(new Set(today));
    }
    expect(orders[0]).not.toEqual(orders[1]);
  });
  it('keep the daily review limit on the most overdue days', () => {
    const p = emptyProgress();
    p.settings.reviewsPerDay = 3;
    bank.forEach((b, i) => due(p, b.id, i < 3 ? kst(2026, 2, 25, 10) : kst(2026, 3, 1, 6)));
    expect(new Set(buildQueue(p, bank, clock, now).review)).toEqual(new Set(bank.slice(0, 3).map((b) => b.id)));
  });
});

describe('lesson loop: the per-lesson extension of the daily limit', () => {
  /** A learner who spent today's 20 new cards on lesson "ami" (by the log). */
  function spentOn(lesson: string, count: number, newPerDay = count): Progress {
    const p = withLimit(newPerDay);
    const sched = createScheduler(clock, { retention: 0.9 });
    bank.filter((b) => b.lesson === lesson).slice(0, count).forEach((b, i) => {
      p.cards[b.id] = { ...sched.newCard(0), state: 1, due: now + 600_000 };
      p.log.push([b.id, now - 3_600_000 + i * 1000, 3, 0]);
    });
    return p;
  }
  it('reports unseen cards held back by the limit, per lesson', () => {
    const p = spentOn('ami', 5);
    const q = buildQueue(p, bank, clock, now, new Set(['pricing']));
    expect(q.new).toEqual([]);
    expect(q.newLimitReached).toBe(true);
    const pricing = q.perLesson.find((l) => l.lesson === 'pricing');
    expect(pricing).toMatchObject({ unseen: 8, heldBack: 8, newQueued: 0, extraLeft: 0 });
    expect(q.perLesson.find((l) => l.lesson === 'ami')).toMatchObject({ newDoneToday: 5, heldBack: 0 });
  });
  it('"이 레슨 새 문항 N개 더" adds N new cards of that lesson only', () => {
    const p = spentOn('ami', 5);
    const extraNew = new Map([['pricing', 3]]);
    const q: Queue = buildQueue(p, bank, clock, now, new Set(['pricing', 'storage']), { extraNew });
    expect(q.new).toHaveLength(3);
    expect(q.new.every((id) => lessonOf.get(id) === 'pricing')).toBe(true);
    expect(q.perLesson.find((l) => l.lesson === 'pricing')).toMatchObject({ newQueued: 3, heldBack: 5, extraLeft: 3 });
    expect(q.perLesson.find((l) => l.lesson === 'storage')).toMatchObject({ newQueued: 0, heldBack: 3 });
  });
  it('charges cards studied beyond the global limit to the extension', () => {
    const p = spentOn('ami', 5);
    const sched = createScheduler(clock, { retention: 0.9 });
    const extraNew = new Map([['pricing', 3]]);
    const first = buildQueue(p, bank, clock, now, new Set(['pricing']), { extraNew }).new.slice(0, 2);
    first.forEach((id, i) => {
      p.cards[id] = { ...sched.newCard(0), state: 1, due: now + 600_000 };
      p.log.push([id, now - 1000 + i, 3, 0]);
    });
    const q = buildQueue(p, bank, clock, now, new Set(['pricing']), { extraNew });
    expect(q.new).toHaveLength(1);
    expect(q.perLesson.find((l) => l.lesson === 'pricing')).toMatchObject({ newDoneToday: 2, extraLeft: 1, heldBack: 5 });
  });
  it('ignores nonsense extensions', () => {
    const p = spentOn('ami', 5);
    for (const n of [-3, Number.NaN, Infinity]) {
      expect(buildQueue(p, bank, clock, now, new Set(['pricing']), { extraNew: new Map([['pricing', n]]) }).new).toHaveLength(0);
    }
  });
});

describe('the real bank', () => {
  const dir = new URL('../../src/content/questions/', import.meta.url);
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => parse(readFileSync(new URL(f, dir), 'utf8')) as { lesson: string; questions: Question[] });
  const questions = files.flatMap((f) => f.questions.map((q) => ({ ...q, lesson: f.lesson })));
  const realBank: BankItem[] = questions.map((q) => ({ id: q.id, lesson: q.lesson, section: q.section }));
  const leaks = leakMap(computeLeaks(questions));
  const section = new Map(realBank.map((b) => [b.id, `${b.lesson}#${b.section}`]));
  it('has a reveal relation to respect', () => {
    expect(leaks.size).toBeGreaterThan(10);
  });
  it("a first day over all lessons: no leak and no same-section neighbours, taking from every lesson", () => {
    for (let day = 0; day < 30; day++) {
      const at = now + day * 86_400_000;
      const q = buildQueue(emptyProgress(), realBank, clock, at, null, { leaks });
      expect(q.new).toHaveLength(20);
      expect(leakViolations(q.new, leaks), `day ${studyDay(clock, at)}`).toEqual([]);
      expect(sameSectionNeighbours(q.new, (id) => section.get(id))).toBe(0);
      expect(new Set(q.new.map((id) => realBank.find((b) => b.id === id)?.lesson)).size).toBe(Math.min(20, files.length));
    }
  });
  it('every new card of the bank at once (limit raised): still no leak and no same-section neighbours', () => {
    const p = withLimit(9999);
    const q = buildQueue(p, realBank, clock, now, null, { leaks });
    expect(q.new).toHaveLength(realBank.length);
    expect(leakViolations(q.new, leaks)).toEqual([]);
    expect(sameSectionNeighbours(q.new, (id) => section.get(id))).toBe(0);
  });
  it('one lesson at a time: no leak, and section neighbours only when the lesson leaves no choice', () => {
    for (const f of files) {
      const q = buildQueue(withLimit(9999), realBank, clock, now, new Set([f.lesson]), { leaks });
      expect(leakViolations(q.new, leaks), f.lesson).toEqual([]);
      expect(sameSectionNeighbours(q.new, (id) => section.get(id)), f.lesson).toBe(0);
    }
  });
});

describe('arrange (property)', () => {
  it('returns every card exactly once, whatever the groups and leaks', () => {
    const card = fc.record({ id: fc.string({ minLength: 1, maxLength: 4 }), group: fc.constantFrom('a', 'b', 'c') });
    fc.assert(
      fc.property(fc.uniqueArray(card, { selector: (c) => c.id, maxLength: 30 }), fc.array(fc.tuple(fc.nat(29), fc.nat(29)), { maxLength: 40 }), (cards, pairs) => {
        const leaks = new Map<string, string[]>();
        for (const [a, b] of pairs) {
          const from = cards[a]?.id;
          const to = cards[b]?.id;
          if (from && to) leaks.set(from, [...(leaks.get(from) ?? []), to]);
        }
        const out = arrange(cards, leaks);
        expect([...out].sort()).toEqual(cards.map((c) => c.id).sort());
      }),
      { numRuns: 200 },
    );
  });
});
