// Hostile input and injected faults against stored progress: every case here failed before issue 14.
import { describe, expect, it } from 'vitest';
import {
  checkBackupSize, createProgressKeeper, createProgressStore, createScheduler, createSession, emptyProgress, exportProgress, getCard,
  insertLogEntry, LogFlag, mergeProgress, parseExport, parseProgress, parseProgressOrExport, PROGRESS_KEY, resetProgress,
  SCHEDULER_ERROR_MESSAGE, serializeProgress, setFlagged, setSuspended, undoReset, unknownCards, type CardRecord, type Progress, type Result,
} from '../../src/lib/srs/index.ts';
import { fixedClock, kst, memoryStore } from './srs-helpers.ts';

const NOW = kst(2026, 3, 10, 10);
const clock = fixedClock(NOW);
const sched = createScheduler(clock, { retention: 0.9 });
const DAY = 86_400_000;

/** A reviewed card: last review 5 days ago, due in 7. */
function reviewed(over: Partial<CardRecord> = {}): CardRecord {
  return {
    ...sched.newCard(NOW - 20 * DAY), state: 2, stability: 12, difficulty: 4.2, scheduled_days: 12, reps: 4, lapses: 0,
    last_review: NOW - 5 * DAY, due: NOW + 7 * DAY, wrong: 0, mod: NOW - 5 * DAY, ...over,
  };
}

function progressWith(cards: Record<string, CardRecord>, log: Progress['log'] = []): Progress {
  const p = emptyProgress();
  for (const [id, c] of Object.entries(cards)) p.cards[id] = c;
  p.log = log;
  return p;
}

/** Stored text with one field of one card replaced (as a hand-edited backup would have it). */
function withCardField(field: string, value: unknown, state = 2): string {
  const data = JSON.parse(serializeProgress(progressWith({ 'q-a': reviewed({ state: state as 2 }) })));
  data.cards['q-a'][field] = value;
  return JSON.stringify(data);
}

const errorOf = (r: Result<unknown>) => (r.ok ? null : r.error);

describe('prototype member names are ordinary ids', () => {
  const names = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];
  it('parse → serialize → parse keeps cards named like Object.prototype members', () => {
    const text = `{"version":2,"settings":{"newPerDay":20,"reviewsPerDay":200,"retention":0.9,"mod":0},"cards":{${names
      .map((n) => `${JSON.stringify(n)}:${JSON.stringify(reviewed())}`)
      .join(',')}},"log":[],"undone":[],"lastBackup":null}`;
    const r = parseProgress(text, NOW);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Object.keys(r.value.cards).sort()).toEqual([...names].sort());
    const again = parseProgress(serializeProgress(r.value), NOW);
    expect(again.ok && Object.keys(again.value.cards).sort()).toEqual([...names].sort());
  });
  it('merge keeps a card named __proto__ or constructor from either side', () => {
    const a = emptyProgress();
    const b = progressWith({});
    Object.defineProperty(b.cards, '__proto__', { value: reviewed(), enumerable: true, configurable: true, writable: true });
    b.cards['constructor'] = reviewed({ reps: 9 });
    const m = mergeProgress(a, b);
    expect(Object.keys(m.cards).sort()).toEqual(['__proto__', 'constructor']);
    expect(getCard(m, 'constructor')?.reps).toBe(9);
    expect(Object.getPrototypeOf(m.cards)).toBeNull();
  });
  it('a card absent from progress is absent, whatever its name', () => {
    const p = emptyProgress();
    for (const n of names) expect(getCard(p, n)).toBeUndefined();
    expect(unknownCards(progressWith({ constructor: reviewed() }), ['q-a'])).toEqual(['constructor']);
  });
  it('a session over questions named like prototype members rates them as new cards', () => {
    const p = { value: emptyProgress() };
    const s = createSession(
      { clock, createScheduler, getProgress: () => p.value, commit: (np) => ((p.value = np), { ok: true, value: null }) },
      { learning: ['toString'], review: [], new: ['constructor', '__proto__'] },
    );
    const seen: string[] = [];
    for (let id = s.advance(); id !== null && seen.length < 3; id = s.advance()) {
      seen.push(id);
      expect(s.rate(3, true).error).toBeNull();
    }
    expect(seen).toContain('constructor');
    expect(getCard(p.value, 'constructor')?.reps).toBe(1);
    expect(getCard(p.value, '__proto__')?.reps).toBe(1);
    expect(Object.getPrototypeOf(p.value.cards)).toBeNull();
  });
});

