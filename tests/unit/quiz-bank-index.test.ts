// The quiz's split bank: the index /quiz/ carries, the per-lesson shards, and the cache that loads them on demand.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bankIndex, bankShards, feedbackUrl, packIndex, parseFeedback, parseShard, questionSource, shardUrl, splitShard, unpackIndex, type BankShard, type PackedIndex } from '../../src/lib/quiz/bank-index.ts';
import type { QuizQuestion } from '../../src/lib/quiz/grading.ts';
import { parseQuestionIds, questionIdsByLesson } from '../../src/lib/quiz/question-ids.ts';
import type { LeakList } from '../../src/lib/quiz/leaks.ts';

const base = { explanation: '설명입니다.', difficulty: 1 as const, tags: [], source: ['https://docs.aws.amazon.com/'] };
const tf = (id: string, lesson: string, section: string): QuizQuestion => ({ ...base, id, lesson, section, kind: 'true-false', prompt: `${id} 문장은 참입니까?`, answer: true });
const single = (id: string, lesson: string, section: string): QuizQuestion => ({
  ...base, id, lesson, section, kind: 'single', prompt: `${id}: 어느 것입니까?`, answer: 1, explanation: `${id} 해설`,
  options: [{ text: '가', why: '가가 아닌 이유' }, { text: '나', why: '나가 맞는 이유' }, { text: '다', why: '다가 아닌 이유', pinLast: true }],
});
const lessons = [
  { id: 'ami', title: 'AMI', sections: { 'ami-basics': 'AMI 기초', copy: '복사' } },
  { id: 'empty', title: '문항 없는 레슨', sections: {} },
  { id: 'pricing', title: '요금', sections: { spot: '스팟' } },
];
const questions = [tf('ami-1', 'ami', 'ami-basics'), single('ami-2', 'ami', 'copy'), tf('pricing-1', 'pricing', 'spot')];
const leaks: LeakList = [['ami-2', ['pricing-1']]];
const bank = { lessons, questions };

/** What the two endpoints write for a shard, through JSON. */
const served = (s: BankShard) => JSON.parse(JSON.stringify(splitShard(s))) as { questions: unknown; feedback: unknown };

function fakeServer() {
  const shards = new Map(bankShards(bank).flatMap((s) => [[shardUrl(s.lesson), served(s).questions], [feedbackUrl(s.lesson), served(s).feedback]] as const));
  const requested: string[] = [];
  let fail = false;
  return {
    requested,
    failNext() { fail = true; },
    fetchJson: async (url: string) => {
      requested.push(url);
      if (fail) {
        fail = false;
        throw new Error('문항 파일을 불러오지 못했습니다.');
      }
      if (!shards.has(url)) throw new Error(`404 ${url}`);
      return shards.get(url);
    },
  };
}

describe('bankIndex', () => {
  it('keeps each question as [id, lesson, section] in bank order, lessons with questions only, and the leaks', () => {
    const index = bankIndex(bank, leaks);
    expect(index.questions).toEqual([['ami-1', 'ami', 'ami-basics'], ['ami-2', 'ami', 'copy'], ['pricing-1', 'pricing', 'spot']]);
    expect(index.lessons).toEqual([{ id: 'ami', title: 'AMI' }, { id: 'pricing', title: '요금' }]);
    expect(index.leaks).toBe(leaks);
  });
  it('carries none of the question text', () => {
    expect(JSON.stringify(bankIndex(bank, leaks))).not.toContain('참입니까');
  });
});

describe('bankShards', () => {
  it('makes one shard per lesson with questions, with its sections, every question in exactly one shard', () => {
    const shards = bankShards(bank);
    expect(shards.map((s) => s.lesson)).toEqual(['ami', 'pricing']);
    expect(shards[0]?.sections).toEqual({ 'ami-basics': 'AMI 기초', copy: '복사' });
    expect(shards.flatMap((s) => s.questions.map((q) => q.id)).sort()).toEqual(questions.map((q) => q.id).sort());
  });
  it('names each shard by its lesson', () => {
    expect(shardUrl('ami')).toBe('/quiz-bank/ami.json');
    expect(shardUrl('a b')).toBe('/quiz-bank/a%20b.json');
  });
});

