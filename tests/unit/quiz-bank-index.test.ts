// The quiz's split bank: the index /quiz/ carries, the per-lesson shards, and the cache that loads them on demand.
import { describe, expect, it } from 'vitest';
import { bankIndex, bankShards, parseShard, questionSource, shardUrl, type BankShard } from '../../src/lib/quiz/bank-index.ts';
import type { QuizQuestion } from '../../src/lib/quiz/grading.ts';
import type { LeakList } from '../../src/lib/quiz/leaks.ts';

const base = { explanation: '설명입니다.', difficulty: 1 as const, tags: [], source: ['https://docs.aws.amazon.com/'] };
const tf = (id: string, lesson: string, section: string): QuizQuestion => ({ ...base, id, lesson, section, kind: 'true-false', prompt: `${id} 문장은 참입니까?`, answer: true });
const lessons = [
  { id: 'ami', title: 'AMI', sections: { 'ami-basics': 'AMI 기초', copy: '복사' } },
  { id: 'empty', title: '문항 없는 레슨', sections: {} },
  { id: 'pricing', title: '요금', sections: { spot: '스팟' } },
];
const questions = [tf('ami-1', 'ami', 'ami-basics'), tf('ami-2', 'ami', 'copy'), tf('pricing-1', 'pricing', 'spot')];
const leaks: LeakList = [['ami-2', ['pricing-1']]];
const bank = { lessons, questions };

/** What the shard endpoint writes: the questions without their lesson field. */
const served = (s: BankShard) => JSON.parse(JSON.stringify({ ...s, questions: s.questions.map(({ lesson: _l, ...q }) => q) })) as unknown;

function fakeServer() {
  const shards = new Map(bankShards(bank).map((s) => [shardUrl(s.lesson), served(s)]));
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

describe('parseShard', () => {
  it('puts the lesson back on each question', () => {
    const r = parseShard(served(bankShards(bank)[1] as BankShard), 'pricing');
    expect(r.ok && r.value.questions).toEqual([questions[2]]);
  });
  it('rejects another lesson’s file, a missing list and malformed questions with a Korean message', () => {
    const good = served(bankShards(bank)[0] as BankShard) as Record<string, unknown>;
    for (const [value, lesson] of [[good, 'pricing'], [{ ...good, questions: null }, 'ami'], [{ ...good, questions: [{ id: 3 }] }, 'ami'], [null, 'ami'], ['text', 'ami']] as const) {
      const r = parseShard(value, lesson);
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
    expect(source.get('ami-1')).toEqual(questions[0]);
    expect(source.get('pricing-1')).toBeUndefined();
    expect(source.sections('ami')).toEqual({ 'ami-basics': 'AMI 기초', copy: '복사' });
    expect(server.requested).toEqual(['/quiz-bank/ami.json']);
  });
  it('fetches each shard once, even when asked twice at the same time, and nothing for loaded or unknown ids', async () => {
    const server = fakeServer();
    const source = questionSource(bankIndex(bank, leaks), server.fetchJson);
    await Promise.all([source.load(['ami-1', 'pricing-1']), source.load(['ami-2']), source.loadLesson('ami')]);
    await source.load(['ami-1', 'nope']);
    expect(server.requested.sort()).toEqual(['/quiz-bank/ami.json', '/quiz-bank/pricing.json']);
  });
  it('lets a failed load be retried', async () => {
    const server = fakeServer();
    const source = questionSource(bankIndex(bank, leaks), server.fetchJson);
    server.failNext();
    await expect(source.load(['pricing-1'])).rejects.toThrow('문항 파일을 불러오지 못했습니다.');
    expect(source.get('pricing-1')).toBeUndefined();
    await source.load(['pricing-1']);
    expect(source.get('pricing-1')).toEqual(questions[2]);
  });
  it('ignores questions a shard holds that the index does not list (a shard from another deployment)', async () => {
    const shard = served({ lesson: 'ami', sections: {}, questions: [tf('ami-1', 'ami', 'x'), tf('ami-9', 'ami', 'x')] });
    const source = questionSource(bankIndex(bank, leaks), async () => shard);
    await source.load(['ami-1']);
    expect(source.get('ami-1')?.section).toBe('x');
    expect(source.get('ami-9')).toBeUndefined();
    expect(source.get('ami-2')).toBeUndefined(); // listed but missing: still unknown after the load
  });
  it('rejects a malformed shard and keeps nothing from it', async () => {
    const source = questionSource(bankIndex(bank, leaks), async () => ({ lesson: 'pricing', sections: {}, questions: [] }));
    await expect(source.load(['ami-1'])).rejects.toThrow(/ami 레슨의 문항 파일이 올바르지 않습니다/);
    expect(source.get('ami-1')).toBeUndefined();
  });
});