describe('values are checked, not only shapes, each message naming the field', () => {
  const cases: [string, string, RegExp][] = [
    ['difficulty -1e9', withCardField('difficulty', -1e9), /difficulty\(난이도\)는 1~10/],
    ['difficulty 0 on a reviewed card', withCardField('difficulty', 0), /difficulty\(난이도\)는 1~10/],
    ['difficulty 11', withCardField('difficulty', 11), /difficulty/],
    ['difficulty 11 on a new card', withCardField('difficulty', 11, 0), /difficulty\(난이도\)는 0~10/],
    ['stability 0 on a reviewed card', withCardField('stability', 0), /stability\(안정도\)는 0보다 커야/],
    ['negative stability on a new card', withCardField('stability', -1, 0), /stability\(안정도\)는 0 이상/],
    ['stability beyond the maximum interval', withCardField('stability', 1e9), /최대 간격 36500일/],
    ['scheduled_days negative', withCardField('scheduled_days', -3), /scheduled_days/],
    ['last review a year ahead', withCardField('last_review', NOW + 365 * DAY), /last_review\(마지막 복습 시각\)가 미래/],
    ['last review after due', withCardField('due', NOW - 6 * DAY), /last_review\(마지막 복습 시각\)가 due\(다음 복습 시각\)보다 늦습니다/],
    ['mod stamp in the future', withCardField('mod', NOW + 30 * DAY), /mod\(수정 시각\)가 미래/],
    ['state 7', withCardField('state', 7), /state\(학습 단계\)는 0~3/],
    ['flagged "yes"', withCardField('flagged', 'yes'), /flagged/],
    ['reps -1', withCardField('reps', -1), /reps/],
    ['leech 1', withCardField('leech', 1), /leech/],
  ];
  it.each(cases)('refuses %s', (_name, text, message) => {
    const e = errorOf(parseProgress(text, NOW));
    expect(e?.code).toBe('card');
    expect(e?.message).toMatch(message);
    expect(e?.message).toContain('q-a');
  });
  it('refuses log rows in the future, with bad flags, or of the wrong length; keeps rows without flags', () => {
    const base = progressWith({ 'q-a': reviewed() }, [['q-a', NOW - 5 * DAY, 3, 2]]);
    const edit = (row: unknown) => JSON.stringify({ ...JSON.parse(serializeProgress(base)), log: [['q-a', NOW - 6 * DAY, 3, 1], row] });
    expect(errorOf(parseProgress(edit(['q-a', NOW + 30 * DAY, 3, 2]), NOW))?.message).toMatch(/2번째 줄.*미래/);
    expect(errorOf(parseProgress(edit(['q-a', NOW, 3, 2, 4]), NOW))?.message).toMatch(/2번째 줄.*flags/);
    expect(errorOf(parseProgress(edit(['q-a', NOW, 3, 2, 1.5]), NOW))?.message).toMatch(/flags/);
    expect(errorOf(parseProgress(edit(['q-a', NOW, 3, 2, 1, 0]), NOW))?.message).toMatch(/2번째 줄/);
    expect(errorOf(parseProgress(edit(['q-a', NOW, 5, 2]), NOW))?.message).toMatch(/평가는 1~4/);
    expect(errorOf(parseProgress(edit(['q-a', NOW, 3, 4]), NOW))?.message).toMatch(/복습 전 단계/);
    expect(errorOf(parseProgress(edit([7, NOW, 3, 2]), NOW))?.message).toMatch(/문항 id/);
    const both = parseProgress(edit(['q-a', NOW - DAY, 3, 2, LogFlag.Unsure | LogFlag.Typo]), NOW);
    expect(both.ok && both.value.log).toEqual([['q-a', NOW - 6 * DAY, 3, 1], ['q-a', NOW - DAY, 3, 2, 3]]);
  });
  it('refuses settings out of range, naming the setting', () => {
    const base = JSON.parse(serializeProgress(emptyProgress()));
    const bad = (s: object) => errorOf(parseProgress(JSON.stringify({ ...base, settings: { ...base.settings, ...s } }), NOW));
    expect(bad({ retention: 0.5 })?.message).toMatch(/retention/);
    expect(bad({ retention: 1 })?.message).toMatch(/retention/);
    expect(bad({ newPerDay: -1 })?.message).toMatch(/newPerDay/);
    expect(bad({ reviewsPerDay: 1.5 })?.message).toMatch(/reviewsPerDay/);
    expect(bad({ mod: NOW + 30 * DAY })?.message).toMatch(/수정 시각/);
    expect(bad({ retention: 0.7 })).toBeNull();
  });
  it('an import of impossible values says so and applies nothing', () => {
    const kv = memoryStore();
    const keeper = createProgressKeeper(createProgressStore(kv, clock.now), emptyProgress(), clock.now);
    const file = JSON.parse(exportProgress(progressWith({ 'q-a': reviewed() }), NOW));
    file.progress.cards['q-a'].difficulty = -1e9;
    const r = keeper.importText(JSON.stringify(file));
    expect(errorOf(r)?.message).toMatch(/^백업 파일을 적용하지 않았습니다: .*difficulty/);
    expect(keeper.current()).toEqual(emptyProgress());
    expect(kv.getItem(PROGRESS_KEY)).toBeNull();
  });
  it('refuses a backup over 5 MB before parsing it', () => {
    const huge = `{"format":"ec2-study-lab-progress",${' '.repeat(5 * 1024 * 1024)}`;
    expect(errorOf(parseExport(huge, NOW))?.code).toBe('too-large');
    expect(errorOf(parseProgressOrExport(huge, NOW))?.message).toMatch(/너무 큽니다.*5\.0 MB 이하/);
    expect(checkBackupSize(5 * 1024 * 1024).ok).toBe(true);
    expect(checkBackupSize(5 * 1024 * 1024 + 1).ok).toBe(false);
    expect(checkBackupSize(Number.NaN).ok).toBe(false);
    // Multi-byte text is measured in UTF-8 bytes, not characters.
    const korean = '가'.repeat(Math.ceil((5 * 1024 * 1024) / 3) + 1);
    expect(errorOf(parseExport(korean, NOW))?.code).toBe('too-large');
  });
  it('keeps cards of unknown questions aside: reported, saved again, never dropped', () => {
    const kv = memoryStore();
    kv.setItem(PROGRESS_KEY, serializeProgress(progressWith({ 'q-a': reviewed(), 'q-gone': reviewed() })));
    const store = createProgressStore(kv, clock.now, { bankIds: ['q-a', 'q-b'] });
    const out = store.load();
    expect(out.unknown).toEqual(['q-gone']);
    expect(store.save(out.progress).ok).toBe(true);
    expect(JSON.parse(kv.getItem(PROGRESS_KEY)!).cards['q-gone']).toEqual(reviewed());
    const keeper = createProgressKeeper(store, emptyProgress(), clock.now, ['q-a']);
    const imported = keeper.importText(exportProgress(progressWith({ 'q-x': reviewed() }), NOW));
    expect(imported.ok && imported.value.unknown).toEqual(['q-x']);
    expect(getCard(keeper.current(), 'q-x')).toBeDefined();
  });
});