describe('splitShard', () => {
  it('keeps explanations, whys and sources out of the question file, and puts them back exactly', () => {
    const files = served(bankShards(bank)[0] as BankShard);
    const text = JSON.stringify(files.questions);
    expect(text).not.toMatch(/해설|이유|설명입니다|docs\.aws/);
    expect(text).toContain('어느 것입니까');
    expect(text).toContain('"pinLast":true');
    const shown = parseShard(files.questions, 'ami');
    const feedback = parseFeedback(files.feedback, 'ami');
    expect(shown.ok && feedback.ok).toBe(true);
    if (!shown.ok || !feedback.ok) return;
    expect(shown.value[1]).toMatchObject({ id: 'ami-2', lesson: 'ami', explanation: '', options: [{ text: '가', why: '' }, { text: '나', why: '' }, { text: '다', why: '', pinLast: true }] });
    expect(feedback.value.sections).toEqual({ 'ami-basics': 'AMI 기초', copy: '복사' });
    expect(feedback.value.feedback['ami-2']).toEqual({ explanation: 'ami-2 해설', difficulty: 1, tags: [], source: base.source, why: ['가가 아닌 이유', '나가 맞는 이유', '다가 아닌 이유'] });
  });
  it('rejects another lesson’s file, a missing list and malformed entries with a Korean message', () => {
    const files = served(bankShards(bank)[0] as BankShard);
    const q = files.questions as Record<string, unknown>;
    const f = files.feedback as Record<string, unknown>;
    const bad = [
      parseShard(q, 'pricing'), parseShard({ ...q, questions: null }, 'ami'), parseShard({ ...q, questions: [{ id: 3 }] }, 'ami'), parseShard(null, 'ami'),
      parseFeedback(f, 'pricing'), parseFeedback({ ...f, feedback: null }, 'ami'), parseFeedback({ ...f, sections: 'x' }, 'ami'), parseFeedback({ ...f, feedback: { x: { why: [] } } }, 'ami'),
    ];
    for (const r of bad) {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(/레슨의 문항 파일이 올바르지 않습니다/);
    }
  });
});

describe('questionSource', () => {
  it('knows every id from the index at once, and the full question only after its lesson loads', async () => {
    const server = fakeServer();
    const source = questionSource(bankIndex(bank, leaks), server.fetchJson);
    expect(source.has('pricing-1')).toBe(true);
    expect(source.has('nope')).toBe(false);
    expect(source.lessonOf('ami-2')).toBe('ami');
    expect(source.get('ami-1')).toBeUndefined();
    await source.load(['ami-2']);
    expect(source.get('ami-2')?.prompt).toBe('ami-2: 어느 것입니까?');
    expect(source.complete('ami-2')).toBe(false);
    expect(source.get('pricing-1')).toBeUndefined();
    expect(server.requested).toEqual(['/quiz-bank/ami.json']);
  });
  it('fills the feedback into the same question object once its file arrives, in either order', async () => {
    const source = questionSource(bankIndex(bank, leaks), fakeServer().fetchJson);
    await source.load(['ami-2']);
    const shown = source.get('ami-2');
    await source.loadFeedback(['ami-2']);
    expect(source.get('ami-2')).toBe(shown); // the answer widget holds this object
    expect(shown).toEqual(questions[1]);
    expect(source.complete('ami-2')).toBe(true);
    expect(source.sections('ami')).toEqual({ 'ami-basics': 'AMI 기초', copy: '복사' });
    await source.loadFeedback(['pricing-1']);
    await source.load(['pricing-1']);
    expect(source.get('pricing-1')).toEqual(questions[2]);
  });
  it('fetches each shard once, even when asked twice at the same time, and nothing for loaded or unknown ids', async () => {
    const server = fakeServer();
    const source = questionSource(bankIndex(bank, leaks), server.fetchJson);
    await Promise.all([source.load(['ami-1', 'pricing-1']), source.load(['ami-2']), source.loadLesson('ami')]);
    await source.load(['ami-1', 'nope']);
    await source.loadFeedback(['ami-2']);
    expect(server.requested.sort()).toEqual(['/quiz-bank/ami.json', '/quiz-bank/feedback/ami.json', '/quiz-bank/pricing.json']);
  });
  it('lets a failed load be retried', async () => {
    const server = fakeServer();
    const source = questionSource(bankIndex(bank, leaks), server.fetchJson);
    server.failNext();
    await expect(source.load(['pricing-1'])).rejects.toThrow('문항 파일을 불러오지 못했습니다.');
    expect(source.get('pricing-1')).toBeUndefined();
    await source.load(['pricing-1']);
    expect(source.get('pricing-1')?.prompt).toBe(questions[2]?.prompt);
  });
  it('ignores questions a shard holds that the index does not list (a shard from another deployment)', async () => {
    const shard = served({ lesson: 'ami', sections: {}, questions: [tf('ami-1', 'ami', 'x'), tf('ami-9', 'ami', 'x')] }).questions;
    const source = questionSource(bankIndex(bank, leaks), async () => shard);
    await source.load(['ami-1']);
    expect(source.get('ami-1')?.section).toBe('x');
    expect(source.get('ami-9')).toBeUndefined();
    expect(source.get('ami-2')).toBeUndefined(); // listed but missing: still unknown after the load
  });
  it('rejects a malformed shard and keeps nothing from it', async () => {
    const source = questionSource(bankIndex(bank, leaks), async () => ({ lesson: 'pricing', questions: [] }));
    await expect(source.load(['ami-1'])).rejects.toThrow(/ami 레슨의 문항 파일이 올바르지 않습니다/);
    expect(source.get('ami-1')).toBeUndefined();
  });
});

