// Grading rules that mutation testing (npm run mutation) found unchecked: what a learner's typed answer must match,
// where a typo is forgiven, and what each kind of question says back.
import { describe, expect, it } from 'vitest';
import {
  answerForms, answerVariants, checkTyped, diffAnswer, differingSpan, digitRuns, grade, isIdentifierToken, normalizeAnswer, splitParentheses,
  TYPO_MIN_LENGTH, typoMask, typoPhrase,
} from '../../src/lib/quiz/grading.ts';
import type { Question } from '../../src/lib/quiz/question-schema.ts';
import { Grade } from '../../src/lib/srs/types.ts';

const base = { section: 's', prompt: 'p', explanation: 'e', difficulty: 1 as const, tags: [] };
const opts = (...texts: string[]) => texts.map((text) => ({ text, why: '이유' }));

describe('normal forms of an answer', () => {
  it('turns symbols and punctuation into spaces and collapses them', () => {
    expect(normalizeAnswer('C++ → $5')).toBe('c 5');
    expect(normalizeAnswer('  a   b  ')).toBe('a b');
    expect(normalizeAnswer('a\tb\nc')).toBe('a b c');
  });
  it('splits answers around half- and full-width parentheses', () => {
    expect(splitParentheses('탄력적 네트워크 인터페이스（ENI）')).toEqual({ outside: '탄력적 네트워크 인터페이스 ', inside: ['ENI'] });
    expect(splitParentheses('a(b) c(d)')).toEqual({ outside: 'a  c ', inside: ['b', 'd'] });
    expect(splitParentheses('없음')).toEqual({ outside: '없음', inside: [] });
    expect(splitParentheses('()')).toEqual({ outside: ' ', inside: [''] });
  });
  it('an accepted answer with parentheses also accepts each part; empty parts are dropped', () => {
    expect(answerVariants(['보안 그룹(SG)', 'NACL'])).toEqual(['보안 그룹(SG)', '보안 그룹 ', 'SG', 'NACL']);
    expect(answerVariants(['(ENI)'])).toEqual(['(ENI)', 'ENI']);
    expect(answerVariants(['!!'])).toEqual([]);
  });
  it('digit runs keep how a number is split', () => {
    expect(digitRuns('v1.2 build 3')).toBe('1.2.3');
    expect(digitRuns('없음')).toBe('');
    expect(digitRuns('ＧＰ３')).toBe('3');
  });
  it('identifier tokens: a digit, two capitals, a capital inside, or punctuation between letters', () => {
    for (const t of ['ＧＰ３', 'aB', 'ab-cd', 'a.b', 'a_b', 'x@y', 'k=v', 'a/b']) expect(isIdentifierToken(t), t).toBe(true);
    for (const t of ['Ab', 'ab', '-ab', 'ab-', '보안', 'Elastic']) expect(isIdentifierToken(t), t).toBe(false);
  });
  it('the typo mask is soft on ordinary words, hard on digits and identifiers', () => {
    expect(typoMask('gp3 볼륨')).toEqual([false, false, false, true, true]);
    expect(typoMask('보안 그룹')).toEqual([true, true, true, true]);
    expect(typoMask('2분')).toEqual([false, false]);
    expect(typoMask('(SG) 그룹')).toEqual([false, false, true, true]);
  });
  it('differingSpan finds the changed, added or removed characters between common ends', () => {
    expect(differingSpan('abcxef', 'abcyef')).toEqual({ start: 3, typed: 'x', expected: 'y' });
    expect(differingSpan('abef', 'abcef')).toEqual({ start: 2, typed: '', expected: 'c' });
    expect(differingSpan('abcef', 'abef')).toEqual({ start: 2, typed: 'c', expected: '' });
    expect(differingSpan('aaa', 'aa')).toEqual({ start: 2, typed: 'a', expected: '' });
    expect(differingSpan('same', 'same')).toEqual({ start: 4, typed: '', expected: '' });
    expect(differingSpan('보안그릅', '보안그룹')).toEqual({ start: 3, typed: '릅', expected: '룹' });
  });
  it('natural forms: a hedge only as a word, particles only on a word, endings not alone', () => {
    expect(answerForms('약간')).toEqual(['약간']);
    expect(answerForms('about 5')).toEqual(['about 5', '5']);
    expect(answerForms('5 min before')).toEqual(['5 min before', '5 min']);
    expect(answerForms('요')).toEqual(['요']);
    expect(answerForms('보안 그룹 을')).toEqual(['보안 그룹 을']);
    expect(answerForms('그룹을')).toEqual(['그룹을', '그룹']);
    expect(answerForms('')).toEqual([]);
  });
});

