// The question bank as one static JSON file, for pages that need all of it: the mock exam, 오답 노트 and the review
// mode (precached for offline use; /quiz/ itself loads it per lesson, see src/lib/quiz/bank-index.ts, and the lesson
// pages' mastery marks read only /quiz-bank/index.json). Building it runs the bank's cross-file checks, so a broken question fails the build. It also carries the
// reveal relation between questions (which question prints another's answer), computed here once so the quiz's
// queue can keep such pairs apart without shipping the matcher.
import type { APIRoute } from 'astro';
import { loadBank, loadLeaks } from '~/components/quiz/bank-data';
import type { QuestionBankJson } from '~/components/question-bank.ts';

export const GET = (async () => {
  const bank = await loadBank();
  const body: QuestionBankJson = { ...bank, leaks: await loadLeaks() };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}) satisfies APIRoute;
