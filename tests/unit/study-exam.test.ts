import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addRecord, apportion, drawExam, formatClock, navigator, parseAttempt, parseHistory, recordOf, reduceExam, scoreExam, secondsLeft, startExam,
  validateExamConfig, warningLevel, type ExamAttempt, type ExamConfig, type ExamEvent, type ExamItem,
} from '../../src/lib/study/exam.ts';
import type { QuizQuestion } from '../../src/lib/quiz/grading.ts';

const kinds = ['single', 'multiple', 'true-false', 'typed'] as const;
// Lesson a: 40 questions, b: 20, c: 10; kinds cycle so each lesson has a mix.
const bank: ExamItem[] = [
  ...Array.from({ length: 40 }, (_, i) => ({ id: `a${i}`, lesson: 'a', kind: kinds[i % 4]! })),
  ...Array.from({ length: 20 }, (_, i) => ({ id: `b${i}`, lesson: 'b', kind: kinds[i % 2]! })),
  ...Array.from({ length: 10 }, (_, i) => ({ id: `c${i}`, lesson: 'c', kind: 'typed' as const })),
];
const config = (over: Partial<ExamConfig> = {}): ExamConfig => ({ lessons: null, count: 28, secondsPerQuestion: 90, seed: 42, ...over });
const T0 = 1_800_000_000_000;

describe('exam draw', () => {
  it('apportions by largest remainder and never beyond a weight', () => {
    expect(apportion([40, 20, 10], 28)).toEqual([16, 8, 4]);
    expect(apportion([40, 20, 10], 30)).toEqual([17, 9, 4]);
    expect(apportion([1, 1, 100], 10)).toEqual([0, 0, 10]);
    expect(apportion([2, 3], 10)).toEqual([2, 3]);
    expect(apportion([], 5)).toEqual([]);
    fc.assert(fc.property(fc.array(fc.nat(50), { maxLength: 8 }), fc.nat(200), (w, n) => {
      const out = apportion(w, n);
      expect(out.reduce((a, b) => a + b, 0)).toBe(Math.min(n, w.reduce((a, b) => a + b, 0)));
      out.forEach((x, i) => expect(x).toBeLessThanOrEqual(w[i]!));
    }));
  });

  it('is deterministic for a seed and differs for another', () => {
    expect(drawExam(bank, config())).toEqual(drawExam(bank, config()));
    expect(drawExam(bank, config({ seed: 43 }))).not.toEqual(drawExam(bank, config()));
  });

  it('is balanced across lessons by size and across kinds within a lesson, without repeats', () => {
    const ids = drawExam(bank, config());
    expect(ids).toHaveLength(28);
    expect(new Set(ids).size).toBe(28);
    const byLesson = (l: string) => ids.filter((id) => id.startsWith(l)).length;
    expect([byLesson('a'), byLesson('b'), byLesson('c')]).toEqual([16, 8, 4]);
    const kindOf = new Map(bank.map((q) => [q.id, q.kind]));
    const aKinds = kinds.map((k) => ids.filter((id) => id.startsWith('a') && kindOf.get(id) === k).length);
    expect(aKinds).toEqual([4, 4, 4, 4]);
    // Mixed order: not all of lesson a first.
    expect(ids.slice(0, 16).every((id) => id.startsWith('a'))).toBe(false);
  });

  it('draws only from the chosen lessons and at most what they hold', () => {
    const ids = drawExam(bank, config({ lessons: ['c'], count: 30 }));
    expect(ids).toHaveLength(10);
    expect(ids.every((id) => id.startsWith('c'))).toBe(true);
  });

  it('validates the set-up with Korean messages', () => {
    expect(validateExamConfig({ lessons: null, count: 30, secondsPerQuestion: 90 }, 70)).toEqual({ ok: true });
    expect(validateExamConfig({ lessons: [], count: 30, secondsPerQuestion: 90 }, 70)).toMatchObject({ ok: false, message: '레슨을 하나 이상 고르세요.' });
    expect(validateExamConfig({ lessons: null, count: 2, secondsPerQuestion: 90 }, 70)).toMatchObject({ ok: false });
    expect(validateExamConfig({ lessons: null, count: 30, secondsPerQuestion: 1.5 }, 70)).toMatchObject({ ok: false });
    expect(validateExamConfig({ lessons: ['x'], count: 30, secondsPerQuestion: 90 }, 3)).toMatchObject({ ok: false, message: expect.stringContaining('3개뿐') });
  });
});

