import { describe, expect, it } from 'vitest';
import { pickJosa, withJosa } from '../../src/lib/korean.ts';

describe('particles after values', () => {
  it('reads numbers aloud', () => {
    expect(withJosa('2', '으로/로')).toBe('2로');
    expect(withJosa('3', '으로/로')).toBe('3으로');
    expect(withJosa('10', '으로/로')).toBe('10으로');
    expect(withJosa('0', '을/를')).toBe('0을');
    expect(withJosa('최소 1', '이/가')).toBe('최소 1이');
    expect(withJosa('7', '으로/로')).toBe('7로');
  });
  it('uses Hangul endings and skips closing quotes', () => {
    expect(withJosa('중지', '을/를')).toBe('중지를');
    expect(withJosa('시작', '을/를')).toBe('시작을');
    expect(`'시작'${pickJosa("'시작'", '을/를')}`).toBe("'시작'을");
  });
  it('takes a reading for Latin words', () => {
    expect(withJosa('running', '이/가', '러닝')).toBe('running이');
    expect(withJosa('ap-northeast-2a', '은/는', '에이')).toBe('ap-northeast-2a는');
  });
});