describe('question ids by lesson (/quiz-bank/index.json, the lesson pages\' mastery marks)', () => {
  it('lists each lesson\'s ids in bank order and reads back through JSON', () => {
    const file = questionIdsByLesson(bankIndex(bank, leaks));
    expect(file).toEqual({ lessons: { ami: ['ami-1', 'ami-2'], pricing: ['pricing-1'] } });
    const parsed = parseQuestionIds(JSON.parse(JSON.stringify(file)));
    expect(parsed && [...parsed]).toEqual([['ami', ['ami-1', 'ami-2']], ['pricing', ['pricing-1']]]);
  });

  it('keeps a lesson named like an Object.prototype key as its own entry', () => {
    const odd = { lessons: [{ id: '__proto__', title: '이상한 이름', sections: {} }], questions: [tf('odd-1', '__proto__', 's')] };
    const parsed = parseQuestionIds(JSON.parse(JSON.stringify(questionIdsByLesson(bankIndex(odd, [])))));
    expect(parsed?.get('__proto__')).toEqual(['odd-1']);
  });

  it('refuses a file of the wrong shape', () => {
    for (const bad of [null, 'x', {}, { lessons: null }, { lessons: { ami: 'ami-1' } }, { lessons: { ami: [1] } }]) expect(parseQuestionIds(bad)).toBeNull();
  });
});

describe('the packed index /quiz/ carries', () => {
  it('unpacks to exactly the index, order, ids without the lesson prefix and the reveal relation included', () => {
    const odd = [...questions, tf('legacy-id', 'ami', 'copy'), tf('ami-3', 'ami', 'ami-basics')]; // a lesson met twice, an id without its prefix
    const index = bankIndex({ lessons, questions: odd }, [['ami-2', ['pricing-1', 'legacy-id']], ['ami-3', ['ami-1']]]);
    const packed = JSON.parse(JSON.stringify(packIndex(index))) as unknown;
    expect(unpackIndex(packed)).toEqual({ ok: true, value: index });
    expect((packed as PackedIndex).runs.map((r) => r[2])).toEqual([['1'], ['2'], ['1'], ['=legacy-id'], ['3']]);
  });

  it('holds for any index (property)', () => {
    const slug = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/);
    fc.assert(
      fc.property(fc.uniqueArray(slug, { minLength: 1, maxLength: 4 }), fc.array(fc.tuple(fc.nat(), slug, fc.boolean()), { maxLength: 30 }), (ids, rows) => {
        const ls = ids.map((id) => ({ id, title: `${id} 제목`, sections: {} }));
        const seen = new Set<string>();
        const qs = rows.flatMap(([n, tail, prefixed], i) => {
          const lesson = ids[n % ids.length] as string;
          const id = prefixed ? `${lesson}-${tail}-${i}` : `${tail}${i}`;
          if (seen.has(id)) return [];
          seen.add(id);
          return [tf(id, lesson, `s${n % 3}`)];
        });
        const leaks: LeakList = qs.length > 1 ? [[qs[0]!.id, qs.slice(1).map((q) => q.id)]] : [];
        const index = bankIndex({ lessons: ls, questions: qs }, leaks);
        expect(unpackIndex(JSON.parse(JSON.stringify(packIndex(index))))).toEqual({ ok: true, value: index });
      }),
    );
  });

  it('refuses a malformed attribute with a Korean reason instead of throwing', () => {
    const good = packIndex(bankIndex(bank, leaks));
    const cases: unknown[] = [
      null, 'x', [], {}, { ...good, runs: 'x' },
      { ...good, lessons: [[1, 'AMI']] },
      { ...good, runs: [[7, 'spot', ['1']]] },
      { ...good, runs: [[0, 'spot', ['']]] },
      { ...good, runs: [['__proto__', 'spot', ['1']]] },
      { ...good, leaks: [[0, [99]]] },
      { ...good, leaks: [['0', [1]]] },
    ];
    for (const c of cases) {
      const r = unpackIndex(c);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(/^문항 목록을 읽지 못했습니다 \(.+\)\. 페이지를 새로 고쳐 보세요\.$/);
    }
  });
});
