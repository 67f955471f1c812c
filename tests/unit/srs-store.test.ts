import { describe, expect, it } from 'vitest';
import {
  createProgressStore, createScheduler, emptyProgress, exportProgress, hasProgress, hasQuizProgress, mergeProgress, parseExport, parseProgress,
  PROGRESS_KEY, serializeProgress, type Progress,
} from '../../src/lib/srs/index.ts';
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
