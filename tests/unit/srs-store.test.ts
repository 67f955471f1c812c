import { describe, expect, it } from 'vitest';
import {
  BLOCKED_MESSAGE, createProgressKeeper, NEWER_VERSION_MESSAGE, createProgressStore, createScheduler, emptyProgress, exportProgress, hasProgress, hasQuizProgress, mergeProgress, parseExport, parseProgress,
  PROGRESS_KEY, serializeProgress, type Progress,
} from '../../src/lib/srs/index.ts';
import { CORRUPT_INDEX_KEY } from '../../src/lib/srs/store.ts';
import { fixedClock, kst, memoryStore } from './srs-helpers.ts';

const clock = fixedClock(kst(2026, 3, 1, 10));
const sched = createScheduler(clock, { retention: 0.9 });

function sample(): Progress {
  const p = emptyProgress();
  let c = sched.newCard(kst(2026, 3, 1, 10));
  c = sched.rate('q-a', c, 3, kst(2026, 3, 1, 10));
  p.cards['q-a'] = c;
  p.log.push(['q-a', kst(2026, 3, 1, 10), 3, 0]);
  p.cards['q-b'] = { ...sched.rate('q-b', sched.newCard(0), 1, kst(2026, 3, 1, 11)) };
  p.log.push(['q-b', kst(2026, 3, 1, 11), 1, 0]);
  return p;
}

describe('migration and schema check', () => {
  it('migrates version 1 (ISO dates, object log rows)', () => {
    const v1 = {
      version: 1,
      settings: { newPerDay: 10, retention: 0.85 },
      cards: { 'q-a': { due: '2026-03-03T01:00:00.000Z', stability: 2.3, difficulty: 2.1, scheduled_days: 2, learning_steps: 0, reps: 2, lapses: 0, state: 2, last_review: '2026-03-01T01:00:00.000Z' } },
      log: [{ id: 'q-a', review: '2026-03-01T01:00:00.000Z', rating: 3, state: 1 }],
    };
    const r = parseProgress(JSON.stringify(v1));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.version).toBe(2);
    expect(r.value.settings).toMatchObject({ newPerDay: 10, retention: 0.85, reviewsPerDay: 200 });
    expect(r.value.cards['q-a']).toMatchObject({ due: Date.parse('2026-03-03T01:00:00.000Z'), suspended: false, leech: false });
    expect(r.value.log).toEqual([['q-a', Date.parse('2026-03-01T01:00:00.000Z'), 3, 1]]);
  });
  it('rejects bad data with a Korean message, and data from a newer version', () => {
    const bad = { ...JSON.parse(serializeProgress(sample())), cards: { 'q-a': { due: 'soon' } } };
    const r = parseProgress(JSON.stringify(bad));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('q-a');
    const future = parseProgress(JSON.stringify({ ...bad, version: 9 }));
    expect(!future.ok && future.error.code).toBe('newer');
    expect(!future.ok && future.error.message).toBe('새 버전에서 저장된 진도입니다. 페이지를 새로 고치세요.');
    expect(parseProgress('{not json').ok).toBe(false);
  });
});