describe('a save never half-happens', () => {
  it('an import that does not fit leaves the in-memory state as it was, and later answers still save', () => {
    const kv = memoryStore();
    const store = createProgressStore(kv, clock.now);
    const mine = progressWith({ 'q-a': reviewed() }, [['q-a', NOW - 5 * DAY, 3, 2]]);
    const keeper = createProgressKeeper(store, mine, clock.now);
    kv.failWrites = true;
    const r = keeper.importText(exportProgress(progressWith({ 'q-big': reviewed() }), NOW));
    expect(errorOf(r)?.code).toBe('quota');
    expect(keeper.current()).toBe(mine);
    kv.failWrites = false;
    const rated = { ...mine, log: insertLogEntry(mine.log, ['q-a', NOW, 3, 2]) };
    expect(keeper.record(rated).ok).toBe(true);
    expect(parseProgress(kv.getItem(PROGRESS_KEY)!, NOW).ok && JSON.parse(kv.getItem(PROGRESS_KEY)!).cards['q-big']).toBeUndefined();
  });
  it('replace switches only after the save; record moves on regardless (ratings keep a session alive)', () => {
    const kv = memoryStore();
    const keeper = createProgressKeeper(createProgressStore(kv, clock.now), emptyProgress(), clock.now);
    const next = progressWith({ 'q-a': reviewed() });
    kv.failWrites = true;
    expect(keeper.replace(next).ok).toBe(false);
    expect(keeper.current()).toEqual(emptyProgress());
    expect(keeper.record(next).ok).toBe(false);
    expect(keeper.current()).toBe(next);
    kv.failWrites = false;
    expect(keeper.replace(emptyProgress()).ok).toBe(true);
    expect(keeper.current()).toEqual(emptyProgress());
  });
  it('undo and suspend change nothing when their save fails', () => {
    const kv = memoryStore();
    const keeper = createProgressKeeper(createProgressStore(kv, clock.now), progressWith({ 'q-a': reviewed({ due: NOW - DAY }) }), clock.now);
    const s = createSession({ clock, createScheduler, getProgress: keeper.current, commit: keeper.record, replace: keeper.replace }, { learning: [], review: ['q-a', 'q-b'], new: [] });
    expect(s.advance()).toBe('q-a');
    expect(s.rate(3, true).saved.ok).toBe(true);
    const rated = keeper.current();
    expect(s.advance()).toBe('q-b');
    kv.failWrites = true;
    const u = s.undo();
    expect(u?.saved.ok).toBe(false);
    expect(keeper.current()).toBe(rated);
    expect(s.current()).toBe('q-b');
    expect(s.canUndo()).toBe(true);
    expect(s.suspendCurrent().ok).toBe(false);
    expect(s.current()).toBe('q-b');
    expect(getCard(keeper.current(), 'q-b')).toBeUndefined();
    expect(s.flagCurrent(true).ok).toBe(false);
    kv.failWrites = false;
    expect(s.undo()?.saved.ok).toBe(true);
    expect(s.current()).toBe('q-a');
    expect(keeper.current().log).toHaveLength(0);
  });
  it('deleting the kept copy of blocked data saves the answers given meanwhile at once', () => {
    const kv = memoryStore();
    kv.setItem(PROGRESS_KEY, 'garbage');
    kv.failWrites = true;
    const store = createProgressStore(kv, clock.now);
    const loaded = store.load();
    kv.failWrites = false;
    expect(store.blocked).toBe(true);
    const keeper = createProgressKeeper(store, loaded.progress, clock.now);
    const answered = progressWith({ 'q-a': reviewed() }, [['q-a', NOW - 5 * DAY, 3, 2]]);
    expect(keeper.record(answered).ok).toBe(false);
    expect(kv.getItem(PROGRESS_KEY)).toBe('garbage');
    expect(keeper.discardCorrupt(PROGRESS_KEY).ok).toBe(true);
    expect(store.blocked).toBe(false);
    expect(kv.getItem(PROGRESS_KEY)).toBe(serializeProgress(answered));
  });
  it('deleting a kept copy also saves at once when the copy was kept in storage', () => {
    const kv = memoryStore();
    kv.setItem(PROGRESS_KEY, '{"version":2');
    const store = createProgressStore(kv, clock.now);
    store.load();
    const keeper = createProgressKeeper(store, emptyProgress(), clock.now);
    const answered = progressWith({ 'q-a': reviewed() });
    keeper.record(answered);
    kv.data.delete(PROGRESS_KEY); // e.g. cleared by the browser in between
    expect(keeper.discardCorrupt(store.corruptCopies()[0]!.key).ok).toBe(true);
    expect(kv.getItem(PROGRESS_KEY)).toBe(serializeProgress(answered));
    expect(store.corruptCopies()).toEqual([]);
  });
  it('a kept copy can be imported back once it reads, and is then deleted', () => {
    const kv = memoryStore();
    const fromFastClock = progressWith({ 'q-a': reviewed({ mod: NOW + 3 * DAY, last_review: NOW + 2 * DAY, due: NOW + 9 * DAY }) });
    kv.setItem(PROGRESS_KEY, serializeProgress(fromFastClock));
    const store = createProgressStore(kv, clock.now);
    const loaded = store.load();
    expect(loaded.problem?.message).toMatch(/미래/);
    const key = loaded.problem!.keptAs!;
    const keeper = createProgressKeeper(store, loaded.progress, clock.now);
    expect(errorOf(keeper.restoreCorrupt(key))?.message).toMatch(/미래/);
    expect(store.corruptCopies()).toHaveLength(1);
    const later = fixedClock(NOW + 4 * DAY);
    const keeper2 = createProgressKeeper(createProgressStore(kv, later.now), emptyProgress(), later.now);
    const back = keeper2.restoreCorrupt(key);
    expect(back.ok && back.value.cards).toBe(1);
    expect(getCard(keeper2.current(), 'q-a')?.mod).toBe(NOW + 3 * DAY);
    expect(kv.getItem(key)).toBeNull();
    expect(errorOf(keeper2.restoreCorrupt(key))?.code).toBe('missing');
  });
});

