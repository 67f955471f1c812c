import { describe, expect, it } from 'vitest';
import { createEmptyCard } from 'ts-fsrs';
import { newCardRecord } from '../../src/lib/srs/types.ts';
import { buildQueue, createScheduler, createSession, emptyProgress, formatInterval, nextDayStart, studyDay, type Progress } from '../../src/lib/srs/index.ts';
import { fixedClock, kst } from './srs-helpers.ts';

const bank = Array.from({ length: 40 }, (_, i) => ({ id: `q-${String(i).padStart(2, '0')}`, lesson: i < 20 ? 'ami' : 'pricing' }));

describe('the 04:00 local day boundary', () => {
  const clock = fixedClock(0);
  it('counts 03:59 as the previous day and 04:00 as the next', () => {
    expect(studyDay(clock, kst(2026, 3, 2, 3, 59))).toBe(studyDay(clock, kst(2026, 3, 1, 10)));
    expect(studyDay(clock, kst(2026, 3, 2, 4, 0))).toBe(studyDay(clock, kst(2026, 3, 1, 10)) + 1);
    // 08:50 and 09:10 KST are the same day (ts-fsrs alone would split them at 09:00 = UTC midnight).
    expect(studyDay(clock, kst(2026, 3, 2, 8, 50))).toBe(studyDay(clock, kst(2026, 3, 2, 9, 10)));
    expect(nextDayStart(clock, kst(2026, 3, 1, 23))).toBe(kst(2026, 3, 2, 4));
  });
  it('gives the same stability for reviews at 08:50 and 09:10 KST the next morning', () => {
    const s = createScheduler(clock, { retention: 0.9 });
    let c = s.newCard(kst(2026, 3, 1, 10));
    c = s.rate('q', c, 3, kst(2026, 3, 1, 10));
    c = s.rate('q', c, 3, kst(2026, 3, 1, 10, 10));
    const a = s.rate('q', { ...c, due: kst(2026, 3, 2, 8) }, 3, kst(2026, 3, 2, 8, 50));
    const b = s.rate('q', { ...c, due: kst(2026, 3, 2, 8) }, 3, kst(2026, 3, 2, 9, 10));
    expect(a.stability).toBeCloseTo(b.stability, 6);
  });
  it('previews Again 1m, Hard 6m, Good 10m for a new card and formats them', () => {
    const s = createScheduler(clock, { retention: 0.9 });
    const now = kst(2026, 3, 1, 10);
    const p = s.preview('q', s.newCard(now), now);
    expect(formatInterval(p[1] - now)).toBe('1분');
    expect(formatInterval(p[2] - now)).toBe('6분');
    expect(formatInterval(p[3] - now)).toBe('10분');
    expect(p[4] - now).toBeGreaterThan(86_400_000);
    expect(formatInterval(45 * 86_400_000)).toBe('1.5개월');
  });
  it('is deterministic (fuzz seeded by card id) and caps intervals at 365 days', () => {
    const s = createScheduler(clock, { retention: 0.9 });
    const t = kst(2026, 3, 1, 10);
    const card = { ...s.newCard(t), state: 2 as const, stability: 5000, difficulty: 3, scheduled_days: 365, reps: 9, last_review: t - 365 * 86_400_000, due: t };
    const a = s.rate('q-1', card, 4, t);
    expect(s.rate('q-1', card, 4, t + 1000).due).toBe(a.due + 1000);
    expect(a.scheduled_days).toBeLessThanOrEqual(365);
  });
});