describe('store', () => {
  it('saves and loads the same state', () => {
    const kv = memoryStore();
    const store = createProgressStore(kv, clock.now);
    expect(store.load().progress).toEqual(emptyProgress());
    const p = sample();
    expect(store.save(p).ok).toBe(true);
    expect(serializeProgress(createProgressStore(kv, clock.now).load().progress)).toBe(serializeProgress(p));
  });
  it('keeps corrupt data aside, starts fresh and never overwrites it', () => {
    const kv = memoryStore();
    kv.setItem(PROGRESS_KEY, '{"version":2,"cards":');
    const store = createProgressStore(kv, clock.now);
    const out = store.load();
    expect(out.problem?.message).toMatch(/읽을 수 없습니다/);
    expect(out.progress).toEqual(emptyProgress());
    const copies = store.corruptCopies();
    expect(copies).toHaveLength(1);
    expect(store.readCorrupt(copies[0]!.key)).toBe('{"version":2,"cards":');
    expect(store.save(sample()).ok).toBe(true);
    expect(store.readCorrupt(copies[0]!.key)).toBe('{"version":2,"cards":');
    store.discardCorrupt(copies[0]!.key);
    expect(store.corruptCopies()).toHaveLength(0);
  });
  it('refuses to write when corrupt data could not be kept aside', () => {
    const kv = memoryStore();
    kv.setItem(PROGRESS_KEY, 'garbage');
    kv.failWrites = true;
    const store = createProgressStore(kv, clock.now);
    const out = store.load();
    expect(out.problem?.keptAs).toBeNull();
    expect(out.problem?.raw).toBe('garbage');
    kv.failWrites = false;
    const saved = store.save(sample());
    expect(saved.ok).toBe(false);
    expect(kv.getItem(PROGRESS_KEY)).toBe('garbage');
  });
  it('reports a quota error instead of throwing', () => {
    const kv = memoryStore();
    const store = createProgressStore(kv, clock.now);
    store.load();
    kv.failWrites = true;
    const r = store.save(sample());
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('quota');
      expect(r.error.message).toContain('저장 공간');
    }
  });
  it('hasProgress is read-only', () => {
    const kv = memoryStore();
    expect(hasProgress(kv)).toBe(false);
    expect(hasQuizProgress(kv)).toBe(false);
    kv.setItem(PROGRESS_KEY, serializeProgress(sample()));
    const writes = kv.writes;
    expect(hasProgress(kv)).toBe(true);
    expect(hasQuizProgress(kv)).toBe(true);
    expect(kv.writes).toBe(writes);
  });
});

describe('export, import and merge', () => {
  it('export then import gives back the same state', () => {
    const p = sample();
    const r = parseExport(exportProgress(p, clock.now()));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(serializeProgress(r.value)).toBe(serializeProgress(p));
      expect(serializeProgress(mergeProgress(emptyProgress(), r.value))).toBe(serializeProgress({ ...p, settings: p.settings }));
      expect(serializeProgress(mergeProgress(p, r.value))).toBe(serializeProgress(p));
    }
  });
  it('rejects an invalid file whole, saying what is wrong', () => {
    expect(parseExport('hello').ok).toBe(false);
    const r = parseExport(JSON.stringify({ format: 'something-else' }));
    expect(!r.ok && r.error.message).toContain('백업 파일');
    const broken = JSON.parse(exportProgress(sample(), 0));
    broken.progress.log[0] = ['q-a', 'yesterday', 3, 0];
    const b = parseExport(JSON.stringify(broken));
    expect(!b.ok && b.error.message).toContain('복습 기록 1번째 줄');
  });
  it('merges by review time without losing reviews from either side', () => {
    const base = sample();
    const tabA = structuredClone(base);
    const tabB = structuredClone(base);
    // Tab A reviews q-a later; tab B reviews q-b.
    tabA.cards['q-a'] = sched.rate('q-a', base.cards['q-a']!, 3, kst(2026, 3, 3, 10));
    tabA.log.push(['q-a', kst(2026, 3, 3, 10), 3, 2]);
    tabB.cards['q-b'] = sched.rate('q-b', base.cards['q-b']!, 3, kst(2026, 3, 1, 11, 5));
    tabB.log.push(['q-b', kst(2026, 3, 1, 11, 5), 3, 1]);
    const m1 = mergeProgress(tabA, tabB);
    const m2 = mergeProgress(tabB, tabA);
    expect(serializeProgress(m1)).toBe(serializeProgress(m2));
    expect(m1.log).toHaveLength(4);
    expect(m1.log.map((e) => e[1])).toEqual([...m1.log.map((e) => e[1])].sort((a, b) => a - b));
    expect(m1.cards['q-a']).toEqual(tabA.cards['q-a']);
    expect(m1.cards['q-b']).toEqual(tabB.cards['q-b']);
    // An older import never wipes newer progress.
    expect(mergeProgress(tabA, base).cards['q-a']).toEqual(tabA.cards['q-a']);
  });
  it('a storage event from another tab merges and writes back only what the other tab lacks', () => {
    const kv = memoryStore();
    const store = createProgressStore(kv, clock.now);
    const mine = sample();
    const theirs = structuredClone(mine);
    theirs.log.push(['q-c', kst(2026, 3, 1, 12), 3, 0]);
    theirs.cards['q-c'] = sched.rate('q-c', sched.newCard(0), 3, kst(2026, 3, 1, 12));
    const r1 = store.receive(serializeProgress(theirs), mine);
    expect(r1.writeBack).toBe(false);
    expect(r1.progress.log).toHaveLength(3);
    mine.log.push(['q-d', kst(2026, 3, 1, 13), 3, 0]);
    const r2 = store.receive(serializeProgress(theirs), mine);
    expect(r2.writeBack).toBe(true);
    expect(r2.progress.log).toHaveLength(4);
    // An undone row on one side stays undone after the merge.
    const undone = { ...r2.progress, log: r2.progress.log.filter((e) => e[0] !== 'q-d'), undone: [`q-d|${kst(2026, 3, 1, 13)}`] };
    expect(mergeProgress(r2.progress, undone).log.some((e) => e[0] === 'q-d')).toBe(false);
  });
});