describe('data from a newer version', () => {
  const newer = JSON.stringify({ ...JSON.parse(serializeProgress(progressWith({ 'q-a': reviewed() }))), version: 3, extra: { x: 1 } });
  it('opens read-only with the refresh message, shows what it can, and is never written over', () => {
    const kv = memoryStore();
    kv.setItem(PROGRESS_KEY, newer);
    const store = createProgressStore(kv, clock.now);
    const out = store.load();
    expect(out.readOnly).toBe(true);
    expect(out.problem?.code).toBe('newer');
    expect(out.problem?.message).toBe('새 버전에서 저장된 진도입니다. 페이지를 새로 고치세요.');
    expect(getCard(out.progress, 'q-a')).toEqual(reviewed());
    expect(store.corruptCopies()).toEqual([]);
    expect(errorOf(store.save(emptyProgress()))?.message).toBe('새 버전에서 저장된 진도입니다. 페이지를 새로 고치세요.');
    const keeper = createProgressKeeper(store, out.progress, clock.now);
    expect(keeper.record(emptyProgress()).ok).toBe(false);
    expect(keeper.current()).toBe(out.progress);
    expect(store.receive(serializeProgress(emptyProgress()), out.progress).writeBack).toBe(false);
    expect(kv.getItem(PROGRESS_KEY)).toBe(newer);
  });
  it('an unreadable newer shape still opens read-only (empty), not as corrupt', () => {
    const kv = memoryStore();
    kv.setItem(PROGRESS_KEY, '{"version":9,"cards":[1,2]}');
    const out = createProgressStore(kv, clock.now).load();
    expect(out.readOnly).toBe(true);
    expect(out.progress).toEqual(emptyProgress());
    expect(kv.getItem(PROGRESS_KEY)).toBe('{"version":9,"cards":[1,2]}');
  });
  it('another tab on a newer version stops this tab writing', () => {
    const kv = memoryStore();
    const store = createProgressStore(kv, clock.now);
    store.load();
    expect(store.receive(newer, emptyProgress()).writeBack).toBe(false);
    expect(store.readOnly).toBe(true);
    expect(store.save(emptyProgress()).ok).toBe(false);
  });
  it('a newer backup is refused with a reason, not as a broken file', () => {
    const file = JSON.stringify({ format: 'ec2-study-lab-progress', exportedAt: '', progress: JSON.parse(newer) });
    expect(errorOf(parseExport(file, NOW))?.message).toMatch(/새 버전의 사이트에서 만든 백업/);
  });
});

