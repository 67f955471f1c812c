import { describe, expect, it } from 'vitest';
import { createSearch, type SearchHit } from '../../src/lib/search/index.ts';
import { ENTRIES } from './search-fixture.ts';

const engine = createSearch(ENTRIES);
const ids = (q: string, n = 3) => engine.search(q, n).map((h) => h.id);
const hit = (q: string, id: string): SearchHit | undefined => engine.search(q, 10).find((h) => h.id === id);
/** The highlighted substrings of one field, e.g. ['로드 밸런서']. */
const marked = (h: SearchHit | undefined, field: 'title' | 'en' | 'abbr' | 'excerpt') =>
  (h?.highlights[field] ?? []).map(([a, b]) => (h?.[field] ?? '').slice(a, b));

// [query, expected entry id, 1 = must be first | 3 = within the top 3]
type Case = [query: string, id: string, within: 1 | 3];

const typos: Case[] = [
  ['오토스캐일링', 'term:asg', 3], // ㅔ → ㅐ
  ['오토스캐일링 그룹', 'term:asg', 1],
  ['오토스켈링', 'term:asg', 3], // dropped syllable
  ['로드벨런서', 'term:elb', 1], // ㅐ → ㅔ, no space
  ['스펏', 'term:spot', 1], // 2-syllable word, one wrong vowel
  ['보안구룹', 'term:sg', 1],
  ['키패어', 'term:key-pair', 1],
  ['인스턴스 스토워', 'term:instance-store', 3],
  ['스냅셧', 'term:snapshot', 1],
  ['애약 인스턴스', 'term:ri', 1],
  ['메타데이타', 'term:imds', 3],
];

const spacing: Case[] = [
  ['로드밸런서', 'term:elb', 1],
  ['시작템플릿', 'term:launch-template', 1],
  ['보안그룹', 'term:sg', 1],
  ['인스턴스스토어', 'term:instance-store', 1],
  ['오토 스케일링그룹', 'term:asg', 1],
  ['스 팟 인 스 턴 스', 'term:spot', 1],
];

const choseong: Case[] = [
  ['ㅇㅌㅅㅋㅇㄹ', 'term:asg', 3],
  ['ㅅㅈㅌㅍㄹ', 'term:launch-template', 1],
  ['ㄹㄷㅂㄹㅅ', 'term:elb', 3],
  ['ㅂㅇㄱㄹ', 'term:sg', 1],
  ['ㅅㅍ ㅇㅅㅌㅅ', 'term:spot', 1],
  ['ㅋㅍㅇ', 'term:key-pair', 1],
  ['ㅅㄴㅅ', 'term:snapshot', 1],
];

const abbreviations: Case[] = [
  ['asg', 'term:asg', 1],
  ['ELB', 'term:elb', 1],
  ['alb', 'term:alb', 1],
  ['NLB', 'term:nlb', 1],
  ['ami', 'term:ami', 3],
  ['ebs', 'term:ebs', 1],
  ['imds', 'term:imds', 1],
  ['ENI', 'term:eni', 1],
  ['ri', 'term:ri', 1],
  ['sg', 'term:sg', 1],
  // the abbreviation also reaches the lesson section that teaches it
  ['asg', 'lesson:auto-scaling#auto-scaling-그룹', 3],
  ['sg', 'lesson:security-groups#보안-그룹-규칙', 3],
  ['imds v2', 'lesson:metadata#imdsv2로-메타데이터-보호', 3],
];

const englishKorean: Case[] = [
  ['auto scaling', 'term:asg', 3],
  ['Auto Scaling Group', 'term:asg', 1],
  ['load balancer', 'term:nlb', 3],
  ['launch template', 'term:launch-template', 1],
  ['security group', 'term:sg', 1],
  ['lanch templte', 'term:launch-template', 1], // English typos
  ['spot instance', 'term:spot', 1],
  ['elastic network interface', 'lesson:networking#탄력적-네트워크-인터페이스', 3], // English → Korean heading
  ['탄력적 네트워크 인터페이스', 'term:eni', 1], // Korean → the term with its abbreviation
  ['Reserved Instance', 'lesson:pricing#예약-인스턴스', 3],
];