describe('exam attempt', () => {
  const ids = ['a0', 'a1', 'a2', 'b0'];
  const fresh = () => startExam(config({ count: 4, secondsPerQuestion: 120 }), ids, T0); // 8 minutes
  const run = (events: ExamEvent[], a: ExamAttempt = fresh()) => events.reduce((s, e) => reduceExam(s, e).state, a);

  it('starts with a deadline of count × seconds per question', () => {
    const a = fresh();
    expect(a.deadline - a.startedAt).toBe(8 * 60_000);
    expect(secondsLeft(a, T0 + 61_000)).toBe(419);
    expect(formatClock(419)).toBe('6:59');
    expect(formatClock(3 * 3600 + 5)).toBe('3:00:05');
  });

  it('answers, flags and moves; the navigator shows answered, unanswered and flagged', () => {
    const a = run([{ type: 'answer', index: 0, response: { kind: 'single', choice: 1 } }, { type: 'toggle-flag' }, { type: 'next' }, { type: 'next' }, { type: 'prev' }]);
    expect(a.current).toBe(1);
    expect(navigator(a).map((n) => [n.answered, n.flagged, n.current])).toEqual([[true, true, false], [false, false, true], [false, false, false], [false, false, false]]);
    expect(run([{ type: 'prev' }]).current).toBe(0);
    expect(run([{ type: 'goto', index: 3 }, { type: 'next' }]).screen).toBe('review');
    expect(run([{ type: 'goto', index: 9 }])).toEqual(fresh());
    expect(run([{ type: 'open-review' }, { type: 'close-review' }]).screen).toBe('question');
    expect(run([{ type: 'open-review' }, { type: 'goto', index: 2 }])).toMatchObject({ screen: 'question', current: 2 });
    const cleared = run([{ type: 'answer', index: 0, response: { kind: 'single', choice: 1 } }, { type: 'answer', index: 0, response: null }]);
    expect(cleared.answers[0]).toBeNull();
  });

  it('warns once at 5 minutes and once at 1 minute, then submits on time-out', () => {
    let a = fresh();
    const announce = (e: ExamEvent) => {
      const step = reduceExam(a, e);
      a = step.state;
      return step.effects.filter((x) => x.type === 'announce').map((x) => (x as { text: string }).text);
    };
    expect(announce({ type: 'tick', now: T0 + 60_000 })).toEqual([]);
    expect(warningLevel(a, T0 + 60_000)).toBe(0);
    expect(announce({ type: 'tick', now: T0 + 3 * 60_000 })).toEqual(['남은 시간 5분입니다.']);
    expect(announce({ type: 'tick', now: T0 + 3 * 60_000 + 1000 })).toEqual([]);
    expect(warningLevel(a, T0 + 3 * 60_000)).toBe(1);
    expect(announce({ type: 'tick', now: T0 + 7 * 60_000 })).toEqual(['남은 시간 1분입니다.']);
    expect(warningLevel(a, T0 + 7 * 60_000)).toBe(2);
    const end = reduceExam(a, { type: 'tick', now: T0 + 8 * 60_000 + 500 });
    expect(end.state).toMatchObject({ screen: 'results', timedOut: true, submittedAt: T0 + 8 * 60_000 });
    expect(end.effects.map((e) => e.type)).toEqual(['save', 'finished', 'announce']);
    // Submitted: nothing changes any more.
    expect(reduceExam(end.state, { type: 'answer', index: 0, response: { kind: 'single', choice: 0 } }).state).toBe(end.state);
    expect(reduceExam(end.state, { type: 'tick', now: T0 + 9 * 60_000 }).effects).toEqual([]);
  });

  it('a reload after the deadline submits at the deadline, not at the reload', () => {
    const a = run([{ type: 'tick', now: T0 + 60 * 60_000 }]);
    expect(a.submittedAt).toBe(a.deadline);
    expect(scoreExam(a, new Map()).secondsUsed).toBe(480);
  });

  it('an attempt survives JSON and is refused when tampered with', () => {
    const a = run([{ type: 'answer', index: 1, response: { kind: 'typed', text: 'x' } }, { type: 'toggle-flag' }]);
    expect(parseAttempt(JSON.parse(JSON.stringify(a)))).toEqual(a);
    expect(parseAttempt({ ...a, current: 9 })).toBeNull();
    expect(parseAttempt({ ...a, answers: [{ kind: 'constructor' }, null, null, null] })).toBeNull();
    expect(parseAttempt({ ...a, deadline: a.startedAt - 1 })).toBeNull();
    expect(parseAttempt({ ...a, flagged: [true] })).toBeNull();
    expect(parseAttempt('x')).toBeNull();
  });

  it('scores by lesson and kind, skips questions gone from the bank, and records history', () => {
    const base = { explanation: 'e', difficulty: 1 as const, tags: [], section: 's' };
    const qs = new Map<string, QuizQuestion>([
      ['a0', { ...base, id: 'a0', lesson: 'a', kind: 'single', prompt: 'p', options: [{ text: 'x', why: 'w' }, { text: 'y', why: 'w' }, { text: 'z', why: 'w' }], answer: 1 }],
      ['a1', { ...base, id: 'a1', lesson: 'a', kind: 'true-false', prompt: 'p', answer: true }],
      ['b0', { ...base, id: 'b0', lesson: 'b', kind: 'true-false', prompt: 'p', answer: false }],
    ]);
    const a = run([
      { type: 'answer', index: 0, response: { kind: 'single', choice: 1 } },
      { type: 'answer', index: 1, response: { kind: 'true-false', value: false } },
      { type: 'answer', index: 3, response: { kind: 'true-false', value: false } },
      { type: 'submit', now: T0 + 100_000 },
    ]);
    const r = scoreExam(a, qs);
    expect([r.total, r.correct, r.secondsUsed, r.timedOut, r.passed]).toEqual([3, 2, 100, false, false]);
    expect(r.byLesson).toEqual([{ key: 'a', total: 2, correct: 1 }, { key: 'b', total: 1, correct: 1 }]);
    expect(r.byKind).toEqual([{ key: 'single', total: 1, correct: 1 }, { key: 'true-false', total: 2, correct: 1 }]);
    const rec = recordOf(a, r);
    const history = addRecord(addRecord([], rec), rec);
    expect(history).toHaveLength(1);
    expect(parseHistory(JSON.parse(JSON.stringify(history)))).toEqual(history);
    expect(parseHistory([{ ...rec, correct: 9 }, 'x'])).toEqual([]);
  });
});

