// Behaviour of the srs modules that mutation testing (npm run mutation) found unchecked: each test pins a rule a
// learner relies on (intervals, day boundaries, leeches, limits), not the shape of the code.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createScheduler, createSession, emptyProgress, formatInterval, LEARN_AHEAD_MS, nextDayStart, setFlagged, setSuspended, studyDay, type CardRecord, type Progress, type Result,
} from '../../src/lib/srs/index.ts';
import { cardTable, DEFAULT_SETTINGS, getCard, logFlags, nextMod, systemClock, withCard } from '../../src/lib/srs/types.ts';
import { hasQuizProgress } from '../../src/lib/srs/has-progress.ts';
import { answerFlags, dayLabel, dueForecast, leeches, lessonAccuracy, lessonMastery, reviewsPerDay, suspendedIds, trueRetention } from '../../src/lib/srs/stats.ts';
import { PROGRESS_KEY, serializeProgress } from '../../src/lib/srs/index.ts';
import { fixedClock, kst, memoryStore } from './srs-helpers.ts';

const MIN = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

describe('formatInterval: the label on a rating button', () => {
  it('rounds to whole minutes, never below one minute', () => {
    expect(formatInterval(0)).toBe('1분');
    expect(formatInterval(20_000)).toBe('1분');
    expect(formatInterval(89_000)).toBe('1분');
    expect(formatInterval(91_000)).toBe('2분');
    expect(formatInterval(59 * MIN)).toBe('59분');
  });
  it('switches to hours at 60 minutes and to days at 24 hours', () => {
    expect(formatInterval(60 * MIN)).toBe('1시간');
    expect(formatInterval(150 * MIN)).toBe('3시간');
    expect(formatInterval(23 * HOUR)).toBe('23시간');
    expect(formatInterval(24 * HOUR)).toBe('1일');
    expect(formatInterval(29 * DAY)).toBe('29일');
  });
  it('gives months from 30 days and years from 365 days, with at most one decimal', () => {
    expect(formatInterval(30 * DAY)).toBe('1개월');
    expect(formatInterval(40 * DAY)).toBe('1.3개월');
    expect(formatInterval(364 * DAY)).toBe('12.1개월');
    expect(formatInterval(365 * DAY)).toBe('1년');
    expect(formatInterval(400 * DAY)).toBe('1.1년');
  });
});

describe('study days follow the local clock', () => {
  it('the next day starts at 04:00 local time in any time zone', () => {
    const utc = fixedClock(0, 0);
    expect(nextDayStart(utc, Date.UTC(2026, 2, 1, 3, 59))).toBe(Date.UTC(2026, 2, 1, 4));
    expect(nextDayStart(utc, Date.UTC(2026, 2, 1, 4))).toBe(Date.UTC(2026, 2, 2, 4));
    expect(studyDay(utc, Date.UTC(2026, 2, 1, 4)) - studyDay(utc, Date.UTC(2026, 2, 1, 3, 59))).toBe(1);
  });
  it('a daylight-saving change before the boundary moves it to 04:00 of the new offset', () => {
    // Offset +60 until 2026-03-29 01:00 UTC, +120 after (central European summer time).
    const switchAt = Date.UTC(2026, 2, 29, 1);
    const cet = { utcOffsetMinutes: (at: number) => (at < switchAt ? 60 : 120) };
    // 22:00 local on the 28th (+60): the next day starts at 04:00 local = 02:00 UTC (+120).
    expect(nextDayStart(cet, Date.UTC(2026, 2, 28, 21))).toBe(Date.UTC(2026, 2, 29, 2));
  });
});

