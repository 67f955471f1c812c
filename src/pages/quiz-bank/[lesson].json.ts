// /quiz-bank/<lesson>.json: one lesson's full questions and section headings. /quiz/ ships only the bank's index in
// its page and fetches these as the cards of a lesson come up (src/lib/quiz/bank-index.ts). Precached for offline
// use with the rest of the course (src/lib/site-checks/offline.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadBankShards } from '~/components/quiz/bank-data.ts';
import type { BankShard } from '~/lib/quiz/bank-index.ts';

export const getStaticPaths = (async () =>
  (await loadBankShards()).map((shard) => ({ params: { lesson: shard.lesson }, props: { shard } }))) satisfies GetStaticPaths;

export const GET = (({ props }) => {
  const { shard } = props as { shard: BankShard };
  // The lesson id is in the file name already; each question's copy of it is dropped (parseShard puts it back).
  const body = { ...shard, questions: shard.questions.map(({ lesson: _lesson, ...q }) => q) };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}) satisfies APIRoute;