describe('a session before ts-fsrs has loaded', () => {
  it('makes new cards exactly as ts-fsrs createEmptyCard does', () => {
    const now = kst(2026, 3, 1, 10);
    const empty = createEmptyCard(new Date(now));
    const c = newCardRecord(now);
    expect(c).toMatchObject({ due: empty.due.getTime(), stability: empty.stability, difficulty: empty.difficulty, scheduled_days: empty.scheduled_days, learning_steps: empty.learning_steps, reps: empty.reps, lapses: empty.lapses, state: empty.state, last_review: null, mod: now });
    expect(createScheduler(fixedClock(now), { retention: 0.9 }).newCard(now)).toEqual(c);
  });
  it('shows, flags, suspends and undoes without asking for the scheduler; only preview and rate do', () => {
    const clock = fixedClock(kst(2026, 3, 1, 10));
    const p = { value: emptyProgress() };
    let asked = 0;
    const lazy = (...args: Parameters<typeof createScheduler>) => (asked++, createScheduler(...args));
    const s = createSession({ clock, createScheduler: lazy, getProgress: () => p.value, commit: (np) => ((p.value = np), { ok: true, value: null }) }, { learning: [], review: [], new: ['q-a', 'q-b', 'q-c'] });
    expect(s.advance()).toBe('q-a');
    expect(s.flagCurrent(true).ok).toBe(true);
    expect(s.suspendCurrent().ok).toBe(true);
    expect(s.advance()).toBe('q-b');
    expect(s.resetCurrent().ok).toBe(true);
    expect(asked).toBe(0);
    expect(s.preview()).not.toBeNull();
    expect(asked).toBe(1);
    expect(s.rate(3, true).error).toBeNull();
    expect(s.undo()?.id).toBe('q-b');
    expect(asked).toBe(1); // one scheduler per retention setting
    expect(p.value.cards['q-b']).toMatchObject({ state: 0, reps: 0 });
  });
});

function session(p: { value: Progress }, clock: ReturnType<typeof fixedClock>, lessons: Set<string> | null = null) {
  const q = buildQueue(p.value, bank, clock, clock.now(), lessons);
  return { q, s: createSession({ clock, createScheduler, getProgress: () => p.value, commit: (np) => ((p.value = np), { ok: true, value: null }) }, q) };
}

describe('daily limits and queue', () => {
  it('introduces at most newPerDay new cards and resets at 04:00', () => {
    const clock = fixedClock(kst(2026, 3, 1, 22));
    const p = { value: emptyProgress() };
    p.value.settings.newPerDay = 5;
    const { q, s } = session(p, clock);
    expect(q.new).toHaveLength(5);
    for (let id = s.advance(); id && s.summary().answered < 5; id = s.advance()) s.rate(4, true); // Easy graduates at once
    expect(buildQueue(p.value, bank, clock, clock.now()).new).toHaveLength(0);
    clock.set(kst(2026, 3, 2, 3, 59));
    expect(buildQueue(p.value, bank, clock, clock.now()).new).toHaveLength(0);
    clock.set(kst(2026, 3, 2, 4, 0));
    expect(buildQueue(p.value, bank, clock, clock.now()).new).toHaveLength(5);
  });
  it('limits reviews per day and filters by lesson', () => {
    const clock = fixedClock(kst(2026, 3, 10, 10));
    const p = { value: emptyProgress() };
    const s = createScheduler(clock, { retention: 0.9 });
    for (const b of bank) p.value.cards[b.id] = { ...s.newCard(0), state: 2, stability: 3, difficulty: 5, scheduled_days: 3, reps: 3, last_review: kst(2026, 3, 7, 10), due: kst(2026, 3, 10, 9) };
    p.value.settings.reviewsPerDay = 7;
    expect(buildQueue(p.value, bank, clock, clock.now()).review).toHaveLength(7);
    const onlyAmi = buildQueue(p.value, bank, clock, clock.now(), new Set(['ami']));
    expect(onlyAmi.review.every((id) => bank.find((b) => b.id === id)?.lesson === 'ami')).toBe(true);
    expect(onlyAmi.perLesson.find((l) => l.lesson === 'pricing')?.due).toBe(20);
  });
  it('skips suspended cards', () => {
    const clock = fixedClock(kst(2026, 3, 1, 10));
    const p = emptyProgress();
    p.cards['q-00'] = { ...createScheduler(clock, { retention: 0.9 }).newCard(0), suspended: true };
    const q = buildQueue(p, bank, clock, clock.now());
    expect(q.new).not.toContain('q-00');
    expect(q.perLesson.find((l) => l.lesson === 'ami')?.suspended).toBe(1);
  });
});

