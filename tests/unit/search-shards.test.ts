// The sharded index and the search session that the worker runs: the names shard answers the first query, the
// rest loads afterwards, and the full engine then answers exactly as one built from the whole index.
import { describe, expect, it } from 'vitest';
import { createSearch } from '../../src/lib/search/index.ts';
import { joinShards, SHARD_FILES, splitShards } from '../../src/lib/search/shards.ts';
import { SearchSession, type Fetcher } from '../../src/components/search/session.ts';
import { ENTRIES } from './search-fixture.ts';

function served(files: Record<string, unknown>): { fetcher: Fetcher; requested: string[] } {
  const requested: string[] = [];
  const fetcher: Fetcher = async (url) => {
    requested.push(url);
    const file = url.replace(/^\/base\//, '');
    const body = files[file];
    return { ok: body !== undefined, status: body === undefined ? 404 : 200, json: async () => structuredClone(body) };
  };
  return { fetcher, requested };
}

describe('shards', () => {
  it('split and join give back the whole index, in order', () => {
    const s = splitShards(ENTRIES);
    expect(s.names.every((e) => e.kind !== 'question' && !('excerpt' in e) && !('lesson' in e))).toBe(true);
    // URLs that follow from the id are left out of the names shard.
    expect(s.names.find((e) => e.id === 'term:asg')?.url).toBeUndefined();
    expect(s.names.find((e) => e.id === 'tool:quiz')?.url).toBe('/quiz/');
    expect(s.questions.every((e) => e.kind === 'question')).toBe(true);
    expect(s.text).toHaveLength(s.names.length);
    const sorted = (a: typeof ENTRIES) => [...a].sort((x, y) => x.id.localeCompare(y.id));
    expect(sorted(joinShards(s.names, s.text, s.questions))).toEqual(sorted(ENTRIES));
  });

  it('a text shard of the wrong length is ignored, not misaligned', () => {
    const s = splitShards(ENTRIES);
    const joined = joinShards(s.names, s.text.slice(1));
    expect(joined.every((e) => e.excerpt === undefined)).toBe(true);
    expect(joined.find((e) => e.id === 'term:asg')?.url).toBe('/glossary/#asg');
  });
});

describe('SearchSession (what the search worker runs)', () => {
  const s = splitShards(ENTRIES);
  const files = { [SHARD_FILES.names]: s.names, [SHARD_FILES.text]: s.text, [SHARD_FILES.questions]: s.questions };

  it('answers the first query from the names shard alone', async () => {
    const { fetcher, requested } = served(files);
    const session = new SearchSession('/base', fetcher);
    const hits = await session.search('오토스캐일링', 3);
    expect(hits.map((h) => h.id)).toContain('term:asg');
    expect(requested).toEqual([`/base/${SHARD_FILES.names}`]);
    expect(session.complete).toBe(false);
  });

  it('after the rest loads, results equal those of the engine over the whole index', async () => {
    const { fetcher, requested } = served(files);
    const session = new SearchSession('/base', fetcher);
    await session.search('asg', 5);
    expect(await session.loadRest()).toBe(true);
    expect(session.complete).toBe(true);
    expect(requested.sort()).toEqual([SHARD_FILES.names, SHARD_FILES.questions, SHARD_FILES.text].map((f) => `/base/${f}`).sort());
    const whole = createSearch(joinShards(s.names, s.text, s.questions));
    for (const q of ['회수되기 몇 분 전', '중단 알림', 'ㅅㅈㅌㅍㄹ', '로드벨런서', '예약 인스턴스 vs Savings Plans']) {
      expect(await session.search(q, 10), q).toEqual(whole.search(q, 10));
    }
    // Quiz prompts are found only once their shard is in.
    expect((await session.search('회수되기 몇 분 전', 3)).map((h) => h.id)).toContain('question:pricing-spot-01');
  });

  it('a failed load rejects, and the next query retries', async () => {
    let up = false;
    const { fetcher } = served(files);
    const session = new SearchSession('/base', (url) => (up ? fetcher(url) : Promise.reject(new Error('offline'))));
    await expect(session.search('asg', 3)).rejects.toThrow('offline');
    up = true;
    expect((await session.search('asg', 3))[0]?.id).toBe('term:asg');
  });
});