describe('a card the scheduler cannot rate', () => {
  const broken = reviewed({ difficulty: 0 }); // what an unchecked import let through
  function setup() {
    const p = { value: progressWith({ 'q-bad': broken, 'q-ok': reviewed({ due: NOW - DAY }) }) };
    p.value.cards['q-bad'] = { ...broken, due: NOW - 2 * DAY };
    let commits = 0;
    const s = createSession(
      { clock, createScheduler, getProgress: () => p.value, commit: (np) => ((commits++, (p.value = np)), { ok: true, value: null }) },
      { learning: [], review: ['q-bad', 'q-ok'], new: [] },
    );
    return { p, s, commits: () => commits };
  }
  it('is reported in Korean; progress and counts are untouched; the session goes on', () => {
    const { p, s, commits } = setup();
    const before = serializeProgress(p.value);
    expect(s.advance()).toBe('q-bad');
    expect(s.preview()).toBeNull();
    const out = s.rate(3, true);
    expect(out.error).toEqual({ code: 'scheduler', message: SCHEDULER_ERROR_MESSAGE });
    expect(out.card).toBeNull();
    expect(commits()).toBe(0);
    expect(serializeProgress(p.value)).toBe(before);
    expect(s.summary().answered).toBe(0);
    expect(s.canUndo()).toBe(false);
    s.skipCurrent();
    expect(s.current()).toBeNull();
    expect(s.advance()).toBe('q-ok');
    expect(s.rate(3, true).error).toBeNull();
    expect(s.summary()).toMatchObject({ answered: 1, right: 1 });
  });
  it('can be reset: it becomes a new card (log kept) and rates normally', () => {
    const { p, s } = setup();
    p.value.log = [['q-bad', NOW - 5 * DAY, 3, 2]];
    s.advance();
    expect(s.rate(1, false).error).not.toBeNull();
    expect(s.resetCurrent().ok).toBe(true);
    expect(getCard(p.value, 'q-bad')).toMatchObject({ state: 0, reps: 0 });
    expect(getCard(p.value, 'q-bad')!.mod).toBeGreaterThan(broken.mod);
    expect(p.value.log).toHaveLength(1);
    expect(s.current()).toBe('q-bad');
    const out = s.rate(3, true);
    expect(out.error).toBeNull();
    expect(out.card?.reps).toBe(1);
  });
  it('a clock set back before the last review does not make the scheduler throw', () => {
    const card = reviewed({ last_review: NOW + 3600_000, due: NOW + 8 * DAY });
    expect(() => sched.rate('q', card, 3, NOW)).not.toThrow();
    expect(sched.rate('q', card, 3, NOW).last_review).toBe(NOW + 3600_000);
    expect(sched.preview('q', card, NOW)[3]).toBeGreaterThan(NOW + 3600_000);
    expect(sched.retrievability(card, NOW)).toBe(1);
  });
});