describe('sessions', () => {
  it('brings a same-day learning card back when due, and ends when nothing is left', () => {
    const clock = fixedClock(kst(2026, 3, 1, 10));
    const p = { value: emptyProgress() };
    p.value.settings.newPerDay = 2;
    const { s } = session(p, clock);
    const first = s.advance();
    s.rate(1, false); // Again: back in 1 minute
    const second = s.advance();
    expect(second).not.toBe(first);
    clock.advance(61_000);
    s.rate(3, true);
    expect(s.advance()).toBe(first); // due again now
    s.rate(3, true); // Good: next step 10 minutes
    const next = s.advance(); // learn-ahead: shows within 20 minutes when nothing else is left
    expect(next).not.toBeNull();
    expect(s.remaining().main).toBe(0);
    let guard = 0;
    for (let id = next; id !== null && guard < 20; id = s.advance(), guard++) {
      clock.advance(11 * 60_000);
      s.rate(3, true);
    }
    expect(s.current()).toBeNull();
    const sum = s.summary();
    expect(sum.answered).toBeGreaterThanOrEqual(5);
    expect(sum.wrong).toBe(1);
    expect(sum.nextDue).toBeGreaterThan(clock.now());
    expect(p.value.log.length).toBe(sum.answered);
  });
  it('undo restores the previous card exactly and removes the log row', () => {
    const clock = fixedClock(kst(2026, 3, 1, 10));
    const p = { value: emptyProgress() };
    const sched = createScheduler(clock, { retention: 0.9 });
    const review = { ...sched.newCard(0), state: 2 as const, stability: 12, difficulty: 4.2, scheduled_days: 12, reps: 4, lapses: 1, last_review: kst(2026, 2, 10, 9), due: kst(2026, 2, 22, 9), wrong: 1, mod: 123 };
    p.value.cards['q-00'] = review;
    p.value.settings.newPerDay = 0;
    const { s } = session(p, clock);
    expect(s.advance()).toBe('q-00');
    clock.advance(5000);
    s.rate(1, false);
    expect(p.value.cards['q-00']?.lapses).toBe(2);
    const logBefore = p.value.log.length;
    clock.advance(5000);
    const u = s.undo();
    expect(u?.id).toBe('q-00');
    const { mod: _m1, ...restored } = p.value.cards['q-00']!;
    const { mod: _m2, ...original } = review;
    expect(restored).toEqual(original);
    expect(p.value.cards['q-00']!.mod).toBeGreaterThan(review.mod);
    expect(p.value.log.length).toBe(logBefore - 1);
    expect(s.current()).toBe('q-00');
    expect(s.summary().answered).toBe(0);
  });
  it('flags a leech after 8 wrong answers', () => {
    const clock = fixedClock(kst(2026, 3, 1, 10));
    const p = { value: emptyProgress() };
    p.value.settings.newPerDay = 1;
    const { q, s } = session(p, clock);
    const id = q.new[0] ?? ''; // new cards come shuffled: whichever one today's queue holds
    let became = 0;
    for (let i = 0; i < 8; i++) {
      expect(s.advance()).toBe(id);
      const out = s.rate(1, false);
      if (out.becameLeech) became++;
      clock.advance(2 * 60_000);
    }
    expect(became).toBe(1);
    expect(p.value.cards[id]?.leech).toBe(true);
    expect(p.value.cards[id]?.wrong).toBe(8);
    expect(s.summary().leeches).toEqual([id]);
  });
  it('suspends the current card and practice mode never changes progress', () => {
    const clock = fixedClock(kst(2026, 3, 1, 10));
    const p = { value: emptyProgress() };
    const { s } = session(p, clock, new Set(['ami']));
    const id = s.advance()!;
    s.suspendCurrent();
    expect(p.value.cards[id]?.suspended).toBe(true);
    const before = JSON.stringify(p.value);
    const practice = createSession({ clock, createScheduler, getProgress: () => p.value, commit: (np) => ((p.value = np), { ok: true, value: null }) }, { learning: [], review: [], new: ['q-01', 'q-02', 'q-03'] }, true);
    practice.advance();
    practice.rate(1, false);
    practice.advance();
    expect(practice.preview()).toBeNull();
    let n = 0;
    while (practice.current() && n++ < 10) {
      practice.rate(3, true);
      practice.advance();
    }
    expect(practice.summary()).toMatchObject({ answered: 4, right: 3, wrong: 1, nextDue: null });
    expect(JSON.stringify(p.value)).toBe(before);
  });
});
