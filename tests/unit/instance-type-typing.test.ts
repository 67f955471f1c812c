import { describe, expect, it } from 'vitest';
import { decodeInstanceType, familySizes, fromKoreanKeyboard, typingHint, UNDEFINED_OPTION_LABEL, describeOption } from '../../src/lib/instance-type/index.ts';

describe('typingHint', () => {
  it('explains a real family typed without its size, with all its real sizes', () => {
    expect(typingHint('t3')).toEqual({ kind: 'family', family: 't3', sizePrefix: '', sizes: familySizes('t3') });
    expect(typingHint(' M5D ')).toMatchObject({ kind: 'family', family: 'm5d', sizes: familySizes('m5d') });
    expect(typingHint('m5d.')).toMatchObject({ kind: 'family', family: 'm5d', sizePrefix: '' });
  });

  it('narrows the sizes to what was typed after the dot', () => {
    const hint = typingHint('t3.x');
    expect(hint).toMatchObject({ kind: 'family', sizePrefix: 'x', sizes: ['xlarge'] });
    expect(typingHint('m5.2x')).toMatchObject({ sizes: ['2xlarge'] });
    const metal = typingHint('m8g.met');
    expect(metal?.kind === 'family' ? metal.sizes : []).toEqual(familySizes('m8g').filter((s) => s.startsWith('met')));
    expect(metal?.kind === 'family' ? metal.sizes.length : 0).toBeGreaterThan(1);
  });

  it('lists real families that start with a prefix', () => {
    const hint = typingHint('m7');
    expect(hint?.kind).toBe('family-prefix');
    if (hint?.kind !== 'family-prefix') return;
    expect(hint.families).toEqual(expect.arrayContaining(['m7a', 'm7g', 'm7i']));
    expect(hint.families.every((f) => f.startsWith('m7'))).toBe(true);
  });

  it('is null for finished names, mistakes and prototype names', () => {
    for (const input of ['t3.micro', 'm8g.metal-24xl', 'm5.xxlarge', 't3.q', 'zz9', '', 'constructor', '__proto__', 'm5..large', '5m']) {
      expect(typingHint(input), input).toBeNull();
    }
    expect(decodeInstanceType('t3').ok).toBe(false);
  });
});

describe('fromKoreanKeyboard', () => {
  it('reads the keys typed with the Korean layout on the English layout', () => {
    expect(fromKoreanKeyboard('ㅡ5.xlarge')).toBe('m5.xlarge');
    expect(fromKoreanKeyboard('ㅅ3.ㅡㅑㅊ개')).toBe('t3.micro');
    expect(fromKoreanKeyboard('ㅊ7ㅎㅜ.ㅣㅁㄱㅎㄷ')).toBe('c7gn.large');
  });
  it('is null without Hangul', () => {
    expect(fromKoreanKeyboard('m5.xlarge')).toBeNull();
    expect(fromKoreanKeyboard('')).toBeNull();
  });
});

describe('undefined option letters in plain words', () => {
  it('says AWS does not explain the letter and names the real families using it', () => {
    const f = describeOption('f', 'accelerated-computing');
    expect(f.label).toBe(UNDEFINED_OPTION_LABEL);
    expect(f.defined).toBe(false);
    expect(`${f.label} ${f.note}`).not.toMatch(/표에 없|명명 규칙 표/);
    expect(f.note).toContain('g6f');
  });
});
