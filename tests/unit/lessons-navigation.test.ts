import { describe, expect, it } from 'vitest';
import { groupByTopic, neighbours, orderProblems, tableOfContents } from '../../src/lib/lessons/navigation.ts';
import { groupGlossary, initialOf } from '../../src/lib/glossary/index.ts';

const lessons = [
  { id: 'pricing', title: '요금', order: 10, topic: 'pricing' as const },
  { id: 'intro', title: 'EC2', order: 1, topic: 'compute' as const },
  { id: 'types', title: '유형', order: 3, topic: 'instances' as const },
  { id: 'launch', title: '시작', order: 2, topic: 'instances' as const },
];

describe('course navigation', () => {
  it('groups by topic in course order', () => {
    const groups = groupByTopic(lessons);
    expect(groups.map((g) => g.topic)).toEqual(['compute', 'instances', 'pricing']);
    expect(groups[1]?.lessons.map((l) => l.id)).toEqual(['launch', 'types']);
    expect(groups[1]?.label).toBe('인스턴스');
  });

  it('finds previous and next by order, with none at the ends', () => {
    expect(neighbours(lessons, 'launch')).toMatchObject({ prev: { id: 'intro' }, next: { id: 'types' } });
    expect(neighbours(lessons, 'intro').prev).toBeNull();
    expect(neighbours(lessons, 'pricing').next).toBeNull();
    expect(neighbours(lessons, 'missing')).toEqual({ prev: null, next: null });
  });

  it('reports duplicate order values', () => {
    expect(orderProblems(lessons)).toEqual([]);
    expect(orderProblems([...lessons, { id: 'dup', title: 'x', order: 2, topic: 'compute' }])).toHaveLength(1);
  });

  it('nests h3 under the preceding h2 and drops other depths', () => {
    const toc = tableOfContents([
      { depth: 2, slug: 'a', text: 'A' },
      { depth: 3, slug: 'a1', text: 'A1' },
      { depth: 4, slug: 'deep', text: 'deep' },
      { depth: 2, slug: 'b', text: 'B' },
    ]);
    expect(toc).toEqual([
      { depth: 2, slug: 'a', text: 'A', children: [{ depth: 3, slug: 'a1', text: 'A1' }] },
      { depth: 2, slug: 'b', text: 'B', children: [] },
    ]);
  });
});

describe('glossary grouping', () => {
  it('files terms under the initial consonant, double consonants under the single one, Latin under A–Z', () => {
    expect(initialOf('가용 영역')).toBe('ㄱ');
    expect(initialOf('꺼짐')).toBe('ㄱ');
    expect(initialOf('Auto Scaling 그룹')).toBe('A');
    expect(initialOf('169.254.169.254')).toBe('기타');
  });

  it('orders groups ㄱ…ㅎ then A–Z and terms in Korean order', () => {
    const groups = groupGlossary([
      { id: 'asg', ko: 'Auto Scaling 그룹', en: 'Auto Scaling group' },
      { id: 'sg', ko: '보안 그룹', en: 'Security group' },
      { id: 'az', ko: '가용 영역', en: 'Availability Zone' },
      { id: 'ami', ko: '머신 이미지', en: 'Amazon Machine Image' },
      { id: 'ag', ko: '가속 컴퓨팅', en: 'Accelerated computing' },
    ]);
    expect(groups.map((g) => g.label)).toEqual(['ㄱ', 'ㅁ', 'ㅂ', 'A']);
    expect(groups[0]?.terms.map((t) => t.id)).toEqual(['ag', 'az']);
    expect(groups.map((g) => g.anchor)).toEqual(['hangul-g', 'hangul-m', 'hangul-b', 'latin-a']);
  });
});

describe('theme', () => {
  it('the inline first-paint script reads the same storage key as the toggle writes', async () => {
    const { readFileSync } = await import('node:fs');
    const { THEME_STORAGE_KEY } = await import('../../src/consts.ts');
    expect(readFileSync('src/components/site/theme-init.js', 'utf8')).toContain(`'${THEME_STORAGE_KEY}'`);
  });
});
