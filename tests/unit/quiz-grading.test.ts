import { describe, expect, it } from 'vitest';
import { checkTyped, compactAnswer, diffAnswer, editDistance, grade, normalizeAnswer } from '../../src/lib/quiz/grading.ts';
import { scrambledOrder, shuffle } from '../../src/lib/random.ts';
import type { Question } from '../../src/lib/quiz/question-schema.ts';

const base = { section: 's', prompt: 'p', explanation: 'e', difficulty: 1 as const, tags: [] };
const single: Question = { ...base, id: 'q-single', kind: 'single', options: [{ text: 'A', why: 'a' }, { text: 'B', why: 'b' }, { text: 'C', why: 'c' }], answer: 1 };
const multiple: Question = { ...base, id: 'q-multi', kind: 'multiple', options: [{ text: 'A', why: 'a' }, { text: 'B', why: 'b' }, { text: 'C', why: 'c' }], answers: [0, 2] };
const tf: Question = { ...base, id: 'q-tf', kind: 'true-false', answer: false };
const typed: Question = { ...base, id: 'q-typed', kind: 'typed', accepted: ['보안 그룹', 'Security Group', 'SG'], exact: false, wrong: [] };
const ordering: Question = { ...base, id: 'q-order', kind: 'ordering', steps: ['AMI', '시작 템플릿', '대상 그룹', 'ALB', 'Auto Scaling 그룹'] };
const matching: Question = { ...base, id: 'q-match', kind: 'matching', pairs: [{ left: 'ALB', right: '7계층' }, { left: 'NLB', right: '4계층' }, { left: 'GWLB', right: '3계층' }] };

describe('normalization', () => {
  it('applies NFKC, lower case, punctuation and spacing', () => {
    expect(normalizeAnswer('ＥＣ２')).toBe('ec2');
    expect(normalizeAnswer('  Security-Group!! ')).toBe('security group');
    expect(compactAnswer('보안 그룹')).toBe(compactAnswer('보안그룹'));
    // NFD Hangul (as pasted from macOS) composes to the same syllables.
    expect(compactAnswer('보안그룹'.normalize('NFD'))).toBe('보안그룹');
  });
  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('abcd', 'abdc')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});

describe('typed answers', () => {
  it('accepts Korean, English and the abbreviation, ignoring case, spacing and punctuation', () => {
    for (const input of ['보안 그룹', '보안그룹', 'security group', 'SECURITY-GROUP', 'sg', ' S.G. ', 'ＳＧ']) {
      expect(checkTyped(input, typed.kind === 'typed' ? typed.accepted : []).result, input).toBe('correct');
    }
  });
  it('accepts one typo counted per jamo, with a note', () => {
    const r = grade(typed, { kind: 'typed', text: '보안그릅' });
    expect(r.correct).toBe(true);
    expect(r.typo).toBe(true);
    expect(r.message).toContain('오타');
    expect(checkTyped('securty group', ['security group']).result).toBe('typo');
  });
  it('rejects two jamo edits and typos in short answers', () => {
    expect(checkTyped('보완구룹', ['보안 그룹']).result).toBe('wrong');
    expect(checkTyped('EFS', ['EBS']).result).toBe('wrong');
    expect(checkTyped('', ['EBS']).result).toBe('wrong');
  });
  it('accepts each part of an answer written with parentheses', () => {
    expect(checkTyped('오토 스케일링', ['오토 스케일링(Auto Scaling)']).result).toBe('correct');
    expect(checkTyped('auto scaling', ['오토 스케일링(Auto Scaling)']).result).toBe('correct');
  });
  it('diffs typed against expected', () => {
    const parts = diffAnswer('보안그릅', '보안그룹');
    expect(parts.filter((p) => p.op === 'same').map((p) => p.text).join('')).toBe('보안그');
    expect(parts.find((p) => p.op === 'extra')?.text).toBe('릅');
    expect(parts.find((p) => p.op === 'missing')?.text).toBe('룹');
  });
});

describe('grading every kind', () => {
  it('single', () => {
    expect(grade(single, { kind: 'single', choice: 1 }).correct).toBe(true);
    const wrong = grade(single, { kind: 'single', choice: 0 });
    expect(wrong.correct).toBe(false);
    expect(wrong.message).toContain('정답: B');
  });
  it('multiple is all or nothing and reports each option', () => {
    expect(grade(multiple, { kind: 'multiple', choices: [2, 0] }).correct).toBe(true);
    const r = grade(multiple, { kind: 'multiple', choices: [0] });
    expect(r.correct).toBe(false);
    expect(r.items).toEqual([true, true, false]);
    expect(grade(multiple, { kind: 'multiple', choices: [0, 1, 2] }).correct).toBe(false);
  });
  it('true-false', () => {
    expect(grade(tf, { kind: 'true-false', value: false }).correct).toBe(true);
    expect(grade(tf, { kind: 'true-false', value: true }).message).toContain('거짓');
  });
  it('ordering needs the exact order', () => {
    expect(grade(ordering, { kind: 'ordering', order: [0, 1, 2, 3, 4] }).correct).toBe(true);
    const r = grade(ordering, { kind: 'ordering', order: [1, 0, 2, 3, 4] });
    expect(r.correct).toBe(false);
    expect(r.items).toEqual([false, false, true, true, true]);
  });
  it('matching grades each pair', () => {
    expect(grade(matching, { kind: 'matching', map: [0, 1, 2] }).correct).toBe(true);
    const r = grade(matching, { kind: 'matching', map: [1, 0, 2] });
    expect(r.items).toEqual([false, false, true]);
    expect(r.message).toContain('3쌍 중 2쌍');
  });
  it('a response of another kind is wrong', () => {
    expect(grade(single, { kind: 'typed', text: 'B' }).correct).toBe(false);
  });
});

describe('shuffling', () => {
  it('keeps every item and never leaves an ordering solved', () => {
    let seed = 1;
    const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    expect(shuffle([1, 2, 3, 4], rnd).sort()).toEqual([1, 2, 3, 4]);
    for (let i = 0; i < 50; i++) expect(scrambledOrder(3, rnd)).not.toEqual([0, 1, 2]);
    expect(scrambledOrder(3, () => 0.999)).not.toEqual([0, 1, 2]);
  });
});
