// The reveal relation: which question prints another's answer before that one is asked.
import { describe, expect, it } from 'vitest';
import { answerMatcher, computeLeaks, leakMap } from '../../src/lib/quiz/leaks.ts';
import type { Question } from '../../src/lib/quiz/question-schema.ts';

const base = { section: 's', explanation: '설명입니다.', difficulty: 1 as const, tags: [] };
const typed = (id: string, accepted: string[], prompt = '무엇입니까?'): Question => ({ ...base, id, kind: 'typed', prompt, accepted, exact: false, wrong: [] });
const single = (id: string, texts: string[], answer: number, prompt = '어느 것입니까?'): Question => ({ ...base, id, kind: 'single', prompt, options: texts.map((text) => ({ text, why: '이유' })), answer });
const tf = (id: string, prompt: string, explanation = '설명입니다.'): Question => ({ ...base, id, kind: 'true-false', prompt, answer: true, explanation });

describe('answerMatcher', () => {
  it('matches across spacing and case, with a Korean particle after', () => {
    const m = answerMatcher('인스턴스 프로파일');
    expect(m?.test('ec2에 인스턴스프로파일을 붙입니다')).toBe(true);
    expect(answerMatcher('Security Group')?.test('security group 규칙')).toBe(true);
  });
  it('does not match inside a longer Latin word or number', () => {
    expect(answerMatcher('SP')?.test('spot 인스턴스')).toBe(false);
    expect(answerMatcher('gp3')?.test('gp30')).toBe(false);
    expect(answerMatcher('120초')?.test('1120초')).toBe(false);
  });
  it('ignores bare one- or two-digit numbers and empty text', () => {
    expect(answerMatcher('2')).toBeNull();
    expect(answerMatcher('...')).toBeNull();
    expect(answerMatcher('169.254.169.254')).not.toBeNull();
  });
});

describe('computeLeaks', () => {
  it('finds a typed answer in another prompt, options or feedback, never in its own', () => {
    const a = typed('a', ['AWSALB'], 'ALB 고정 세션 쿠키의 이름은?');
    const inPrompt = tf('b', 'AWSALB 쿠키는 ALB가 만듭니다.');
    const inOptions = single('c', ['AWSALB', 'JSESSIONID', 'AWSELB'], 1);
    const inFeedback = tf('d', '쿠키 이름은 애플리케이션이 정합니다.', '기간 기반 고정 세션은 AWSALB 쿠키를 씁니다.');
    const unrelated = tf('e', '보안 그룹은 상태 저장입니다.');
    const leaks = leakMap(computeLeaks([a, inPrompt, inOptions, inFeedback, unrelated]));
    expect(leaks.get('b')).toEqual(['a']);
    expect(leaks.get('c')).toEqual(['a']);
    expect(leaks.get('d')).toEqual(['a']);
    expect(leaks.has('e')).toBe(false);
    expect(leaks.has('a')).toBe(false);
  });
  it("a choice key counts only when printed without the question's distractors", () => {
    const a = single('a', ['gp3', 'gp2', 'io2'], 0, '기준 성능이 크기와 무관한 볼륨은?');
    const justKey = tf('b', 'gp3는 3,000 IOPS를 기본으로 줍니다.');
    const sameChoice = tf('c', 'gp2와 gp3는 모두 SSD입니다.');
    const leaks = leakMap(computeLeaks([a, justKey, sameChoice]));
    expect(leaks.get('b')).toEqual(['a']);
    expect(leaks.has('c')).toBe(false);
  });
});

describe('leakMap', () => {
  it('reads only well-formed entries', () => {
    const bad = [['a', ['b', 3]], ['x'], 'y', null, [1, ['z']]] as unknown as Parameters<typeof leakMap>[0];
    expect([...leakMap(bad)]).toEqual([['a', ['b']]]);
    expect(leakMap(undefined).size).toBe(0);
  });
});