describe('scheduler', () => {
  const clock = fixedClock(0);
  const t = kst(2026, 3, 1, 10);
  const reviewCard = (s: ReturnType<typeof createScheduler>, over: Partial<CardRecord> = {}): CardRecord => ({
    ...s.newCard(t - 30 * DAY), state: 2, stability: 10, difficulty: 5, scheduled_days: 10, reps: 5, last_review: t - 10 * DAY, due: t, ...over,
  });

  it('a new card is due at once, unreviewed, and stamped with its creation time', () => {
    const c = createScheduler(clock, { retention: 0.9 }).newCard(t);
    expect(c).toMatchObject({ due: t, state: 0, reps: 0, lapses: 0, last_review: null, wrong: 0, leech: false, suspended: false, mod: t, scheduled_days: 0 });
  });
  it('rating records the review time, counts reps and leaves the input unchanged', () => {
    const s = createScheduler(clock, { retention: 0.9 });
    const c = s.newCard(t);
    const before = structuredClone(c);
    const r = s.rate('q', c, 3, t + MIN);
    expect(c).toEqual(before);
    expect(r.last_review).toBe(t + MIN);
    expect(r.reps).toBe(1);
    expect(r.state).toBe(1);
    expect(r.mod).toBe(t + MIN);
    expect(r.due).toBe(t + MIN + 10 * MIN);
  });
  it('counts every Again as wrong and marks a leech at the eighth', () => {
    const s = createScheduler(clock, { retention: 0.9 });
    let c = s.newCard(t);
    for (let i = 1; i <= 7; i++) {
      c = s.rate('q', c, 1, t + i * MIN);
      expect(c.wrong).toBe(i);
      expect(c.leech).toBe(false);
    }
    const good = s.rate('q', c, 3, t + 8 * MIN);
    expect(good.wrong).toBe(7);
    expect(good.leech).toBe(false);
    c = s.rate('q', c, 1, t + 9 * MIN);
    expect(c.wrong).toBe(8);
    expect(c.leech).toBe(true);
  });
  it('retention outside 0.7–0.99 is clamped, and a higher retention gives shorter intervals', () => {
    const at = (retention: number) => createScheduler(clock, { retention }).rate('q', reviewCard(createScheduler(clock, { retention: 0.9 })), 3, t).scheduled_days;
    expect(at(0.5)).toBe(at(0.7));
    expect(at(1)).toBe(at(0.99));
    expect(at(0.7)).toBeGreaterThan(at(0.9));
    expect(at(0.9)).toBeGreaterThan(at(0.99));
  });
  it('honours a smaller maximum interval, moving the due date back with it', () => {
    const s = createScheduler(clock, { retention: 0.9, maximumIntervalDays: 20 });
    const r = s.rate('q', reviewCard(s, { stability: 200, scheduled_days: 200, last_review: t - 200 * DAY }), 4, t);
    expect(r.scheduled_days).toBe(20);
    // Due within a day of 20 days after the review (the engine counts days from 04:00).
    expect(Math.abs(r.due - (t + 20 * DAY))).toBeLessThan(DAY);
    const preview = s.preview('q', reviewCard(s, { stability: 200, scheduled_days: 200, last_review: t - 200 * DAY }), t);
    expect(preview[4]).toBe(r.due);
  });
  it('preview gives the due time each grade would give, later for better grades', () => {
    const s = createScheduler(clock, { retention: 0.9 });
    const card = reviewCard(s);
    const p = s.preview('q', card, t);
    for (const g of [1, 2, 3, 4] as const) expect(p[g]).toBe(s.rate('q', card, g, t).due);
    expect(p[1]).toBeLessThan(p[2]);
    expect(p[2]).toBeLessThan(p[3]);
    expect(p[3]).toBeLessThan(p[4]);
  });
  it('a clock set back before the last review rates as if at the last review', () => {
    const s = createScheduler(clock, { retention: 0.9 });
    const card = reviewCard(s, { last_review: t });
    expect(s.rate('q', card, 3, t - HOUR)).toEqual(s.rate('q', card, 3, t));
    expect(s.preview('q', card, t - HOUR)).toEqual(s.preview('q', card, t));
    expect(s.retrievability(card, t - HOUR)).toBe(s.retrievability(card, t));
  });
  it('two reviews on one study day count as the same day, whatever the hour (the engine sees study days)', () => {
    const s = createScheduler(fixedClock(0), { retention: 0.9 });
    const early = reviewCard(s, { last_review: kst(2026, 2, 20, 5), due: t });
    const late = reviewCard(s, { last_review: kst(2026, 2, 20, 23), due: t });
    expect(s.rate('q', early, 3, t).stability).toBe(s.rate('q', late, 3, t).stability);
    // ...and 03:59 still belongs to the day before.
    const night = reviewCard(s, { last_review: kst(2026, 2, 21, 3, 59), due: t });
    expect(s.rate('q', night, 3, t).stability).toBe(s.rate('q', late, 3, t).stability);
  });
  it('fuzz spreads cards with the same history over different days (seeded by the card id)', () => {
    const s = createScheduler(clock, { retention: 0.9 });
    const card = reviewCard(s, { stability: 30, scheduled_days: 30, last_review: t - 30 * DAY });
    const days = new Set(Array.from({ length: 20 }, (_, i) => s.rate(`q-${i}`, card, 3, t).scheduled_days));
    expect(days.size).toBeGreaterThan(1);
  });
  it('retrievability counts whole days since the last review', () => {
    const s = createScheduler(clock, { retention: 0.9 });
    const card = reviewCard(s, { last_review: t });
    const at = (days: number, hours: number) => s.retrievability(card, t + days * DAY + hours * HOUR);
    expect(at(5, 1)).toBe(at(5, 5));
    expect(at(5, 5)).toBe(at(5, 23));
    expect(at(4, 23)).toBeGreaterThan(at(5, 1));
  });
  it('retrievability: 0 for a new card, falling over time for a reviewed one', () => {
    const s = createScheduler(clock, { retention: 0.9 });
    expect(s.retrievability(s.newCard(t), t + DAY)).toBe(0);
    expect(s.retrievability({ ...reviewCard(s), state: 0 }, t)).toBe(0);
    expect(s.retrievability({ ...reviewCard(s), last_review: null }, t)).toBe(0);
    const card = reviewCard(s);
    const soon = s.retrievability(card, t - 9 * DAY);
    const later = s.retrievability(card, t + 30 * DAY);
    expect(soon).toBeGreaterThan(0.9);
    expect(soon).toBeLessThanOrEqual(1);
    expect(later).toBeLessThan(soon);
    expect(later).toBeGreaterThan(0);
  });
});

