import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { assertBank, checkBank, type BankFile } from '../../src/lib/quiz/bank-checks.ts';
import { questionSchema, type Question } from '../../src/lib/quiz/question-schema.ts';

const base = { prompt: '질문', explanation: '설명', difficulty: 2 as const, tags: [] };
const q = (over: Partial<Question> & { id: string }): Question =>
  ({ ...base, section: '인스턴스-유형', kind: 'single', options: [{ text: 'A', why: 'a' }, { text: 'B', why: 'b' }, { text: 'C', why: 'c' }], answer: 0, ...over }) as Question;
const lessons = [{ id: 'instance-types', anchors: new Set(['인스턴스-유형', '명명-규칙']) }];
const file = (questions: Question[], lesson = 'instance-types', name = 'src/content/questions/instance-types.yaml'): BankFile => ({ file: name, lesson, questions });

describe('question schema', () => {
  it('accepts every kind', () => {
    const samples = [
      { ...base, id: 'a-1', section: 'x', kind: 'single', options: [{ text: 'A', why: 'a' }, { text: 'B', why: 'b' }, { text: 'C', why: 'c' }], answer: 2 },
      { ...base, id: 'a-2', section: 'x', kind: 'multiple', options: [{ text: 'A', why: 'a' }, { text: 'B', why: 'b' }, { text: 'C', why: 'c' }], answers: [0, 1] },
      { ...base, id: 'a-3', section: 'x', kind: 'true-false', answer: true },
      { ...base, id: 'a-4', section: 'x', kind: 'typed', accepted: ['AMI'], exact: false, wrong: [] },
      { ...base, id: 'a-5', section: 'x', kind: 'ordering', steps: ['1', '2', '3'] },
      { ...base, id: 'a-6', section: 'x', kind: 'matching', pairs: [{ left: 'a', right: '1' }, { left: 'b', right: '2' }, { left: 'c', right: '3' }] },
    ];
    for (const s of samples) expect(questionSchema.safeParse(s).success, s.kind).toBe(true);
  });
  it('rejects an answer key outside the options, with the question id in the message', () => {
    const r = questionSchema.safeParse({ ...base, id: 'bad-key', section: 'x', kind: 'single', options: [{ text: 'A', why: 'a' }, { text: 'B', why: 'b' }, { text: 'C', why: 'c' }], answer: 3 });
    expect(r.success).toBe(false);
    expect(z.prettifyError(r.error!)).toContain('bad-key');
  });
  it('rejects too few options or steps, unknown fields and bad ids', () => {
    expect(questionSchema.safeParse({ ...base, id: 'x-1', section: 'x', kind: 'single', options: [{ text: 'A', why: 'a' }, { text: 'B', why: 'b' }], answer: 0 }).success).toBe(false);
    expect(questionSchema.safeParse({ ...base, id: 'x-2', section: 'x', kind: 'ordering', steps: ['1', '2'] }).success).toBe(false);
    expect(questionSchema.safeParse({ ...base, id: 'x-3', section: 'x', kind: 'true-false', answer: true, extra: 1 }).success).toBe(false);
    expect(questionSchema.safeParse({ ...base, id: 'X Y', section: 'x', kind: 'true-false', answer: true }).success).toBe(false);
    expect(questionSchema.safeParse({ ...base, id: 'x-4', section: '#x', kind: 'true-false', answer: true }).success).toBe(false);
  });
});

describe('bank checks', () => {
  it('passes a clean bank', () => {
    expect(checkBank([file([q({ id: 'it-1' }), q({ id: 'it-2', section: '명명-규칙' })])], lessons)).toEqual([]);
  });
  it('names the file and question of a duplicate id across files', () => {
    const issues = checkBank([file([q({ id: 'dup' })]), file([q({ id: 'dup' })], 'instance-types', 'src/content/questions/other.yaml')], lessons);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'src/content/questions/other.yaml', questionId: 'dup', code: 'duplicate-id' });
    expect(issues[0]?.message).toContain('instance-types.yaml');
  });
  it('reports an unknown lesson and an unknown section anchor', () => {
    const issues = checkBank([file([q({ id: 'x' })], 'no-such-lesson'), file([q({ id: 'y', section: '없는-절' })])], lessons);
    expect(issues.map((i) => i.code).sort()).toEqual(['unknown-lesson', 'unknown-section']);
    expect(issues.find((i) => i.code === 'unknown-section')?.questionId).toBe('y');
  });
  it('reports answer keys that do not fit, too few options, steps and pairs', () => {
    const issues = checkBank([file([
      q({ id: 'k1', answer: 5 }),
      q({ id: 'k2', kind: 'multiple', answers: [0, 7] } as Partial<Question> & { id: string }),
      q({ id: 'k3', options: [{ text: 'A', why: 'a' }, { text: 'B', why: 'b' }] } as Partial<Question> & { id: string }),
      { ...base, id: 'k4', section: '명명-규칙', kind: 'ordering', steps: ['a', 'b'] },
      { ...base, id: 'k5', section: '명명-규칙', kind: 'matching', pairs: [{ left: 'a', right: '1' }] },
    ])], lessons);
    const byId = Object.fromEntries(issues.map((i) => [i.questionId, i.code]));
    expect(byId).toEqual({ k1: 'answer-key', k2: 'answer-key', k3: 'too-few-options', k4: 'too-few-steps', k5: 'too-few-pairs' });
  });
  it('assertBank always throws on structural issues (cue checks enforced or not), naming file and question', () => {
    const bank = [file([q({ id: 'oops', section: 'nope' })])];
    expect(() => assertBank(bank, lessons)).toThrow(/instance-types\.yaml · 문항 oops/);
    expect(() => assertBank(bank, lessons, { enforceCues: false, warn: () => {} })).toThrow(/instance-types\.yaml · 문항 oops.*nope/);
  });
});
