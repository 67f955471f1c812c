import { describe, expect, it } from 'vitest';
import {
  addExtension, countMistakes, extensionMap, lessonLoop, parseExtensions, planSegments, resumeSegments, selectMistakes,
} from '../../src/lib/study/plans.ts';
import { openRunner } from '../../src/lib/study/runner.ts';
import { createScheduler, emptyProgress, type CardRecord, type LogEntry, type Progress } from '../../src/lib/srs/index.ts';
import { fixedClock, kst } from './srs-helpers.ts';

const now = kst(2026, 3, 10, 12);
const clock = fixedClock(now);
const bank = [
  ...Array.from({ length: 25 }, (_, i) => ({ id: `a${i}`, lesson: 'l1' })),
  ...Array.from({ length: 20 }, (_, i) => ({ id: `b${i}`, lesson: 'l4' })),
];
const sched = createScheduler(clock, { retention: 0.9 });
const newCard = (): CardRecord => sched.newCard(now - 86_400_000);
/** Progress in which `ids` were introduced today (rated Good once, earlier today). */
function introducedToday(ids: string[], base: Progress = emptyProgress()): Progress {
  const p: Progress = { ...base, cards: { ...base.cards }, log: [...base.log] };
  ids.forEach((id, i) => {
    const at = kst(2026, 3, 10, 5) + i * 1000;
    p.cards[id] = sched.rate(id, newCard(), 3, at);
    p.log.push([id, at, 3, 0]);
  });
  return p;
}

describe('lesson loop', () => {
  it('after 20 new cards of lesson 1, lesson 4 has none today but says 20 are held back and offers 10 more', () => {
    const p = introducedToday(bank.slice(0, 20).map((q) => q.id));
    const loop = lessonLoop(p, bank, clock, now, ['l4']);
    expect(loop.fresh).toBe(0);
    expect(loop.heldBack).toBe(20);
    expect(loop.offer).toBe(10);
    const more = lessonLoop(p, bank, clock, now, ['l4'], { extraNew: new Map([['l4', 10]]) });
    expect(more.fresh).toBe(10);
    expect(more.queue.new.every((id) => id.startsWith('b'))).toBe(true);
    expect(more.heldBack).toBe(10);
    const all = lessonLoop(p, bank, clock, now, ['l4'], { extraNew: new Map([['l4', 30]]) });
    expect([all.fresh, all.heldBack, all.offer]).toEqual([20, 0, 0]);
  });

  it('includes the lesson’s due cards whatever the new limit', () => {
    let p = introducedToday(bank.slice(0, 20).map((q) => q.id));
    const due = { ...sched.rate('b0', newCard(), 3, now - 5 * 86_400_000), due: now - 1000, state: 2 as const, scheduled_days: 3 };
    p = { ...p, cards: { ...p.cards, b0: due } };
    const loop = lessonLoop(p, bank, clock, now, ['l4']);
    expect(loop.queue.review).toEqual(['b0']);
    expect(loop.due).toBe(1);
    expect(loop.heldBack).toBe(19);
  });

  it('extensions are per lesson and per study day', () => {
    let ext = addExtension(null, 100, 'l4', 10);
    ext = addExtension(ext, 100, 'l4', 10);
    expect(extensionMap(ext, 100).get('l4')).toBe(20);
    expect(extensionMap(ext, 100).get('l1')).toBeUndefined();
    expect(extensionMap(ext, 101).size).toBe(0);
    expect(extensionMap(addExtension(ext, 101, 'l4', 5), 101).get('l4')).toBe(5);
    expect(parseExtensions(JSON.parse(JSON.stringify(ext)))).toEqual(ext);
    expect(parseExtensions({ day: 1, entries: [['x', -1], ['y', 2]] })).toEqual({ day: 1, entries: [['y', 2]] });
    expect(parseExtensions('nope')).toBeNull();
  });
});