describe('store edge cases', () => {
  const throwing = (error: unknown) => {
    const kv = memoryStore();
    kv.setItem = () => {
      throw error;
    };
    return kv;
  };
  it('recognizes every browser quota error, and reports other write errors as such', () => {
    for (const e of [new DOMException('full', 'QuotaExceededError'), { name: 'NS_ERROR_DOM_QUOTA_REACHED' }, { code: 22 }, { code: 1014 }]) {
      const r = createProgressStore(throwing(e), clock.now).save(sample());
      expect(!r.ok && r.error.code, JSON.stringify(e)).toBe('quota');
    }
    for (const e of [new Error('disk on fire'), 'disk on fire', { name: 'SecurityError', code: 18 }]) {
      const r = createProgressStore(throwing(e), clock.now).save(sample());
      expect(!r.ok && r.error.code).toBe('write');
      expect(!r.ok && r.error.message).toMatch(/^진도를 저장하지 못했습니다: /);
    }
    const text = createProgressStore(throwing('disk on fire'), clock.now).save(sample());
    expect(!text.ok && text.error.message).toBe('진도를 저장하지 못했습니다: disk on fire');
  });
  it('reads a damaged index of kept copies as far as it goes', () => {
    const kv = memoryStore();
    const store = createProgressStore(kv, clock.now);
    kv.setItem(CORRUPT_INDEX_KEY, '{');
    expect(store.corruptCopies()).toEqual([]);
    kv.setItem(CORRUPT_INDEX_KEY, JSON.stringify([null, 5, 'x', { key: 1 }, { key: 'k', at: 1, message: 'm' }]));
    expect(store.corruptCopies()).toEqual([{ key: 'k', at: 1, message: 'm' }]);
    kv.setItem(CORRUPT_INDEX_KEY, '{"key":"k"}');
    expect(store.corruptCopies()).toEqual([]);
  });
  it('loads nothing as empty progress, also when storage cannot be read', () => {
    expect(createProgressStore(memoryStore(), clock.now).load()).toEqual({ progress: emptyProgress(), problem: null, readOnly: false, unknown: [] });
    const kv = memoryStore();
    kv.getItem = () => {
      throw new Error('denied');
    };
    expect(createProgressStore(kv, clock.now).load().problem).toBeNull();
    expect(hasProgress(kv)).toBe(false);
  });
  it('keeps a corrupt copy under a timestamped key and removes it again if the index cannot be written', () => {
    const kv = memoryStore();
    kv.setItem(PROGRESS_KEY, 'garbage');
    const store = createProgressStore(kv, clock.now);
    expect(store.load().problem?.keptAs).toBe(`ec2lab.srs.corrupt.${clock.now()}`);
    const kv2 = memoryStore();
    kv2.setItem(PROGRESS_KEY, 'garbage');
    const set = kv2.setItem.bind(kv2);
    kv2.setItem = (k: string, v: string) => {
      if (k === CORRUPT_INDEX_KEY) throw new DOMException('full', 'QuotaExceededError');
      set(k, v);
    };
    const store2 = createProgressStore(kv2, clock.now);
    expect(store2.load().problem?.keptAs).toBeNull();
    expect([...kv2.data.keys()]).toEqual([PROGRESS_KEY]);
    expect(store2.blocked).toBe(true);
    const saved = store2.save(sample());
    expect(!saved.ok && saved.error).toEqual({ code: 'blocked', message: BLOCKED_MESSAGE });
  });
  it('another tab clearing storage: write back only what this tab holds', () => {
    const store = createProgressStore(memoryStore(), clock.now);
    expect(store.receive(null, emptyProgress()).writeBack).toBe(false);
    expect(store.receive(null, sample()).writeBack).toBe(true);
    expect(store.receive(null, { ...emptyProgress(), log: [['q-a', 1, 3, 0]] }).writeBack).toBe(true);
    expect(store.receive(null, { ...emptyProgress(), reset: { at: 1, mod: 1 } }).writeBack).toBe(true);
    expect(store.receive('garbage', sample())).toEqual({ progress: sample(), writeBack: false });
    expect(store.readOnly).toBe(false);
  });
  it('discarding one of two kept copies keeps the other listed, and blocking stays', () => {
    const kv = memoryStore();
    kv.setItem(CORRUPT_INDEX_KEY, JSON.stringify([{ key: 'ec2lab.srs.corrupt.1', at: 1, message: 'a' }, { key: 'ec2lab.srs.corrupt.2', at: 2, message: 'b' }]));
    kv.setItem('ec2lab.srs.corrupt.1', 'x');
    kv.setItem('ec2lab.srs.corrupt.2', 'y');
    const store = createProgressStore(kv, clock.now);
    expect(store.discardCorrupt('ec2lab.srs.corrupt.1')).toEqual({ ok: true, value: null });
    expect(store.corruptCopies().map((c) => c.key)).toEqual(['ec2lab.srs.corrupt.2']);
    expect(kv.getItem('ec2lab.srs.corrupt.1')).toBeNull();
    expect(store.discardCorrupt('ec2lab.srs.corrupt.2')).toEqual({ ok: true, value: null });
    expect(kv.getItem(CORRUPT_INDEX_KEY)).toBeNull();
    expect(kv.getItem(PROGRESS_KEY)).toBeNull();
  });
  it('hasProgress: a log alone counts, an empty state does not, unreadable data does', () => {
    const kv = memoryStore();
    kv.setItem(PROGRESS_KEY, serializeProgress(emptyProgress()));
    expect(hasProgress(kv)).toBe(false);
    kv.setItem(PROGRESS_KEY, serializeProgress({ ...emptyProgress(), log: [['q-a', 1, 3, 0]] }));
    expect(hasProgress(kv)).toBe(true);
    kv.setItem(PROGRESS_KEY, serializeProgress({ ...emptyProgress(), cards: { 'q-a': sample().cards['q-a']! } }));
    expect(hasProgress(kv)).toBe(true);
    kv.setItem(PROGRESS_KEY, 'garbage');
    expect(hasProgress(kv)).toBe(true);
    expect(hasQuizProgress(null)).toBe(false);
  });
  it('the keeper reports read-only, missing copies and import counts', () => {
    const kv = memoryStore();
    kv.setItem(PROGRESS_KEY, JSON.stringify({ version: 3 }));
    const store = createProgressStore(kv, clock.now);
    const keeper = createProgressKeeper(store, store.load().progress, clock.now);
    expect(keeper.record(sample())).toEqual({ ok: false, error: { code: 'newer', message: NEWER_VERSION_MESSAGE } });
    const fresh = createProgressKeeper(createProgressStore(memoryStore(), clock.now), emptyProgress(), clock.now);
    expect(fresh.restoreCorrupt('nope')).toEqual({ ok: false, error: { code: 'missing', message: '보관한 원본 데이터를 찾을 수 없습니다.' } });
    expect(fresh.importText(exportProgress(sample(), clock.now()))).toEqual({ ok: true, value: { cards: 2, log: 2, unknown: [] } });
    expect(fresh.store.save(sample()).ok).toBe(true);
  });
});