describe('session', () => {
  const start = kst(2026, 3, 1, 10);
  const sched = createScheduler(fixedClock(0), { retention: 0.9 });
  const reviewCard = (due: number, over: Partial<CardRecord> = {}): CardRecord => ({
    ...sched.newCard(start - 30 * DAY), state: 2, stability: 10, difficulty: 5, scheduled_days: 10, reps: 5, last_review: start - 10 * DAY, due, mod: start - 10 * DAY, ...over,
  });
  /** A session over a hand-made queue; `saves` counts successful writes, `fail` makes the next writes fail. */
  function setup(queue: { learning?: string[]; review?: string[]; new?: string[] }, progress: Progress = emptyProgress(), practice = false) {
    const clock = fixedClock(start);
    const box = { value: progress, saves: 0, fail: false };
    const commit = (np: Progress): Result<null> => {
      if (box.fail) return { ok: false, error: { code: 'quota', message: '저장 공간이 부족합니다.' } };
      box.value = np;
      box.saves++;
      return { ok: true, value: null };
    };
    const s = createSession({ clock, createScheduler, getProgress: () => box.value, commit }, { learning: queue.learning ?? [], review: queue.review ?? [], new: queue.new ?? [] }, practice);
    const drain = () => {
      const order: string[] = [];
      for (let id = s.advance(); id !== null && order.length < 50; id = s.advance()) {
        order.push(id);
        s.skipCurrent();
      }
      return order;
    };
    return { s, box, clock, drain };
  }

  it('spreads new cards evenly among the reviews', () => {
    expect(setup({ review: ['r1', 'r2', 'r3', 'r4'], new: ['n1', 'n2'] }).drain()).toEqual(['r1', 'r2', 'n1', 'r3', 'r4', 'n2']);
    expect(setup({ review: ['r1', 'r2', 'r3'], new: ['n1'] }).drain()).toEqual(['r1', 'r2', 'r3', 'n1']);
    expect(setup({ review: ['r1'], new: ['n1', 'n2', 'n3'] }).drain()).toEqual(['r1', 'n1', 'n2', 'n3']);
    expect(setup({ review: ['r1', 'r2'] }).drain()).toEqual(['r1', 'r2']);
    expect(setup({ new: ['n1', 'n2'] }).drain()).toEqual(['n1', 'n2']);
    expect(setup({}).s.remaining()).toEqual({ main: 0, learning: 0 });
  });
  it('learning cards come first when due, the earliest first; otherwise up to 20 minutes ahead once the rest is done', () => {
    const p = emptyProgress();
    p.cards['l-late'] = reviewCard(start + 5 * MIN, { state: 1 });
    p.cards['l-early'] = reviewCard(start - MIN, { state: 1 });
    p.cards['l-far'] = reviewCard(start + LEARN_AHEAD_MS + MIN, { state: 1 });
    const { s, clock } = setup({ learning: ['l-late', 'l-far', 'l-early'], review: ['r1'] }, p);
    expect(s.remaining()).toEqual({ main: 1, learning: 3 });
    expect(s.advance()).toBe('l-early');
    expect(s.advance()).toBe('r1');
    expect(s.advance()).toBe('l-late'); // 5 minutes ahead, nothing else left
    expect(s.advance()).toBeNull(); // 21 minutes ahead is too far
    expect(s.current()).toBeNull();
    clock.advance(MIN);
    expect(s.advance()).toBe('l-far'); // now exactly 20 minutes ahead
    expect(s.remaining()).toEqual({ main: 0, learning: 0 });
  });
  it('a learning card absent from progress is due at once', () => {
    const { s } = setup({ learning: ['gone'], review: ['r1'] });
    expect(s.advance()).toBe('gone');
  });
  it('preview: null without a current card; the rating times of the current card otherwise', () => {
    const { s, clock } = setup({ new: ['n1'] });
    expect(s.preview()).toBeNull();
    s.advance();
    expect(s.preview()).toEqual(createScheduler(clock, { retention: 0.9 }).preview('n1', sched.newCard(start), start));
  });
  it('rating without a current card does nothing', () => {
    const { s, box } = setup({});
    expect(s.rate(3, true)).toEqual({ card: null, becameLeech: false, saved: { ok: true, value: null }, error: null });
    expect(box.saves).toBe(0);
    expect(s.summary()).toEqual({ answered: 0, right: 0, wrong: 0, nextDue: null, leeches: [] });
    expect(s.canUndo()).toBe(false);
    expect(s.undo()).toBeNull();
  });
  it('a Good on a review card is saved with its log row and does not come back today', () => {
    const p = emptyProgress();
    p.cards.r1 = reviewCard(start - DAY);
    const { s, box } = setup({ review: ['r1'] }, p);
    s.advance();
    const out = s.rate(3, true);
    expect(out.saved.ok).toBe(true);
    expect(out.card?.state).toBe(2);
    expect(box.value.cards.r1).toEqual(out.card);
    expect(box.value.log).toEqual([['r1', start, 3, 2]]);
    expect(s.remaining()).toEqual({ main: 0, learning: 0 });
    expect(s.advance()).toBeNull();
    expect(s.summary()).toEqual({ answered: 1, right: 1, wrong: 0, nextDue: out.card?.due, leeches: [] });
  });
  it('an Again on a review card relearns it in this session', () => {
    const p = emptyProgress();
    p.cards.r1 = reviewCard(start - DAY);
    const { s, clock } = setup({ review: ['r1'] }, p);
    s.advance();
    const out = s.rate(1, false);
    expect(out.card?.state).toBe(3);
    expect(s.remaining()).toEqual({ main: 0, learning: 1 });
    clock.advance(10 * MIN);
    expect(s.advance()).toBe('r1');
  });
  it('a failed save of a rating is reported, and the session moves on', () => {
    const { s, box } = setup({ new: ['n1', 'n2'] });
    s.advance();
    box.fail = true;
    const out = s.rate(3, true);
    expect(out.saved.ok).toBe(false);
    expect(out.card).not.toBeNull();
    expect(s.summary().answered).toBe(1);
    expect(s.advance()).toBe('n2');
  });
  it('becameLeech is reported once, on the rating that makes the leech', () => {
    const p = emptyProgress();
    p.cards.r1 = reviewCard(start - DAY, { wrong: 7 });
    p.cards.r2 = reviewCard(start - DAY, { wrong: 9, leech: true });
    const { s } = setup({ review: ['r1', 'r2'] }, p);
    s.advance();
    expect(s.rate(1, false).becameLeech).toBe(true);
    s.advance();
    expect(s.rate(1, false).becameLeech).toBe(false);
    expect(s.summary().leeches).toEqual(['r1']);
  });
  it('undo of a new card gives back a fresh new card stamped after the rating, and the counts', () => {
    const { s, box, clock } = setup({ new: ['n1', 'n2'] });
    s.advance();
    s.rate(1, false);
    const ratedMod = box.value.cards.n1!.mod;
    clock.set(start - HOUR); // a clock set back must not let the undo lose to the rating
    expect(s.canUndo()).toBe(true);
    const u = s.undo();
    expect(u).toEqual({ id: 'n1', saved: { ok: true, value: null } });
    const card = box.value.cards.n1!;
    expect(card).toMatchObject({ state: 0, reps: 0, wrong: 0, last_review: null, due: start });
    expect(card.mod).toBeGreaterThan(ratedMod);
    expect(box.value.log).toEqual([]);
    expect(box.value.undone).toEqual([`n1|${start}`]);
    expect(s.current()).toBe('n1');
    expect(s.remaining()).toEqual({ main: 1, learning: 0 });
    expect(s.summary()).toMatchObject({ answered: 0, wrong: 0 });
    expect(s.canUndo()).toBe(false);
  });
  it('undo whose save fails keeps the rating, the counts and the undo step', () => {
    const { s, box } = setup({ new: ['n1', 'n2'] });
    s.advance();
    s.rate(3, true);
    s.advance();
    box.fail = true;
    const u = s.undo();
    expect(u?.saved.ok).toBe(false);
    expect(u?.id).toBe('n2');
    expect(box.value.log).toHaveLength(1);
    expect(s.summary().answered).toBe(1);
    expect(s.canUndo()).toBe(true);
    box.fail = false;
    expect(s.undo()?.id).toBe('n1');
  });
  it('suspending takes the card out of the session; a failed save leaves it current', () => {
    const p = emptyProgress();
    p.cards.l1 = reviewCard(start - MIN, { state: 1 });
    const { s, box } = setup({ learning: ['l1'], new: ['n1'] }, p);
    expect(s.advance()).toBe('l1');
    box.fail = true;
    expect(s.suspendCurrent().ok).toBe(false);
    expect(s.current()).toBe('l1');
    box.fail = false;
    expect(s.suspendCurrent().ok).toBe(true);
    expect(s.current()).toBeNull();
    expect(box.value.cards.l1?.suspended).toBe(true);
    expect(box.value.cards.l1?.mod).toBeGreaterThan(p.cards.l1!.mod);
    expect(s.remaining()).toEqual({ main: 1, learning: 0 });
    expect(s.suspendCurrent()).toEqual({ ok: true, value: null }); // nothing current: nothing to do
    expect(box.saves).toBe(1);
  });
  it('the summary gives the earliest due time of the cards studied, leaving out suspended ones', () => {
    const p = emptyProgress();
    p.cards.r1 = reviewCard(start - DAY);
    p.cards.r2 = reviewCard(start - DAY, { stability: 1, scheduled_days: 1, last_review: start - DAY });
    const { s, box } = setup({ review: ['r1', 'r2'] }, p);
    s.advance();
    s.rate(3, true);
    s.advance();
    s.rate(3, true);
    const [d1, d2] = [box.value.cards.r1!.due, box.value.cards.r2!.due];
    expect(d2).toBeLessThan(d1);
    expect(s.summary().nextDue).toBe(d2);
    box.value = setSuspended(box.value, 'r2', true, fixedClock(start));
    expect(s.summary().nextDue).toBe(d1);
  });
  it('flagging marks the current card for 오답 노트 and nothing without one', () => {
    const { s, box } = setup({ new: ['n1'] });
    expect(s.flagCurrent(true)).toEqual({ ok: true, value: null });
    expect(box.saves).toBe(0);
    s.advance();
    expect(s.flagCurrent(true).ok).toBe(true);
    expect(box.value.cards.n1?.flagged).toBe(true);
    expect(s.flagCurrent(false).ok).toBe(true);
    expect(box.value.cards.n1?.flagged).toBe(false);
  });
  it('resetting the current card keeps its suspension and flag, and its log', () => {
    const p = emptyProgress();
    p.cards.r1 = reviewCard(start - DAY, { flagged: true, suspended: true, wrong: 3 });
    p.log = [['r1', start - 10 * DAY, 3, 1]];
    const { s, box } = setup({ review: ['r1'] }, p);
    expect(s.resetCurrent()).toEqual({ ok: true, value: null });
    expect(box.saves).toBe(0);
    s.advance();
    expect(s.resetCurrent().ok).toBe(true);
    expect(box.value.cards.r1).toMatchObject({ state: 0, reps: 0, wrong: 0, last_review: null, flagged: true, suspended: true });
    expect(box.value.cards.r1!.mod).toBeGreaterThan(p.cards.r1!.mod);
    expect(box.value.log).toEqual(p.log);
    expect(s.current()).toBe('r1');
    const plain = setup({ new: ['n1'] });
    plain.s.advance();
    plain.s.resetCurrent();
    expect(plain.box.value.cards.n1).not.toHaveProperty('flagged');
    expect(plain.box.value.cards.n1?.suspended).toBe(false);
  });
  it('a reset of a relearning card takes it out of the session’s learning list', () => {
    const p = emptyProgress();
    p.cards.r1 = reviewCard(start - DAY);
    const { s, clock } = setup({ review: ['r1'] }, p);
    s.advance();
    s.rate(1, false);
    expect(s.remaining().learning).toBe(1);
    clock.advance(10 * MIN);
    expect(s.advance()).toBe('r1');
    s.rate(1, false);
    s.resetCurrent();
    expect(s.remaining().learning).toBe(0);
  });
  it('practice: an Again comes back at the end, undo steps back, nothing is saved and no preview', () => {
    const { s, box } = setup({ new: ['n1', 'n2'] }, emptyProgress(), true);
    expect(s.practice).toBe(true);
    s.advance();
    expect(s.preview()).toBeNull();
    expect(s.rate(1, false)).toEqual({ card: null, becameLeech: false, saved: { ok: true, value: null }, error: null });
    expect(s.remaining().main).toBe(2);
    expect(s.undo()).toEqual({ id: 'n1', saved: { ok: true, value: null } });
    expect(s.remaining().main).toBe(1);
    expect(s.suspendCurrent()).toEqual({ ok: true, value: null });
    expect(s.flagCurrent(true)).toEqual({ ok: true, value: null });
    expect(s.resetCurrent()).toEqual({ ok: true, value: null });
    s.rate(3, true);
    expect(s.remaining().main).toBe(1);
    expect(box.saves).toBe(0);
    expect(box.value).toEqual(emptyProgress());
  });
  it('follows a retention change in settings with a new scheduler', () => {
    const p = emptyProgress();
    p.cards.r1 = reviewCard(start - DAY);
    const { s, box } = setup({ review: ['r1'] }, p);
    s.advance();
    const at90 = s.preview()![3];
    box.value = { ...box.value, settings: { ...box.value.settings, retention: 0.7 } };
    expect(s.preview()![3]).toBeGreaterThan(at90);
  });
  it('spreads a new card after every review when there are nearly as many new cards as reviews', () => {
    expect(setup({ review: ['r1', 'r2', 'r3', 'r4'], new: ['n1', 'n2', 'n3'] }).drain()).toEqual(['r1', 'n1', 'r2', 'n2', 'r3', 'n3', 'r4']);
  });
  it('learning cards due at the same time come in queue order', () => {
    const p = emptyProgress();
    p.cards.l1 = reviewCard(start - MIN, { state: 1 });
    p.cards.l2 = reviewCard(start - MIN, { state: 1 });
    expect(setup({ learning: ['l1', 'l2'] }, p).drain()).toEqual(['l1', 'l2']);
  });
  it('undo brings back the learning cards and leeches of the session as they were', () => {
    const p = emptyProgress();
    p.cards.l1 = reviewCard(start + 5 * MIN, { state: 1 });
    p.cards.r1 = reviewCard(start - DAY, { wrong: 7 });
    p.cards.r2 = reviewCard(start - DAY);
    const { s } = setup({ learning: ['l1'], review: ['r1', 'r2'] }, p);
    expect(s.advance()).toBe('r1');
    expect(s.rate(1, false).becameLeech).toBe(true);
    expect(s.advance()).toBe('r2');
    s.rate(3, true);
    s.undo();
    expect(s.summary().leeches).toEqual(['r1']);
    expect(s.remaining()).toEqual({ main: 0, learning: 2 });
  });
  it('a scheduler error changes no count and leaves the card out of the summary', () => {
    const p = emptyProgress();
    p.cards.bad = reviewCard(start - DAY, { difficulty: 0 });
    const { s } = setup({ review: ['bad'] }, p);
    s.advance();
    const out = s.rate(3, true);
    expect(out).toEqual({ card: null, becameLeech: false, saved: { ok: true, value: null }, error: expect.objectContaining({ code: 'scheduler' }) });
    expect(s.summary()).toEqual({ answered: 0, right: 0, wrong: 0, nextDue: null, leeches: [] });
  });
  it('a card studied earlier in the session stays in the summary after a later scheduler error', () => {
    const p = emptyProgress();
    p.cards.r1 = reviewCard(start - DAY);
    const { s, box, clock } = setup({ review: ['r1'] }, p);
    s.advance();
    s.rate(1, false);
    const due = box.value.cards.r1!.due;
    box.value = withCard(box.value, 'r1', { ...box.value.cards.r1!, difficulty: 0 }); // damaged by another tab
    clock.advance(10 * MIN);
    expect(s.advance()).toBe('r1');
    expect(s.rate(3, true).error?.code).toBe('scheduler');
    expect(s.summary().nextDue).toBe(due);
  });
  it('undo removes the rating’s own log row, not a later row from another tab', () => {
    const { s, box } = setup({ new: ['n1', 'n2'] });
    s.advance();
    s.rate(3, true);
    s.advance();
    s.rate(3, true);
    const other: Progress['log'][number] = ['x', start + HOUR, 3, 0];
    box.value = { ...box.value, log: [...box.value.log, other] };
    s.undo();
    expect(box.value.log).toEqual([['n1', start, 3, 0], other]);
    // A row that is already gone (another tab undid it) leaves the log as it is.
    const older: Progress['log'][number] = ['y', start - HOUR, 3, 0];
    box.value = { ...box.value, log: [older, other] };
    s.undo();
    expect(box.value.log).toEqual([older, other]);
  });
  it('undo after another tab reset the progress restores a fresh card without failing', () => {
    const { s, box } = setup({ new: ['n1'] });
    s.advance();
    s.rate(3, true);
    box.value = emptyProgress();
    expect(s.undo()?.saved.ok).toBe(true);
    expect(box.value.cards.n1).toMatchObject({ state: 0, mod: start });
  });
  it('a reset whose save fails keeps the card in the session’s learning list', () => {
    const p = emptyProgress();
    p.cards.r1 = reviewCard(start - DAY);
    const { s, box } = setup({ review: ['r1'] }, p);
    s.advance();
    s.rate(1, false);
    box.fail = true;
    expect(s.resetCurrent().ok).toBe(false);
    expect(s.remaining().learning).toBe(1);
  });
  it('skipping the current card drops it from the session, also after a rating put it back in learning', () => {
    const p = emptyProgress();
    p.cards.r1 = reviewCard(start - DAY);
    const { s, clock } = setup({ review: ['r1'] }, p);
    s.advance();
    s.rate(1, false);
    expect(s.remaining().learning).toBe(1);
    s.skipCurrent();
    expect(s.current()).toBeNull();
    expect(s.remaining().learning).toBe(0);
    clock.advance(HOUR);
    expect(s.advance()).toBeNull();
  });
  it('the summary takes the earliest due time, whichever card was studied first', () => {
    const p = emptyProgress();
    p.cards.r1 = reviewCard(start - DAY, { stability: 1, scheduled_days: 1, last_review: start - DAY });
    p.cards.r2 = reviewCard(start - DAY);
    const { s, box } = setup({ review: ['r1', 'r2'] }, p);
    for (let i = 0; i < 2; i++) {
      s.advance();
      s.rate(3, true);
    }
    expect(box.value.cards.r1!.due).toBeLessThan(box.value.cards.r2!.due);
    expect(s.summary().nextDue).toBe(box.value.cards.r1!.due);
  });
  it('practice gives no next due time, even over cards that have one', () => {
    const p = emptyProgress();
    p.cards.r1 = reviewCard(start + DAY);
    const { s } = setup({ review: ['r1'] }, p, true);
    s.advance();
    s.rate(3, true);
    expect(s.summary()).toEqual({ answered: 1, right: 1, wrong: 0, nextDue: null, leeches: [] });
  });
  it('setSuspended and setFlagged create the card when it is not in progress yet', () => {
    const clock = fixedClock(start);
    const p = setSuspended(emptyProgress(), 'n1', true, clock);
    expect(p.cards.n1).toMatchObject({ state: 0, suspended: true, mod: start, due: start });
    const f = setFlagged(p, 'n2', true, clock);
    expect(f.cards.n2).toMatchObject({ state: 0, flagged: true, suspended: false });
    expect(setSuspended(f, 'n1', false, clock).cards.n1).toMatchObject({ suspended: false, mod: start + 1 });
  });
});