const wrongLayout: Case[] = [
  ['dhxh', 'term:asg', 3], // 오토
  ['dhxhtmzpdlffld', 'term:asg', 3], // 오토스케일링
  ['ㅁㄴㅎ', 'term:asg', 1], // asg
  ['ㅁㅡㅑ', 'term:ami', 3], // ami
  ['tlwkr xpavmfflt', 'term:launch-template', 1], // 시작 템플릿
  ['qhdks rmfnq', 'term:sg', 1], // 보안 그룹
  ['ㄷㅠㄴ', 'term:ebs', 1], // ebs
];

const halfTyped: Case[] = [
  ['오토스ㅋ', 'term:asg', 3],
  ['로드 밸런ㅅ', 'term:elb', 3],
  ['시작 템플ㄹ', 'term:launch-template', 1],
  ['보안 글', 'term:sg', 1], // IME state while typing 그룹: ㄹ still sits as a final consonant
  ['스냅ㅅ', 'term:snapshot', 1],
];

const pages: Case[] = [
  ['퀴즈', 'tool:quiz', 1],
  ['용어집', 'tool:glossary', 1],
  ['m7g.large', 'tool:instance-type', 1],
  ['수명 주기', 'tool:lifecycle', 1],
  ['회수되기 몇 분 전', 'question:pricing-spot-01', 1], // words from a quiz prompt
  ['로그를 내보내려면', 'question:asg-hook-01', 1],
];

describe('createSearch: expected results', () => {
  const groups: [string, Case[]][] = [
    ['typos at the jamo level', typos],
    ['spacing is ignored', spacing],
    ['초성 queries', choseong],
    ['abbreviations and their sections', abbreviations],
    ['English ↔ Korean', englishKorean],
    ['wrong keyboard layout', wrongLayout],
    ['half-typed last syllable', halfTyped],
    ['tools, pages and questions', pages],
  ];
  for (const [name, cases] of groups) {
    describe(name, () => {
      it.each(cases)('%s → %s (top %i)', (query, id, within) => {
        expect(ids(query, within)).toContain(id);
      });
    });
  }

  it('has at least 40 query cases', () => {
    expect(groups.reduce((n, [, c]) => n + c.length, 0)).toBeGreaterThanOrEqual(40);
  });
});

describe('queries that must find nothing', () => {
  it.each(['', '   ', '!!!', 'zzzzqx', 'kubernetes', '쀍뛟', 'ㅋㅋㅋㅋ', '양자 컴퓨터', 'ㅎㅎㅎㅎㅎㅎ', 'qwpzxv'])('%j → no results', (q) => {
    expect(engine.search(q)).toEqual([]);
  });
});

describe('multi-word queries', () => {
  it('a word found nowhere is ignored, and two subjects in one query both come up', () => {
    const top = ids('예약 인스턴스 vs Savings Plans', 5);
    expect(top).toContain('lesson:pricing#예약-인스턴스');
    expect(top).toContain('lesson:pricing#savings-plans');
    expect(ids('스팟 vs 온디맨드', 5)).toEqual(expect.arrayContaining(['term:spot', 'term:on-demand']));
  });

  it('an unknown word does not hide the entry the other words find', () => {
    expect(ids('보안 그룹 규칙 xyzzy', 3)).toContain('lesson:security-groups#보안-그룹-규칙');
  });

  it('a query mostly of unknown words still finds nothing', () => {
    expect(engine.search('양자 컴퓨터')).toEqual([]);
    expect(engine.search('양자 컴퓨터 블록체인 스팟')).toEqual([]);
  });
});

