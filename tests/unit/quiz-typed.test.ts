// The typed-answer grader: numbers and identifiers are facts, natural forms are right, and every typed question
// of the real bank passes its own accepted and `wrong:` lists.
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { answerForms, checkTyped, grade, isIdentifierToken, suggestGrade, typoMask, typoPhrase } from '../../src/lib/quiz/grading.ts';
import type { Question } from '../../src/lib/quiz/question-schema.ts';
import { Grade } from '../../src/lib/srs/types.ts';

const result = (input: string, accepted: string[], options = {}) => checkTyped(input, accepted, options).result;

describe('no typo tolerance in digits, addresses and identifiers', () => {
  it('digits: another number is another fact', () => {
    expect(result('169.254.169.253', ['169.254.169.254'])).toBe('wrong');
    expect(result('169.254.169.25.4', ['169.254.169.254'])).toBe('wrong');
    expect(result('130초', ['2분', '120초'])).toBe('wrong');
    expect(result('연속 3회', ['2', '2회', '연속 2회'])).toBe('wrong');
    expect(result('port 8080', ['port 80'])).toBe('wrong');
    expect(result('5세대', ['4세대'])).toBe('wrong');
  });
  it('identifiers: cookie, volume-type, API and instance-type names', () => {
    expect(result('AWSELB', ['AWSALB'])).toBe('wrong');
    expect(result('awselb', ['AWSALB'])).toBe('wrong');
    expect(result('범용 SSD gp2', ['gp3', '범용 SSD gp3'])).toBe('wrong');
    expect(result('gp2', ['gp3'])).toBe('wrong');
    expect(result('t3.micor', ['t3.micro'])).toBe('wrong');
    expect(result('DeleteOnTerminaton', ['DeleteOnTermination'])).toBe('wrong');
    expect(result('Pending:Wiat', ['Pending:Wait'])).toBe('wrong');
    expect(result('AWSTEO', ['AWSTOE'])).toBe('wrong');
  });
  it('classifies tokens', () => {
    for (const t of ['gp3', 'AWSALB', 'ENI', 'DeleteOnTermination', 'Pending:Wait', 'cloud-init-output.log', '120초']) expect(isIdentifierToken(t), t).toBe(true);
    for (const t of ['Elastic', 'hypervisor', '보안', '그룹', 'Savings']) expect(isIdentifierToken(t), t).toBe(false);
    expect(typoMask('범용 SSD gp3')).toEqual([true, true, false, false, false, false, false, false]);
  });
  it('still forgives one jamo or letter in ordinary words, and shows which', () => {
    const r = checkTyped('보안그릅', ['보안 그룹']);
    expect(r.result).toBe('typo');
    expect(r.typo).toEqual({ expected: '룹', typed: '릅' });
    expect(checkTyped('Elastc IP', ['Elastic IP']).typo).toEqual({ expected: 'i', typed: '' });
    expect(result('hypervsor', ['hypervisor'])).toBe('typo');
    // ...but not next to an identifier: a letter added to "IP" or "gp3" is another name
    expect(result('Elastic IPv', ['Elastic IP'])).toBe('wrong');
  });
  it('exact: true turns typo tolerance off', () => {
    expect(result('hypervsor', ['hypervisor'], { exact: true })).toBe('wrong');
    expect(result('hypervisor', ['hypervisor'], { exact: true })).toBe('correct');
  });
  it('a typo towards a listed near miss is wrong', () => {
    expect(result('NAT 게이트웨이', ['인터넷 게이트웨이'], { wrong: ['NAT 게이트웨이'] })).toBe('wrong');
    expect(result('stoping', ['stopped'], { wrong: ['stopping'] })).toBe('wrong');
  });
});

describe('natural forms are right', () => {
  it("the learner's own parentheses, either way", () => {
    const eni = ['ENI', '탄력적 네트워크 인터페이스', 'Elastic Network Interface'];
    expect(result('탄력적 네트워크 인터페이스(ENI)', eni)).toBe('correct');
    expect(result('ENI(탄력적 네트워크 인터페이스)', eni)).toBe('correct');
    expect(result('ENI (Elastic Network Interface)', eni)).toBe('correct');
    expect(result('보안 그룹(Security Group)', ['Security Group(보안 그룹)'])).toBe('correct');
    expect(result('Security Group(보안 그룹)', ['보안 그룹(Security Group)'])).toBe('correct');
    // every part must be right
    expect(result('ENI(ENA)', eni)).toBe('wrong');
    expect(result('gp3(gp2)', ['gp3'])).toBe('wrong');
    // one typo in one part is still a typo
    expect(result('탄력적 네트워크 인터페이스(EN)', eni)).toBe('wrong');
    expect(result('탄력적 네트워크 인터페이쓰(ENI)', eni)).toBe('typo');
  });
  it('trailing particles, endings and hedges', () => {
    const spot = ['2분', '120초', 'two minutes'];
    for (const input of ['2분 전에', '2분 전', '약 2분', '2분 정도', '2분쯤', '2분입니다', '2분입니다.', '약 2분 전에', '120초 전', '약2분', 'about two minutes']) {
      expect(result(input, spot), input).toBe('correct');
    }
    expect(result('SMB를', ['SMB'])).toBe('correct');
    expect(result('인스턴스 프로파일입니다', ['인스턴스 프로파일'])).toBe('correct');
    expect(result('1분 전에', spot)).toBe('wrong');
    expect(result('약 3분', spot)).toBe('wrong');
    expect(answerForms('2분 전에')).toContain('2분');
  });
  it('spacing and case', () => {
    expect(result('인스턴스프로파일', ['인스턴스 프로파일'])).toBe('correct');
    expect(result('INSTANCE PROFILE', ['instance profile'])).toBe('correct');
    expect(result('awsalb', ['AWSALB'])).toBe('correct');
  });
  it('is total on odd input', () => {
    for (const input of ['', '   ', '()', '(((', '))', '약', '전에', '입니다', '\u0000', '🙂'.repeat(50)]) {
      expect(['correct', 'typo', 'wrong']).toContain(checkTyped(input, ['2분']).result);
    }
    expect(checkTyped('x', []).result).toBe('wrong');
  });
});