describe('srs types and helpers', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });
  it('the system clock reads the time, and the local offset that turns UTC into the wall clock', () => {
    const before = Date.now();
    const now = systemClock.now();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
    for (const at of [Date.UTC(2026, 0, 15, 12, 34), Date.UTC(2026, 6, 15, 23, 45)]) {
      const wall = new Date(at + systemClock.utcOffsetMinutes(at) * 60_000);
      const local = new Date(at);
      expect([wall.getUTCDate(), wall.getUTCHours(), wall.getUTCMinutes()]).toEqual([local.getDate(), local.getHours(), local.getMinutes()]);
    }
  });
  it('nextMod: the time now, or one past the previous stamp when the clock is behind it', () => {
    expect(nextMod(undefined, 100)).toBe(100);
    expect(nextMod(50, 100)).toBe(100);
    expect(nextMod(100, 100)).toBe(101);
    expect(nextMod(500, 100)).toBe(501);
  });
  it('logFlags: the fifth element, or 0 on a row from before flags', () => {
    expect(logFlags(['q', 1, 3, 0])).toBe(0);
    expect(logFlags(['q', 1, 3, 0, 2])).toBe(2);
  });
  it('card tables have no prototype; getCard finds own keys only; withCard copies', () => {
    const c = createScheduler(fixedClock(0), { retention: 0.9 }).newCard(1);
    const table = cardTable([['__proto__', c]]);
    expect(Object.getPrototypeOf(table)).toBeNull();
    expect(Object.keys(table)).toEqual(['__proto__']);
    expect(getCard({ cards: table }, '__proto__')).toBe(c);
    expect(getCard({ cards: {} }, 'toString')).toBeUndefined();
    expect(getCard({ cards: cardTable() }, 'constructor')).toBeUndefined();
    const p = emptyProgress();
    const q = withCard(p, 'constructor', c);
    expect(getCard(q, 'constructor')).toBe(c);
    expect(getCard(p, 'constructor')).toBeUndefined();
    expect(Object.getPrototypeOf(q.cards)).toBeNull();
  });
  it('emptyProgress gives fresh default settings each time', () => {
    const a = emptyProgress();
    a.settings.newPerDay = 1;
    expect(emptyProgress().settings).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.newPerDay).toBe(20);
    expect(emptyProgress()).toEqual({ version: 2, settings: DEFAULT_SETTINGS, cards: {}, log: [], undone: [], lastBackup: null });
  });
  it('hasQuizProgress reads the browser storage by default', () => {
    const kv = memoryStore();
    vi.stubGlobal('localStorage', kv);
    expect(hasQuizProgress()).toBe(false);
    kv.setItem(PROGRESS_KEY, serializeProgress({ ...emptyProgress(), log: [['q-a', 1, 3, 0]] }));
    expect(hasQuizProgress()).toBe(true);
    vi.stubGlobal('localStorage', undefined);
    expect(hasQuizProgress()).toBe(false);
  });
});

