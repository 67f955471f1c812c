// Cue checks of the question bank: each rule passes a clean fixture and names the lesson and question of a bad one.
import { describe, expect, it } from 'vitest';
import { assertBank, checkCues, cueStats, keyIsStrictlyLongest, promptGivesAnswer, type BankFile, type BankIssue } from '../../src/lib/quiz/bank-checks.ts';
import type { Question } from '../../src/lib/quiz/question-schema.ts';

const source = 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/concepts.html';
const base = { section: 's', explanation: '설명', difficulty: 2 as const, tags: [], source };
let n = 0;
const id = () => `q-${++n}`;
const tf = (answer: boolean, over: Partial<Question> = {}): Question => ({ ...base, id: id(), kind: 'true-false', prompt: '문장', answer, ...over }) as Question;
const single = (texts: string[], answer: number, prompt = '어느 것입니까?'): Question => ({ ...base, id: id(), kind: 'single', prompt, options: texts.map((text) => ({ text, why: '이유' })), answer });
const multiple = (answers: number[]): Question => ({ ...base, id: id(), kind: 'multiple', prompt: '모두 고르십시오', options: ['가나', '다라', '마바', '사아'].map((text) => ({ text, why: '이유' })), answers });
const typed = (accepted: string[], wrong: string[] = ['다른 답'], prompt = '무엇입니까?'): Question => ({ ...base, id: id(), kind: 'typed', prompt, accepted, exact: false, wrong });
const matching = (rights: string[]): Question => ({ ...base, id: id(), kind: 'matching', prompt: '짝을 맞추십시오', pairs: rights.map((right, i) => ({ left: `왼쪽${i}`, right })) });
const file = (lesson: string, questions: Question[]): BankFile => ({ file: `src/content/questions/${lesson}.yaml`, lesson, questions });
const codes = (issues: BankIssue[]) => issues.map((i) => i.code);

/** A bank that passes every cue check: balanced true/false, keys not longest, key sizes varied. */
function cleanBank(): BankFile[] {
  return [
    file('ami', [tf(true), tf(false), tf(true), tf(false), single(['짧은 답', '조금 더 긴 보기', '보기 셋'], 0), multiple([0, 1]), typed(['골든 이미지'])]),
    file('pricing', [tf(true), tf(false), single(['정답 보기', '아주 긴 오답 보기', '오답'], 0), multiple([2]), matching(['하나', '둘', '셋'])]),
  ];
}