describe('typed answers', () => {
  const result = (input: string, accepted: string[], options = {}) => checkTyped(input, accepted, options).result;
  it(`typos are forgiven from ${TYPO_MIN_LENGTH} characters on, counted without spaces`, () => {
    expect(TYPO_MIN_LENGTH).toBe(4);
    expect(result('인스턴즈', ['인스턴스'])).toBe('typo');
    expect(result('서브냇', ['서브넷'])).toBe('wrong');
    expect(result('abce', ['abcd'])).toBe('typo');
    expect(result('abd', ['abc'])).toBe('wrong');
    expect(result('a bd', ['a bc'])).toBe('wrong');
  });
  it('nothing typed, or only punctuation, is wrong and names the first accepted answer', () => {
    expect(checkTyped('  ', ['보안 그룹', 'SG'])).toEqual({ result: 'wrong', matched: '보안 그룹' });
    expect(checkTyped('?!', ['보안 그룹'])).toEqual({ result: 'wrong', matched: '보안 그룹' });
    expect(checkTyped('무엇', [])).toEqual({ result: 'wrong', matched: '' });
  });
  it('a right answer names the accepted answer (or part) it matched', () => {
    expect(checkTyped('sg', ['보안 그룹(SG)'])).toEqual({ result: 'correct', matched: 'SG' });
    expect(checkTyped('보안 그룹(SG)', ['보안 그룹', 'SG'])).toEqual({ result: 'correct', matched: '보안 그룹' });
  });
  it('the learner’s parentheses: one typo in one part is a typo, two typos or a wrong part are wrong', () => {
    const accepted = ['보안 그룹', 'Security Group'];
    const one = checkTyped('보안 그릅(Security Group)', accepted);
    expect(one).toEqual({ result: 'typo', matched: '보안 그룹', typo: { expected: '룹', typed: '릅' } });
    expect(result('보안 그릅(Securty Group)', accepted)).toBe('wrong');
    expect(result('보안 그룹(NACL)', accepted)).toBe('wrong');
  });
  it('a listed wrong answer typed as it is stays wrong; empty wrong entries are ignored', () => {
    expect(result('stopping', ['stopped'], { wrong: ['stopping'] })).toBe('wrong');
    expect(result('stoppde', ['stopped'], { wrong: ['', '  '] })).toBe('typo');
    // A typo that is as close to a listed near miss is not forgiven...
    expect(result('stoppeng', ['stopped'], { wrong: ['stopping'] })).toBe('wrong');
    // ...but a typo far from every near miss is.
    expect(result('stoppde', ['stopped'], { wrong: ['terminated'] })).toBe('typo');
  });
  it('an added character next to a digit is not a typo; an added letter at the end of a word is', () => {
    expect(result('hypervisors', ['hypervisor'])).toBe('typo');
    expect(result('보안 그룹들', ['보안 그룹'])).toBe('wrong'); // a whole syllable is three jamo edits
    expect(result('1분x', ['1분'])).toBe('wrong');
    expect(result('포트번호 22x', ['포트번호 22'])).toBe('wrong');
  });
});

