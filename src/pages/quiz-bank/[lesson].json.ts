// /quiz-bank/<lesson>.json: one lesson's questions as a card shows them before the answer (prompts, options, keys).
// /quiz/ ships only the bank's index in its page and fetches these as the cards of a lesson come up; the feedback
// (explanations, whys) is in /quiz-bank/feedback/<lesson>.json (src/lib/quiz/bank-index.ts). Both are precached
// for offline use with the rest of the course (src/lib/site-checks/offline.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadBankShards } from '~/components/quiz/bank-data.ts';
import { splitShard, type BankShard } from '~/lib/quiz/bank-index.ts';

export const getStaticPaths = (async () =>
  (await loadBankShards()).map((shard) => ({ params: { lesson: shard.lesson }, props: { shard } }))) satisfies GetStaticPaths;

export const GET = (({ props }) => {
  const { shard } = props as { shard: BankShard };
  return new Response(JSON.stringify(splitShard(shard).questions), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}) satisfies APIRoute;
