// The particle check (src/lib/site-checks/particles.ts) on examples, then over everything in src/content:
// a new "**용어** 은" anywhere fails the unit tests.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { particleProblems } from '../../src/lib/site-checks/particles.ts';

describe('particleProblems', () => {
  it('flags a space between an emphasised term and its particle', () => {
    expect(particleProblems('**보안 그룹** 은 방화벽입니다.').map((p) => p.kind)).toEqual(['spaced-particle']);
    expect(particleProblems('`stopped` 상태의 인스턴스').length).toBe(0);
    expect(particleProblems('`stopped` 는 중지된 상태입니다.').map((p) => p.excerpt)).toEqual(['`stopped` 는']);
    expect(particleProblems('<strong>대상 그룹(target group)</strong> 은').length).toBe(1);
  });
  it('accepts attached particles and words that merely start like one', () => {
    expect(particleProblems('**보안 그룹**은 방화벽입니다.')).toEqual([]);
    expect(particleProblems('**보안 그룹** 이 경우에도')).toEqual([]);
    expect(particleProblems('**중지** 도중에 바뀝니다.')).toEqual([]);
    expect(particleProblems('**EBS** 가용 영역')).toEqual([]);
  });
  it('flags emphasis that cannot close before Hangul', () => {
    expect(particleProblems('**대상 그룹(target group)**은 묶음입니다.').map((p) => p.kind)).toEqual(['unclosable-emphasis']);
    expect(particleProblems('**대상 그룹**(target group)은 묶음입니다.')).toEqual([]);
  });
  it('ignores code fences', () => {
    expect(particleProblems('```bash\necho **a** 는\n```\n')).toEqual([]);
  });
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : /\.(mdx?|ya?ml)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe('src/content', () => {
  it('has no particle set apart from its emphasised word', () => {
    const problems = filesUnder('src/content').flatMap((file) =>
      particleProblems(readFileSync(file, 'utf8')).map((p) => `${file} ${p.message}`),
    );
    expect(problems).toEqual([]);
  });
});

describe('question register', () => {
  it('writes every true/false statement in 합니다체', () => {
    const plain: string[] = [];
    for (const file of filesUnder('src/content/questions')) {
      const lines = readFileSync(file, 'utf8').split('\n');
      lines.forEach((line, i) => {
        if (!/^\s*kind: true-false\s*$/.test(line)) return;
        const prompt = lines.slice(i + 1, i + 4).find((l) => /^\s*prompt: /.test(l));
        const text = prompt?.replace(/^\s*prompt: /, '').replace(/^['"]|['"]$/g, '').trim() ?? '';
        if (!/(니다|니까)[.?]$/.test(text)) plain.push(`${file}:${i + 2} ${text.slice(-30)}`);
      });
    }
    expect(plain).toEqual([]);
  });
});