describe('오답 노트 selection', () => {
  const wrongAt = (id: string, at: number): LogEntry => [id, at, 1, 2];
  function withMistakes(): Progress {
    const p = emptyProgress();
    const review = (due: number): CardRecord => ({ ...newCard(), state: 2, stability: 5, difficulty: 5, reps: 3, last_review: now - 3 * 86_400_000, due, scheduled_days: 3 });
    p.cards = {
      a0: review(now + 5 * 86_400_000), // wrong 2 days ago, not due
      a1: review(now - 1000), // wrong 6 days ago, due
      a2: review(now + 86_400_000 * 9), // wrong 8 days ago: outside 7 days
      a3: { ...review(now + 86_400_000), leech: true, wrong: 8 },
      a4: { ...review(now + 86_400_000), flagged: true } as CardRecord,
      a5: { ...review(now - 1000), suspended: true }, // wrong, but suspended
      b0: review(now + 86_400_000), // right only
    };
    p.log = [
      wrongAt('a2', now - 8 * 86_400_000), wrongAt('a1', now - 6 * 86_400_000), wrongAt('a5', now - 3 * 86_400_000),
      wrongAt('a0', now - 2 * 86_400_000), ['b0', now - 86_400_000, 3, 2],
    ];
    return p;
  }

  it('takes recent wrong answers, leeches and flagged cards, not suspended ones, due first', () => {
    const list = selectMistakes(withMistakes(), bank, clock, now, { days: 7, lessons: null });
    expect(list.map((m) => m.id)).toEqual(['a1', 'a0', 'a3', 'a4']);
    expect(list[0]).toMatchObject({ due: true, reasons: ['wrong'] });
    expect(list.find((m) => m.id === 'a3')?.reasons).toEqual(['leech']);
    expect(list.find((m) => m.id === 'a4')?.reasons).toEqual(['flagged']);
    expect(countMistakes(list)).toEqual({ total: 4, wrong: 2, leech: 1, flagged: 1, due: 1 });
  });

  it('honours the window and the lessons', () => {
    expect(selectMistakes(withMistakes(), bank, clock, now, { days: 9, lessons: null }).map((m) => m.id)).toContain('a2');
    expect(selectMistakes(withMistakes(), bank, clock, now, { days: 7, lessons: new Set(['l4']) })).toEqual([]);
  });

  it('practising a mistake that is not due saves nothing; a due one is reviewed', () => {
    let p = withMistakes();
    const segments = planSegments({ kind: 'mistakes', lessons: null, days: 7 }, 3, { progress: p, bank, clock, now });
    expect(segments.map((s) => [s.practice, [...s.review, ...s.new].sort()])).toEqual([[false, ['a1']], [true, ['a0', 'a3', 'a4']]]);
    const runner = openRunner({ clock, createScheduler, getProgress: () => p, commit: (np) => ((p = np), { ok: true, value: null }), known: () => true }, segments);
    const first = runner.advance();
    expect(first).toMatchObject({ id: 'a1', scheduled: true });
    runner.rate(3, true, 0);
    expect(p.log.at(-1)?.[0]).toBe('a1');
    const logLength = p.log.length;
    const second = runner.advance();
    expect(second.scheduled).toBe(false);
    runner.rate(3, true, 0);
    expect(p.log.length).toBe(logLength);
  });
});

