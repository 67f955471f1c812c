import { describe, expect, it } from 'vitest';
import { inlineParts } from '../../src/lib/markdown/inline.ts';

describe('inline markup of question texts', () => {
  it('turns backtick spans into code and site paths into links', () => {
    expect(inlineParts('네트워크 실습실(/tools/network/)에서 `sg-web`을 고르세요.')).toEqual([
      { kind: 'text', text: '네트워크 실습실(' },
      { kind: 'link', text: '/tools/network/', href: '/tools/network/' },
      { kind: 'text', text: ')에서 ' },
      { kind: 'code', text: 'sg-web' },
      { kind: 'text', text: '을 고르세요.' },
    ]);
    expect(inlineParts('요금 레슨 /lessons/pricing/#spot-인스턴스, 참고')).toContainEqual({ kind: 'link', text: '/lessons/pricing/#spot-인스턴스', href: '/lessons/pricing/#spot-인스턴스' });
  });
  it('leaves other slashes, paths inside code and outside URLs as they are', () => {
    expect(inlineParts('0.0.0.0/0 과 /24, `/tools/network/`, https://docs.aws.amazon.com/tools/ec2/')).toEqual([
      { kind: 'text', text: '0.0.0.0/0 과 /24, ' },
      { kind: 'code', text: '/tools/network/' },
      { kind: 'text', text: ', https://docs.aws.amazon.com/tools/ec2/' },
    ]);
    expect(inlineParts('')).toEqual([]);
  });
  it('links every network-lab question to the lab', async () => {
    const { readFileSync } = await import('node:fs');
    const yaml = readFileSync('src/content/questions/network-lab.yaml', 'utf8');
    const explanations = [...yaml.matchAll(/^\s+explanation: (.+)$/gm)].map((m) => m[1] ?? '');
    expect(explanations.length).toBeGreaterThanOrEqual(8);
    for (const e of explanations) expect(inlineParts(e).some((p) => p.kind === 'link' && p.href === '/tools/network/')).toBe(true);
  });
});
