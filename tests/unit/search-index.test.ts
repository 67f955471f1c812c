import { describe, expect, it } from 'vitest';
import { buildEntries, TOOL_ENTRIES } from '../../src/lib/search/index.ts';
import { alignRange, isChoseongQuery, jamoKey, keyed, mapRanges } from '../../src/lib/search/keys.ts';
import { excerpt, mdxToText, splitSections } from '../../src/lib/search/markdown.ts';
import { ENTRIES, GLOSSARY, LESSONS } from './search-fixture.ts';

describe('mdxToText', () => {
  it('strips imports, JSX, code fences, links and emphasis but keeps the words', () => {
    const src = [
      "import Callout from '../../components/Callout.astro';",
      '<Callout type="tip">**보안 그룹**은 [상태 저장](https://docs.aws.amazon.com/) 방화벽입니다.</Callout>',
      '```bash',
      'aws ec2 describe-instances',
      '```',
      '- `t3.micro`는 _버스터블_ 인스턴스입니다. {/* 메모 */}',
      '| 열 | 값 |',
      '| --- | --- |',
      '| 포트 | 22 |',
    ].join('\n');
    expect(mdxToText(src)).toBe('보안 그룹은 상태 저장 방화벽입니다. t3.micro는 버스터블 인스턴스입니다. 열 값 포트 22');
  });

  it('cuts excerpts at a word boundary with an ellipsis', () => {
    const long = '가나다 '.repeat(80);
    const cut = excerpt(long, 50);
    expect(cut.length).toBeLessThanOrEqual(51);
    expect(cut.endsWith('…')).toBe(true);
    expect(excerpt('짧은 글', 50)).toBe('짧은 글');
  });
});

describe('splitSections', () => {
  it('splits at headings outside code fences', () => {
    const body = ['서론', '## 첫 섹션', '본문 1', '```', '# 코드 주석', '```', '### 하위 `섹션`', '본문 2'].join('\n');
    const sections = splitSections(body);
    expect(sections.map((s) => s.heading?.text ?? null)).toEqual([null, '첫 섹션', '하위 섹션']);
    expect(sections[1]?.text).toBe('본문 1');
    expect(sections[2]).toMatchObject({ heading: { depth: 3 }, text: '본문 2' });
  });
});

describe('buildEntries', () => {
  it('makes one entry per lesson, per h2/h3 section, per term, per question and per tool', () => {
    const sections = LESSONS.reduce((n, l) => n + l.headings.filter((h) => h.depth <= 3).length, 0);
    const questions = 7;
    expect(ENTRIES).toHaveLength(LESSONS.length + sections + GLOSSARY.length + questions + TOOL_ENTRIES.length);
    expect(new Set(ENTRIES.map((e) => e.id)).size).toBe(ENTRIES.length);
  });

  it('gives sections their anchor, lesson title and the text under the heading', () => {
    const e = ENTRIES.find((x) => x.id === 'lesson:pricing#스팟-인스턴스');
    expect(e).toMatchObject({ kind: 'lesson', title: '스팟 인스턴스', url: '/lessons/pricing/#스팟-인스턴스', lesson: '구매 옵션' });
    expect(e?.excerpt).toContain('2분 전에 중단 알림');
  });

  it('links terms to the glossary and names the section that teaches them', () => {
    const e = ENTRIES.find((x) => x.id === 'term:asg');
    expect(e).toMatchObject({ url: '/glossary/#asg', abbr: 'ASG', en: 'Auto Scaling group', lesson: '오토 스케일링', heading: 'Auto Scaling 그룹', see: '/lessons/auto-scaling/#auto-scaling-그룹' });
  });

  it('strips inline code from question prompts and links them to their section', () => {
    const e = ENTRIES.find((x) => x.id === 'question:storage-store-01');
    expect(e).toMatchObject({ title: '인스턴스를 중지하면 인스턴스 스토어 볼륨의 데이터는 어떻게 되나요?', url: '/lessons/storage/#인스턴스-스토어', heading: '인스턴스 스토어' });
  });

  it('tolerates headings it cannot pair with the source and missing lessons', () => {
    const entries = buildEntries({
      lessons: [{ id: 'x', title: '엑스', description: '설명입니다.', headings: [{ depth: 2, slug: 'jsx-heading', text: 'JSX 제목' }], body: '<h2>JSX 제목</h2>' }],
      glossary: [{ id: 't', ko: '용어', en: 'Term', definition: '정의입니다.', lesson: 'missing', section: 'nowhere' }],
      questions: [],
      tools: [],
    });
    expect(entries.find((e) => e.id === 'lesson:x#jsx-heading')).not.toHaveProperty('excerpt');
    expect(entries.find((e) => e.id === 'term:t')).not.toHaveProperty('lesson');
  });
});

describe('jamo keys', () => {
  it('decompose, drop spaces and punctuation, lower-case Latin', () => {
    expect(jamoKey('로드 밸런서(ELB)')).toBe('ㄹㅗㄷㅡㅂㅐㄹㄹㅓㄴㅅㅓelb');
    expect(keyed('오토 스케일링').cho).toBe('ㅇㅌㅅㅋㅇㄹ');
  });
  it('recognise 초성 queries, including compound consonants typed by the IME', () => {
    expect(isChoseongQuery(jamoKey('ㅂㅇㄱㄹ'))).toBe(true);
    expect(isChoseongQuery(jamoKey('ㄳ'))).toBe(true);
    expect(isChoseongQuery(jamoKey('오토ㅅ'))).toBe(false);
  });
  it('map key positions back to whole characters and merge across spaces', () => {
    const k = keyed('로드 밸런서 종류');
    expect(mapRanges(k, [[0, 11]])).toEqual([[0, 6]]);
  });
  it('align a misspelt query with the closest substring', () => {
    const k = keyed('5단계: 로드 밸런서 생성');
    const r = alignRange(k.jamo, jamoKey('로드벨런서'));
    expect(r && mapRanges(k, [r]).map(([a, b]) => k.text.slice(a, b))).toEqual(['로드 밸런서']);
  });
});