describe('stats', () => {
  const clock = fixedClock(0);
  const now = kst(2026, 3, 10, 10);
  const sched = createScheduler(clock, { retention: 0.9 });
  const card = (over: Partial<CardRecord>): CardRecord => ({ ...sched.newCard(now - 40 * DAY), state: 2, stability: 10, difficulty: 5, reps: 3, last_review: now - 5 * DAY, ...over });
  const bank = [{ id: 'a1', lesson: 'ami' }, { id: 'a2', lesson: 'ami' }, { id: 'a3', lesson: 'ami' }, { id: 'p1', lesson: 'pricing' }, { id: 'p2', lesson: 'pricing' }];

  it('reviewsPerDay counts log rows per study day (the day turns at 04:00)', () => {
    const p = emptyProgress();
    p.log = [['a1', kst(2026, 3, 9, 23), 3, 2], ['a2', kst(2026, 3, 10, 3, 59), 3, 2], ['a3', kst(2026, 3, 10, 4), 3, 2]];
    const m = reviewsPerDay(p, clock);
    const day = studyDay(clock, kst(2026, 3, 9, 23));
    expect([...m]).toEqual([[day, 2], [day + 1, 1]]);
    expect(dayLabel(day)).toBe('2026-03-09');
    expect(dayLabel(day + 1)).toBe('2026-03-10');
  });
  it('dueForecast: overdue and later-today cards count today; new and suspended cards not at all', () => {
    const p = emptyProgress();
    p.cards.a1 = card({ due: now - 3 * DAY });
    p.cards.a2 = card({ due: kst(2026, 3, 11, 3, 59) }); // before 04:00 tomorrow: still today
    p.cards.a3 = card({ due: kst(2026, 3, 11, 4) }); // tomorrow
    p.cards.p1 = card({ due: now + 2 * DAY, suspended: true });
    p.cards.p2 = card({ due: now + 2 * DAY, state: 0 });
    expect(dueForecast(p, bank, clock, now, 3)).toEqual([2, 1, 0]);
    p.cards.p1 = card({ due: now + 2 * DAY });
    expect(dueForecast(p, bank, clock, now, 3)).toEqual([2, 1, 1]);
    expect(dueForecast(p, bank, clock, now, 2)).toEqual([2, 1]);
    expect(dueForecast(p, bank, clock, now)).toHaveLength(30);
    p.cards.p1 = card({ due: now + 40 * DAY });
    expect(dueForecast(p, bank, clock, now).reduce((a, b) => a + b)).toBe(3);
  });
  it('trueRetention: the first review-state answer of a card each day, per window; Again fails', () => {
    const p = emptyProgress();
    p.log = [
      ['a1', now - 40 * DAY, 1, 2], // only in 전체
      ['a1', now - 10 * DAY, 3, 2], // 30 days
      ['a2', now - 3 * DAY, 1, 2], // 7 days
      ['a2', now - 3 * DAY + MIN, 3, 2], // same card, same day: not counted again
      ['a3', now - HOUR, 3, 2], // today
      ['p1', now - HOUR, 1, 1], // learning step: never counted
      ['p2', now + DAY, 3, 2], // after today (another device's clock): not counted
    ];
    const rows = trueRetention(p, clock, now);
    expect(rows.map((r) => [r.label, r.reviews, r.passed])).toEqual([['오늘', 1, 1], ['최근 7일', 2, 1], ['최근 30일', 3, 2], ['전체', 4, 2]]);
    expect(rows[3]?.rate).toBe(0.5);
    expect(trueRetention(emptyProgress(), clock, now)[0]).toEqual({ label: '오늘', reviews: 0, passed: 0, rate: null, enough: false });
    // A window starts at the first study day it covers: 6 and 29 days back are in, 7 and 30 are not.
    const edges = emptyProgress();
    edges.log = [['a1', now - 30 * DAY, 3, 2], ['a2', now - 29 * DAY, 3, 2], ['a3', now - 7 * DAY, 3, 2], ['p1', now - 6 * DAY, 3, 2]];
    expect(trueRetention(edges, clock, now).map((r) => r.reviews)).toEqual([0, 1, 3, 4]);
  });
  it('a retention figure counts as enough from exactly 10 first reviews', () => {
    const p = emptyProgress();
    p.log = Array.from({ length: 9 }, (_, i): Progress['log'][number] => [`c${i}`, now - HOUR + i, 3, 2]);
    expect(trueRetention(p, clock, now)[0]).toMatchObject({ reviews: 9, enough: false });
    p.log.push(['c9', now - 10, 3, 2]);
    expect(trueRetention(p, clock, now)[0]).toMatchObject({ reviews: 10, enough: true });
  });
  it('lessonMastery: total, studied, mature (Review with 21+ days) and suspended per lesson in bank order', () => {
    const p = emptyProgress();
    p.cards.a1 = card({ scheduled_days: 21 });
    p.cards.a2 = card({ scheduled_days: 20 });
    p.cards.a3 = card({ state: 0, suspended: true });
    p.cards.p1 = card({ state: 3, scheduled_days: 30 });
    expect(lessonMastery(p, bank)).toEqual([
      { lesson: 'ami', total: 3, studied: 2, mature: 1, suspended: 1 },
      { lesson: 'pricing', total: 2, studied: 1, mature: 0, suspended: 0 },
    ]);
    p.cards.a3 = card({ scheduled_days: 40 });
    expect(lessonMastery(p, bank)).toEqual([
      { lesson: 'ami', total: 3, studied: 3, mature: 2, suspended: 0 },
      { lesson: 'pricing', total: 2, studied: 1, mature: 0, suspended: 0 },
    ]);
  });
  it('leeches sorted by wrong answers, and suspended ids', () => {
    const p = emptyProgress();
    p.cards.a1 = card({ leech: true, wrong: 8 });
    p.cards.a2 = card({ leech: true, wrong: 12, suspended: true });
    p.cards.a3 = card({ wrong: 20 });
    p.cards.p1 = card({ suspended: true });
    expect(leeches(p)).toEqual([{ id: 'a2', wrong: 12, suspended: true }, { id: 'a1', wrong: 8, suspended: false }]);
    expect(suspendedIds(p)).toEqual(['a2', 'p1']);
  });
  it('answerFlags counts only the last `days` study days', () => {
    const p = emptyProgress();
    p.log = [['a1', now - 3 * DAY, 3, 2, 1], ['a2', now - DAY, 1, 2, 1], ['a3', now - HOUR, 3, 2, 2]];
    expect(answerFlags(p, clock, now, 2)).toEqual({ answers: 2, unsure: 1, unsureKept: 0, typo: 1 });
    expect(answerFlags(p, clock, now, 4)).toEqual({ answers: 3, unsure: 2, unsureKept: 1, typo: 1 });
    expect(answerFlags(p, clock, now)).toEqual({ answers: 3, unsure: 2, unsureKept: 1, typo: 1 });
    expect(answerFlags(emptyProgress(), clock, now)).toEqual({ answers: 0, unsure: 0, unsureKept: 0, typo: 0 });
  });
  it('lessonAccuracy ignores rows of questions not in the bank and gives null without answers', () => {
    const p = emptyProgress();
    p.log = [['a1', now - 2 * HOUR, 1, 2], ['a1', now - HOUR, 2, 3], ['gone', now - HOUR, 3, 2]];
    expect(lessonAccuracy(p, bank)).toEqual([
      { lesson: 'ami', answers: 2, remembered: 1, rate: 0.5 },
      { lesson: 'pricing', answers: 0, remembered: 0, rate: null },
    ]);
  });
});