describe('modification stamps only increase', () => {
  it('an undo after the clock went back survives the other tab’s merge', () => {
    const t = fixedClock(NOW);
    const start = progressWith({ 'q-a': reviewed({ due: NOW - DAY }) });
    const tabA = { value: structuredClone(start) };
    const s = createSession({ clock: t, createScheduler, getProgress: () => tabA.value, commit: (np) => ((tabA.value = np), { ok: true, value: null }) }, { learning: [], review: ['q-a'], new: [] });
    s.advance();
    s.rate(3, true);
    const tabB = structuredClone(tabA.value); // the other tab saw the rating
    t.set(NOW - 3600_000); // the clock goes back an hour
    s.undo();
    expect(tabA.value.cards['q-a']!.mod).toBeGreaterThan(tabB.cards['q-a']!.mod);
    for (const merged of [mergeProgress(tabA.value, tabB), mergeProgress(tabB, tabA.value)]) {
      expect(merged.log).toHaveLength(0);
      expect(merged.cards['q-a']).toEqual(tabA.value.cards['q-a']);
    }
  });
  it('ratings, suspends and flags stamp past the previous stamp; the log stays ordered', () => {
    const t = fixedClock(NOW);
    const p = { value: progressWith({ 'q-a': reviewed({ due: NOW - DAY, mod: NOW + 5000 }), 'q-b': reviewed({ due: NOW - DAY }) }) };
    p.value.log = [['q-x', NOW + 1000, 3, 2]];
    const s = createSession({ clock: t, createScheduler, getProgress: () => p.value, commit: (np) => ((p.value = np), { ok: true, value: null }) }, { learning: [], review: ['q-a', 'q-b'], new: [] });
    s.advance();
    s.rate(3, true);
    expect(p.value.cards['q-a']!.mod).toBe(NOW + 5001);
    expect(p.value.log.map((e) => e[1])).toEqual([NOW, NOW + 1000]);
    expect(setSuspended(p.value, 'q-a', true, t).cards['q-a']!.mod).toBe(NOW + 5002);
    const flagged = setFlagged(p.value, 'q-a', true, t);
    expect(flagged.cards['q-a']).toMatchObject({ flagged: true, mod: NOW + 5002 });
    expect(setFlagged(emptyProgress(), 'new', true, t).cards['new']).toMatchObject({ flagged: true, state: 0, mod: NOW });
  });
  it('flags travel with the newer record in a merge, like suspended', () => {
    const base = progressWith({ 'q-a': reviewed() });
    const later = fixedClock(NOW + 1000);
    const flagged = setFlagged(base, 'q-a', true, later);
    expect(mergeProgress(base, flagged).cards['q-a']!.flagged).toBe(true);
    expect(mergeProgress(flagged, base).cards['q-a']!.flagged).toBe(true);
    const unflagged = setFlagged(flagged, 'q-a', false, fixedClock(NOW + 2000));
    expect(mergeProgress(flagged, unflagged).cards['q-a']!.flagged).toBe(false);
  });
  it('rate writes the answer flags as the 5th element of the log row only when set', () => {
    const p = { value: emptyProgress() };
    const s = createSession({ clock, createScheduler, getProgress: () => p.value, commit: (np) => ((p.value = np), { ok: true, value: null }) }, { learning: [], review: [], new: ['q-a', 'q-b'] });
    s.advance();
    s.rate(3, true, LogFlag.Unsure | LogFlag.Typo);
    s.advance();
    s.rate(3, true);
    expect(p.value.log.map((e) => e.length)).toEqual([5, 4]);
    expect(p.value.log[0]![4]).toBe(3);
    expect(parseProgress(serializeProgress(p.value), NOW).ok).toBe(true);
  });
});