describe('what grading says back', () => {
  it('single: marks the key among the options and names it when wrong', () => {
    const q: Question = { ...base, id: 's', kind: 'single', options: opts('A', 'B', 'C'), answer: 2 };
    expect(grade(q, { kind: 'single', choice: 2 })).toEqual({ correct: true, typo: false, items: [false, false, true], message: '정답입니다.', suggested: Grade.Good });
    expect(grade(q, { kind: 'single', choice: 0 })).toEqual({ correct: false, typo: false, items: [false, false, true], message: '오답입니다. 정답: C', suggested: Grade.Again });
    expect(grade(q, { kind: 'true-false', value: true }).correct).toBe(false);
  });
  it('multiple: names every key, in order, when wrong', () => {
    const q: Question = { ...base, id: 'm', kind: 'multiple', options: opts('A', 'B', 'C', 'D'), answers: [1, 3] };
    expect(grade(q, { kind: 'multiple', choices: [1] }).message).toBe('오답입니다. 정답: B, D');
    expect(grade(q, { kind: 'multiple', choices: [3, 1] }).message).toBe('정답입니다.');
    expect(grade(q, { kind: 'single', choice: 1 })).toMatchObject({ correct: false, items: [true, false, true, false] });
  });
  it('true/false: names the right value both ways', () => {
    const t: Question = { ...base, id: 't', kind: 'true-false', answer: true };
    expect(grade(t, { kind: 'true-false', value: false })).toMatchObject({ correct: false, items: [false], message: '오답입니다. 정답: 참(O)' });
    expect(grade(t, { kind: 'true-false', value: true })).toMatchObject({ correct: true, items: [true], message: '정답입니다.' });
    expect(grade({ ...t, answer: false }, { kind: 'true-false', value: true }).message).toBe('오답입니다. 정답: 거짓(X)');
    expect(grade(t, { kind: 'single', choice: 0 }).correct).toBe(false);
  });
  it('typed: right, typo and wrong answers each say what was expected', () => {
    const q: Question = { ...base, id: 'y', kind: 'typed', accepted: ['보안 그룹', 'Security Group'], exact: false, wrong: [] };
    expect(grade(q, { kind: 'typed', text: 'security group' })).toEqual({ correct: true, typo: false, items: [true], message: '정답입니다.', expected: 'Security Group', suggested: Grade.Good, diff: [{ text: 'security group', op: 'same' }] });
    expect(grade(q, { kind: 'typed', text: '보안 그릅' })).toEqual({
      correct: true, typo: true, items: [true], message: '정답입니다 (오타 하나를 허용했습니다). 정확한 표기: 보안 그룹', expected: '보안 그룹',
      typoDetail: { expected: '룹', typed: '릅' }, suggested: Grade.Hard,
      diff: [{ text: '보안 그', op: 'same' }, { text: '릅', op: 'extra' }, { text: '룹', op: 'missing' }],
    });
    expect(grade(q, { kind: 'typed', text: '방화벽' })).toEqual({ correct: false, typo: false, items: [false], message: '오답입니다. 정답: 보안 그룹', expected: '보안 그룹', suggested: Grade.Again, diff: [{ text: '방화벽', op: 'extra' }, { text: '보안 그룹', op: 'missing' }] });
    expect(grade(q, { kind: 'single', choice: 0 }).correct).toBe(false);
  });
  it('ordering: every step in place, no step missing; the right order is spelled out', () => {
    const q: Question = { ...base, id: 'o', kind: 'ordering', steps: ['AMI', '시작 템플릿', 'Auto Scaling 그룹'] };
    expect(grade(q, { kind: 'ordering', order: [0, 1] })).toMatchObject({ correct: false, items: [true, true, false] });
    expect(grade(q, { kind: 'ordering', order: [0, 2, 1] }).message).toBe('오답입니다. 올바른 순서: AMI → 시작 템플릿 → Auto Scaling 그룹');
    expect(grade(q, { kind: 'ordering', order: [0, 1, 2] }).message).toBe('정답입니다.');
    expect(grade(q, { kind: 'single', choice: 0 })).toMatchObject({ correct: false, items: [false, false, false] });
  });
  it('matching: a right item of the same text counts; unanswered pairs are wrong and counted', () => {
    const q: Question = { ...base, id: 'x', kind: 'matching', pairs: [{ left: 'ALB', right: '7계층' }, { left: 'API Gateway', right: '7계층' }, { left: 'NLB', right: '4계층' }] };
    expect(grade(q, { kind: 'matching', map: [1, 0, 2] })).toMatchObject({ correct: true, items: [true, true, true] });
    expect(grade(q, { kind: 'matching', map: [0, -1, 1] })).toMatchObject({ correct: false, items: [true, false, false], message: '오답입니다. 3쌍 중 2쌍이 틀렸습니다.' });
    expect(grade(q, { kind: 'matching', map: [0] })).toMatchObject({ correct: false, items: [true, false, false] });
    expect(grade(q, { kind: 'single', choice: 0 })).toMatchObject({ correct: false, items: [false, false, false] });
  });
});

describe('comparison view', () => {
  it('diffAnswer marks what was typed extra and what is missing, at either end', () => {
    expect(diffAnswer('보안 그룹', '보안 그룹')).toEqual([{ text: '보안 그룹', op: 'same' }]);
    expect(diffAnswer('', 'ab')).toEqual([{ text: 'ab', op: 'missing' }]);
    expect(diffAnswer('ab', '')).toEqual([{ text: 'ab', op: 'extra' }]);
    expect(diffAnswer('abx', 'ab')).toEqual([{ text: 'ab', op: 'same' }, { text: 'x', op: 'extra' }]);
    expect(diffAnswer('ab', 'abyz')).toEqual([{ text: 'ab', op: 'same' }, { text: 'yz', op: 'missing' }]);
    expect(diffAnswer('xab', 'ab')).toEqual([{ text: 'x', op: 'extra' }, { text: 'ab', op: 'same' }]);
    expect(diffAnswer('ab', 'yab')).toEqual([{ text: 'y', op: 'missing' }, { text: 'ab', op: 'same' }]);
    expect(diffAnswer('axc', 'abc')).toEqual([{ text: 'a', op: 'same' }, { text: 'x', op: 'extra' }, { text: 'b', op: 'missing' }, { text: 'c', op: 'same' }]);
  });
  it('typoPhrase words an added, a missing and a changed character', () => {
    expect(typoPhrase({ expected: '', typed: 'x' })).toBe('‘x’ 더 씀');
    expect(typoPhrase({ expected: 'i', typed: '' })).toBe('‘i’ 빠짐');
    expect(typoPhrase({ expected: '룹', typed: '릅' })).toBe('‘릅’ 대신 ‘룹’');
  });
});
