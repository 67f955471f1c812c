// The question bank as one static JSON file, fetched by the quiz and the review mode (and precached for offline
// use). Building it runs the bank's cross-file checks, so a broken question fails the build.
import type { APIRoute } from 'astro';
import { loadBank } from '~/components/quiz/bank-data';

export const GET = (async () => {
  const bank = await loadBank();
  return new Response(JSON.stringify(bank), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}) satisfies APIRoute;