describe('진도 초기화', () => {
  const full = progressWith({ 'q-a': reviewed(), 'q-b': reviewed({ mod: NOW + 10 }) }, [['q-a', NOW - 5 * DAY, 3, 2]]);
  it('resets after making the backup, and undo brings everything back', () => {
    const kv = memoryStore();
    const keeper = createProgressKeeper(createProgressStore(kv, clock.now), full, clock.now);
    const r = keeper.resetAll();
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const backup = parseExport(r.value.backup, NOW);
    expect(backup.ok && serializeProgress(backup.value)).toBe(serializeProgress(full));
    expect(Object.keys(keeper.current().cards)).toEqual([]);
    expect(keeper.current().log).toEqual([]);
    expect(keeper.current().settings).toEqual(full.settings);
    expect(parseProgress(kv.getItem(PROGRESS_KEY)!, NOW).ok).toBe(true);
    expect(r.value.undo().ok).toBe(true);
    expect(Object.keys(keeper.current().cards).sort()).toEqual(['q-a', 'q-b']);
    expect(keeper.current().log).toEqual(full.log);
  });
  it('a reset that cannot be saved changes nothing', () => {
    const kv = memoryStore();
    const keeper = createProgressKeeper(createProgressStore(kv, clock.now), full, clock.now);
    kv.failWrites = true;
    expect(keeper.resetAll().ok).toBe(false);
    expect(keeper.current()).toBe(full);
  });
  it('another tab’s old copy does not bring reset progress back; the undo reaches it too', () => {
    const reset = resetProgress(full, NOW);
    expect(reset.reset!.at).toBeGreaterThan(NOW + 10);
    for (const m of [mergeProgress(reset, full), mergeProgress(full, reset)]) {
      expect(Object.keys(m.cards)).toEqual([]);
      expect(m.log).toEqual([]);
    }
    // A review made after the reset survives it.
    const after = { ...reset, cards: { ...reset.cards, 'q-c': reviewed({ mod: NOW + 100 }) }, log: [['q-c', NOW + 100, 3, 2]] as Progress['log'] };
    expect(Object.keys(mergeProgress(after, full).cards)).toEqual(['q-c']);
    const undone = undoReset(full, reset, NOW + 200);
    for (const m of [mergeProgress(undone, reset), mergeProgress(reset, undone), mergeProgress(undone, full)]) {
      expect(Object.keys(m.cards).sort()).toEqual(['q-a', 'q-b']);
      expect(m.log).toEqual(full.log);
    }
    expect(parseProgress(serializeProgress(undone), NOW + 200).ok).toBe(true);
    // Resetting twice: the second mark is newer.
    const again = resetProgress(undone, NOW + 300);
    expect(again.reset!.mod).toBeGreaterThan(undone.reset!.mod);
    expect(Object.keys(mergeProgress(again, undone).cards)).toEqual([]);
  });
});