describe('cue checks', () => {
  it('pass a clean bank', () => {
    expect(checkCues(cleanBank())).toEqual([]);
  });
  it('true/false: 40–60 % true over the bank', () => {
    const bank = [file('ami', [tf(false), tf(false), tf(false), tf(true), tf(false)]), file('pricing', [tf(false), tf(false), tf(true), tf(false), tf(false)])];
    const issues = checkCues(bank).filter((i) => i.code === 'true-false-balance');
    expect(issues.some((i) => i.questionId === null && i.message.includes('문항 은행 전체') && i.message.includes('20%'))).toBe(true);
  });
  it('true/false: no lesson beyond 30/70, naming the lesson', () => {
    const bank = [file('ami', [tf(true), tf(true), tf(true), tf(true), tf(true), tf(true), tf(true), tf(false)]), file('pricing', [tf(false), tf(false), tf(false), tf(false), tf(false), tf(false), tf(true), tf(true)])];
    const issues = checkCues(bank).filter((i) => i.code === 'true-false-balance');
    expect(issues.map((i) => i.file)).toEqual(['src/content/questions/ami.yaml', 'src/content/questions/pricing.yaml']);
    expect(issues[0]?.message).toContain('레슨 ami');
    // a lesson with one true/false item cannot be judged by share; with two, one must be true
    expect(checkCues([file('x', [tf(true)]), file('y', [tf(false)])])).toEqual([]);
    expect(codes(checkCues([file('x', [tf(true), tf(true)]), file('y', [tf(false), tf(false), tf(false), tf(false), tf(true), tf(true)])]))).toEqual(['true-false-balance']);
  });
  it('key strictly longest in at most 35 % of single-choice items', () => {
    expect(keyIsStrictlyLongest(single(['아주 긴 정답 보기', '짧음', '짧다'], 0))).toBe(true);
    expect(keyIsStrictlyLongest(single(['같은 길이', '같은 길이2', '짧다'], 1))).toBe(true);
    expect(keyIsStrictlyLongest(single(['같은길이a', '같은길이b', '짧다'], 0))).toBe(false);
    const longest = () => single(['아주 긴 정답 보기', '짧음', '짧다'], 0);
    const fine = () => single(['짧음', '아주 긴 오답 보기', '짧다'], 0);
    expect(codes(checkCues([file('a', [longest(), fine(), fine()])]))).not.toContain('key-longest'); // 33 %
    const issues = checkCues([file('a', [longest(), longest(), fine()]), file('b', [fine()])]); // 50 %
    expect(issues.find((i) => i.code === 'key-longest')?.message).toMatch(/4개 중 2개\(50%\).*a 2개/);
  });
  it('multi-select keys not all of one size', () => {
    expect(codes(checkCues([file('a', [multiple([0, 1]), multiple([2, 3]), multiple([1, 3])])]))).toContain('multiple-key-size');
    expect(codes(checkCues([file('a', [multiple([0, 1]), multiple([2]), multiple([1, 3])])]))).not.toContain('multiple-key-size');
  });
  it('matching right items distinct', () => {
    const bad = matching(['7계층', '4계층', '7 계층']);
    const issues = checkCues([file('elb', [bad])]);
    expect(issues.find((i) => i.code === 'matching-right-repeated')).toMatchObject({ file: 'src/content/questions/elb.yaml', questionId: bad.id });
  });
  it('a typed prompt must not contain an accepted answer; a single prompt must not contain its key alone', () => {
    expect(promptGivesAnswer(typed(['AWSALB'], ['AWSELB'], 'ALB 고정 세션 쿠키(AWSALB)의 이름은 무엇입니까?'))).toBe('AWSALB');
    expect(promptGivesAnswer(typed(['인스턴스 프로파일'], ['x'], 'EC2에 역할을 넘기는 인스턴스프로파일이란?'))).toBe('인스턴스 프로파일');
    expect(promptGivesAnswer(typed(['gp3'], ['gp2'], 'gp2의 후속 볼륨 유형은 무엇입니까?'))).toBeNull();
    expect(promptGivesAnswer(single(['P3', 'G6', 'Inf2'], 0, '흔히 P3, G4가 소개됩니다. 이전 세대는?'))).toBe('P3');
    // the key printed beside a distractor only repeats the choice
    expect(promptGivesAnswer(single(['gp3', 'gp2', 'io2'], 0, 'gp2와 gp3 중 기준 성능이 따로 정해지는 것은?'))).toBeNull();
    const q = typed(['AWSALB'], ['AWSELB'], '쿠키 AWSALB의 역할은?');
    expect(checkCues([file('elb', [q])]).find((i) => i.code === 'prompt-gives-answer')).toMatchObject({ questionId: q.id });
  });
  it('prompts must not cite note files', () => {
    const a = tf(true, { prompt: '노트 004는 골든 이미지를 설명합니다.' });
    const b = tf(false, { prompt: '000_intro.txt에 따르면 EC2는 서버리스입니다.' });
    const c = tf(true, { prompt: '흔히 AMI는 스냅샷과 같다고 알려져 있습니다.' });
    const issues = checkCues([file('ami', [a, b, c])]).filter((i) => i.code === 'note-citation');
    expect(issues.map((i) => i.questionId)).toEqual([a.id, b.id]);
  });
  it('every question has a source; every typed question a wrong: list', () => {
    const noSource = { ...tf(true), source: undefined } as Question;
    const noWrong = typed(['골든 이미지'], []);
    const issues = checkCues([file('ami', [noSource, tf(false), noWrong])]);
    expect(issues.filter((i) => i.code === 'missing-source').map((i) => i.questionId)).toEqual([noSource.id]);
    expect(issues.filter((i) => i.code === 'missing-wrong').map((i) => i.questionId)).toEqual([noWrong.id]);
  });
  it('cueStats gives the figures behind the checks', () => {
    const s = cueStats(cleanBank());
    expect(s.trueFalse).toEqual([{ lesson: 'ami', true: 2, total: 4 }, { lesson: 'pricing', true: 1, total: 2 }]);
    expect(s.singles).toBe(2);
    expect(s.keyLongest).toBe(0);
    expect([...s.multipleKeySizes].sort()).toEqual([[1, 1], [2, 1]]);
  });
});

describe('assertBank and cue enforcement', () => {
  const lessons = [{ id: 'ami', anchors: new Set(['s']) }, { id: 'pricing', anchors: new Set(['s']) }];
  const skewed = () => [file('ami', [tf(false), tf(false), tf(false), tf(false), tf(false)])];
  it('warns (and does not fail) on cue issues while they are not enforced', () => {
    const warnings: string[] = [];
    expect(() => assertBank(skewed(), lessons, { enforceCues: false, warn: (m) => warnings.push(m) })).not.toThrow();
    expect(warnings.join('\n')).toContain('참/거짓');
  });
  it('fails on cue issues once enforced, naming the lesson', () => {
    expect(() => assertBank(skewed(), lessons, { enforceCues: true, warn: () => {} })).toThrow(/ami\.yaml.*레슨 ami/);
    expect(() => assertBank(cleanBank(), lessons, { enforceCues: true, warn: () => {} })).not.toThrow();
  });
  it('fails when the grader disagrees with a typed question (a wrong: answer it accepts)', () => {
    expect(() => assertBank([file('ami', [typed(['보안 그룹'], ['보안그룹'])])], lessons, { enforceCues: false, warn: () => {} })).toThrow(/wrong:에 적은 "보안그룹"/);
    expect(() => assertBank([file('ami', [typed(['보안 그룹'], ['네트워크 ACL'])])], lessons, { enforceCues: false, warn: () => {} })).not.toThrow();
  });
});