describe('suggested grade', () => {
  it('maps right, typo, unsure and wrong', () => {
    expect(suggestGrade({ correct: true, typo: false, unsure: false })).toBe(Grade.Good);
    expect(suggestGrade({ correct: true, typo: true, unsure: false })).toBe(Grade.Hard);
    expect(suggestGrade({ correct: true, typo: false, unsure: true })).toBe(Grade.Again);
    expect(suggestGrade({ correct: true, typo: true, unsure: true })).toBe(Grade.Again);
    expect(suggestGrade({ correct: false, typo: false, unsure: false })).toBe(Grade.Again);
  });
  it('grade() suggests Hard for a typo and says which character differed', () => {
    const q: Question = { id: 't', section: 's', prompt: 'p', explanation: 'e', difficulty: 1, tags: [], kind: 'typed', accepted: ['보안 그룹'], exact: false, wrong: [] };
    const v = grade(q, { kind: 'typed', text: '보안그릅' });
    expect(v).toMatchObject({ correct: true, typo: true, suggested: Grade.Hard, typoDetail: { expected: '룹', typed: '릅' } });
    expect(v.message).toContain('오타');
    expect(typoPhrase(v.typoDetail ?? { expected: '', typed: '' })).toBe('‘릅’ 대신 ‘룹’');
    expect(typoPhrase({ expected: 'i', typed: '' })).toBe('‘i’ 빠짐');
    expect(grade(q, { kind: 'typed', text: '보안 그룹' }).suggested).toBe(Grade.Good);
    expect(grade({ ...q, exact: true }, { kind: 'typed', text: '보안그릅' }).correct).toBe(false);
  });
});

interface TypedYaml { id: string; kind: string; accepted?: string[]; wrong?: string[]; exact?: boolean }
const dir = new URL('../../src/content/questions/', import.meta.url);
const typedQuestions = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) => ((parse(readFileSync(new URL(f, dir), 'utf8')) as { questions: TypedYaml[] }).questions ?? []).filter((q) => q.kind === 'typed').map((q) => ({ file: f, ...q })));

describe('the real bank', () => {
  it('has typed questions to check', () => {
    expect(typedQuestions.length).toBeGreaterThan(20);
  });
  it.each(typedQuestions.map((q) => [`${q.file} ${q.id}`, q] as const))('%s: every accepted answer is right, every wrong: answer is wrong', (_, q) => {
    const options = { exact: q.exact === true, wrong: q.wrong ?? [] };
    for (const a of q.accepted ?? []) expect(checkTyped(a, q.accepted ?? [], options).result, `accepted ${a}`).toBe('correct');
    for (const w of q.wrong ?? []) expect(checkTyped(w, q.accepted ?? [], options).result, `wrong ${w}`).toBe('wrong');
  });
});

describe('properties', () => {
  it('never throws, and an accepted answer typed as it is is always right', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string({ minLength: 1 }), { maxLength: 4 }), fc.array(fc.string(), { maxLength: 3 }), fc.boolean(), (input, accepted, wrong, exact) => {
        const r = checkTyped(input, accepted, { exact, wrong });
        expect(['correct', 'typo', 'wrong']).toContain(r.result);
        for (const a of accepted) {
          const usable = a.replace(/[\p{P}\p{S}\s]/gu, '').length > 0 && !/[(（)）]/.test(a);
          if (usable) expect(checkTyped(a, accepted, { exact, wrong }).result).toBe('correct');
        }
      }),
      { numRuns: 300 },
    );
  });
  it('a typo is never accepted when the digits differ', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 999 }), fc.constantFrom('초', '분', '회', ' GB', '번 포트'), (a, b, unit) => {
        fc.pre(a !== b);
        expect(checkTyped(`${b}${unit}`, [`${a}${unit}`]).result).toBe('wrong');
      }),
    );
  });
});