describe('resume', () => {
  it('a resumed practice session starts at the saved card and leaves out what was answered', () => {
    const segments = planSegments({ kind: 'practice', lesson: 'l4' }, 5, { progress: emptyProgress(), bank, clock, now });
    expect(planSegments({ kind: 'practice', lesson: 'l4' }, 5, { progress: emptyProgress(), bank, clock, now })).toEqual(segments); // seeded
    const order = segments[0]!.new;
    const resumed = resumeSegments(segments, order[3]!, order.slice(0, 3), emptyProgress(), now);
    const ids = resumed.flatMap((s) => [...s.review, ...s.new]);
    expect(ids[0]).toBe(order[3]);
    expect(ids).toHaveLength(17);
    expect(ids.some((id) => order.slice(0, 3).includes(id))).toBe(false);
  });

  it('a resumed review shows the saved card first, even when a learning card is due, and that one soon after', () => {
    const p = introducedToday(['a0', 'a1']);
    p.cards.a0 = { ...p.cards.a0!, state: 1, due: now - 1000 };
    p.cards.a1 = { ...p.cards.a1!, state: 1, due: now + 15 * 60_000 };
    const segments = planSegments({ kind: 'review', lessons: null }, 1, { progress: p, bank, clock, now });
    expect(segments[0]!.learning).toContain('a0');
    const resumed = resumeSegments(segments, 'b3', [], p, now);
    let q = p;
    const runner = openRunner({ clock, createScheduler, getProgress: () => q, commit: (np) => ((q = np), { ok: true, value: null }), known: () => true }, resumed);
    expect(runner.advance().id).toBe('b3');
    runner.rate(3, true, 0);
    // The learning card that was due waits a card or two, no more.
    const next = [runner.advance().id];
    runner.rate(3, true, 0);
    next.push(runner.advance().id);
    expect(next).toContain('a0');
  });
});

describe('runner', () => {
  it('a card the scheduler throws on is reported, not thrown; reset makes it new; the session goes on', () => {
    let p = emptyProgress();
    p.cards.a0 = { ...newCard(), state: 2, stability: 5, difficulty: Number.NaN, reps: 2, last_review: now - 86_400_000, due: now - 1000 } as CardRecord;
    const runner = openRunner(
      { clock, createScheduler, getProgress: () => p, commit: (np) => ((p = np), { ok: true, value: null }), known: (id) => id !== 'gone' },
      [{ practice: false, learning: [], review: ['gone', 'a0', 'a1'], new: [] }],
    );
    expect(runner.advance().id).toBe('a0'); // the unknown id is skipped
    const sched2 = createScheduler(clock, { retention: 0.9 });
    let threw = false;
    try { sched2.rate('a0', p.cards.a0!, 3, now); } catch { threw = true; }
    const out = runner.rate(3, true, 0);
    if (threw) expect(out.error).toMatch(/초기화/);
    expect(runner.resetCurrent().ok).toBe(true);
    expect(p.cards.a0?.state).toBe(0);
    expect(runner.rate(3, true, 0).error).toBeNull();
    expect(runner.advance().id).toBe('a1');
  });
});

describe('stats for a returning learner', async () => {
  const { answerFlags, lessonAccuracy, trueRetention, MIN_RETENTION_REVIEWS } = await import('../../src/lib/srs/stats.ts');
  it('counts unsure and typo flags, accuracy per lesson, and says when retention has too few reviews', () => {
    const p = emptyProgress();
    p.log = [
      ['a0', now - 3600_000, 1, 0],
      ['a1', now - 3000_000, 3, 0, 1] as unknown as LogEntry,
      ['a2', now - 2000_000, 1, 0, 1] as unknown as LogEntry,
      ['b0', now - 1000_000, 2, 0, 2] as unknown as LogEntry,
    ];
    expect(answerFlags(p, clock, now)).toEqual({ answers: 4, unsure: 2, unsureKept: 1, typo: 1 });
    expect(lessonAccuracy(p, bank)).toEqual([
      { lesson: 'l1', answers: 3, remembered: 1, rate: 1 / 3 },
      { lesson: 'l4', answers: 1, remembered: 1, rate: 1 },
    ]);
    const rows = trueRetention(p, clock, now);
    expect(rows.every((r) => !r.enough)).toBe(true);
    p.log = Array.from({ length: MIN_RETENTION_REVIEWS }, (_, i): LogEntry => [`a${i}`, now - 1000 * (i + 1), 3, 2]).reverse();
    expect(trueRetention(p, clock, now).find((r) => r.label === '오늘')).toMatchObject({ reviews: MIN_RETENTION_REVIEWS, enough: true, rate: 1 });
  });
});