describe('results text and notebook flags', async () => {
  const { responseText, keyText } = await import('../../src/lib/study/answer-text.ts');
  const { setFlags } = await import('../../src/lib/study/notebook.ts');
  const { emptyProgress } = await import('../../src/lib/srs/index.ts');
  const base = { explanation: 'e', difficulty: 1 as const, tags: [], section: 's', lesson: 'l' };
  it('writes answers and keys in Korean', () => {
    const single: QuizQuestion = { ...base, id: 's', kind: 'single', prompt: 'p', options: [{ text: 'x', why: 'w' }, { text: 'y', why: 'w' }, { text: 'z', why: 'w' }], answer: 1 };
    expect(responseText(single, { kind: 'single', choice: 2 })).toBe('z');
    expect(responseText(single, null)).toBe('답하지 않음');
    expect(keyText(single)).toBe('y');
    const match: QuizQuestion = { ...base, id: 'm', kind: 'matching', prompt: 'p', pairs: [{ left: 'A', right: '1' }, { left: 'B', right: '2' }] };
    expect(responseText(match, { kind: 'matching', map: [1, -1] })).toBe('A → 2; B → (고르지 않음)');
    expect(keyText({ ...base, id: 't', kind: 'true-false', prompt: 'p', answer: false })).toBe('거짓 (X)');
  });
  it('flags cards, creating records for questions never studied, with increasing stamps', () => {
    const p = emptyProgress();
    p.cards.old = { due: 1, stability: 3, difficulty: 5, scheduled_days: 3, learning_steps: 0, reps: 2, lapses: 0, state: 2, last_review: 1, wrong: 0, leech: false, suspended: false, mod: T0 + 5 };
    const q = setFlags(p, ['old', 'new'], true, T0);
    expect(q.cards.old).toMatchObject({ flagged: true, stability: 3, mod: T0 + 6 });
    expect(q.cards.new).toMatchObject({ flagged: true, state: 0, mod: T0 });
    expect(p.cards.new).toBeUndefined();
  });
});
