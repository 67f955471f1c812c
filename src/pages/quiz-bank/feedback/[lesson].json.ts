// /quiz-bank/feedback/<lesson>.json: what a lesson's questions show after the answer (explanations, each option's
// why, sources) and the lesson's section headings. /quiz/ fetches it once a card of the lesson is on screen.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadBankShards } from '~/components/quiz/bank-data.ts';
import { splitShard, type BankShard } from '~/lib/quiz/bank-index.ts';

export const getStaticPaths = (async () =>
  (await loadBankShards()).map((shard) => ({ params: { lesson: shard.lesson }, props: { shard } }))) satisfies GetStaticPaths;

export const GET = (({ props }) => {
  const { shard } = props as { shard: BankShard };
  return new Response(JSON.stringify(splitShard(shard).feedback), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}) satisfies APIRoute;
