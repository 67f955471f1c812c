// /quiz-bank/index.json: each lesson's question ids, in bank order (from the quiz's index, src/lib/quiz/bank-index.ts).
// The lesson pages' sidebar reads it for the mastery marks (src/components/study/marks.ts) instead of the whole
// /question-bank.json. Precached for offline use with the other /quiz-bank/ files (src/lib/site-checks/offline.ts).
import type { APIRoute } from 'astro';
import { loadBankIndex } from '~/components/quiz/bank-data.ts';
import { questionIdsByLesson } from '~/lib/quiz/question-ids.ts';

export const GET = (async () =>
  new Response(JSON.stringify(questionIdsByLesson(await loadBankIndex())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } })) satisfies APIRoute;