describe('ranking', () => {
  it('an exact term or heading beats a fuzzy or body match', () => {
    const hits = engine.search('스팟 인스턴스', 50);
    expect(hits.slice(0, 2).map((h) => h.id).sort()).toEqual(['lesson:pricing#스팟-인스턴스', 'term:spot']);
    const question = hits.findIndex((h) => h.id === 'question:pricing-spot-01');
    expect(question).toBeGreaterThan(1);
  });

  it('a term wins a tie with the lesson heading of the same name', () => {
    expect(ids('보안 그룹', 2)).toEqual(['term:sg', 'lesson:security-groups#보안-그룹-규칙']);
  });

  it('a heading that contains the query beats one that only mentions it in its text', () => {
    const hits = ids('인스턴스 스토어', 50);
    expect(hits.indexOf('lesson:storage#인스턴스-스토어')).toBeLessThan(hits.indexOf('question:storage-store-01'));
  });

  it('scores rise down the list and the limit is respected', () => {
    const hits = engine.search('인스턴스', 5);
    expect(hits).toHaveLength(5);
    for (let i = 1; i < hits.length; i++) expect(hits[i]!.score).toBeGreaterThanOrEqual(hits[i - 1]!.score);
  });

  it('reports how a hit was found', () => {
    expect(hit('asg', 'term:asg')?.match).toBe('exact');
    expect(hit('ㅅㅈㅌㅍㄹ', 'term:launch-template')?.match).toBe('choseong');
    expect(hit('오토스캐일링', 'term:asg')?.match).toBe('fuzzy');
    expect(hit('dhxhtmzpdlffld', 'term:asg')?.match).toBe('layout');
  });
});

describe('hits', () => {
  it('carry url with the section anchor, title, kind and lesson › heading', () => {
    const h = hit('시작 템플릿 버전', 'lesson:launch-templates#시작-템플릿-버전');
    expect(h).toMatchObject({ url: '/lessons/launch-templates/#시작-템플릿-버전', title: '시작 템플릿 버전', kind: 'lesson', lesson: '시작 템플릿' });
    const q = hit('회수되기', 'question:pricing-spot-01');
    expect(q).toMatchObject({ kind: 'question', url: '/lessons/pricing/#스팟-인스턴스', lesson: '구매 옵션', heading: '스팟 인스턴스' });
    const t = hit('asg', 'term:asg');
    expect(t).toMatchObject({ kind: 'term', url: '/glossary/#asg', abbr: 'ASG', heading: 'Auto Scaling 그룹' });
  });
});

describe('highlights map jamo positions back to the original characters', () => {
  it('fuzzy jamo match covers the whole misspelt word', () => {
    expect(marked(hit('오토스캐일링', 'term:asg'), 'title')).toEqual(['오토 스케일링']);
  });
  it('a match across a space is one <mark>', () => {
    expect(marked(hit('로드밸런서', 'lesson:load-balancing#로드-밸런서-종류'), 'title')).toEqual(['로드 밸런서']);
  });
  it('초성 matches highlight the syllables', () => {
    expect(marked(hit('ㅅㅈㅌㅍㄹ', 'term:launch-template'), 'title')).toEqual(['시작 템플릿']);
  });
  it('half-typed syllable highlights the syllable it belongs to', () => {
    expect(marked(hit('오토스ㅋ', 'term:asg'), 'title')).toEqual(['오토 스케']);
  });
  it('abbreviations, English and Latin inside Korean headings', () => {
    expect(marked(hit('asg', 'term:asg'), 'abbr')).toEqual(['ASG']);
    expect(marked(hit('launch template', 'term:launch-template'), 'en')).toEqual(['Launch template']);
    expect(marked(hit('imds v2', 'lesson:metadata#imdsv2로-메타데이터-보호'), 'title')).toEqual(['IMDSv2']);
  });
  it('body matches highlight the excerpt or the question prompt', () => {
    expect(marked(hit('중단 알림', 'lesson:pricing#스팟-인스턴스'), 'excerpt')).toEqual(['중단 알림']);
    expect(marked(hit('회수되기', 'question:pricing-spot-01'), 'title')).toEqual(['회수되기']);
  });
  it('ranges are inside the text and do not overlap', () => {
    for (const q of ['인스턴스', 'ㅇㅅㅌㅅ', '오토스캐일링', 'load balancer', 'dhxh']) {
      for (const h of engine.search(q, 10)) {
        for (const [field, ranges] of Object.entries(h.highlights)) {
          const text = h[field as 'title'] ?? '';
          let end = 0;
          for (const [a, b] of ranges) {
            expect(a).toBeGreaterThanOrEqual(end);
            expect(b).toBeGreaterThan(a);
            expect(b).toBeLessThanOrEqual(text.length);
            end = b;
          }
        }
      }
    }
  });
});
