// The review mode's data: lessons (with key points) and every question, fetched by the presenter and worksheet
// pages. (The question bank's cross-file checks run when /quiz/ builds.)
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { getLessons } from '~/collections';
import type { ReviewBank } from '~/components/review/bank';

export const GET = (async () => {
  const lessons = await getLessons();
  const rank = new Map(lessons.map((l, i) => [l.id, i]));
  const files = (await getCollection('questions')).sort((a, b) => (rank.get(a.data.lesson) ?? 999) - (rank.get(b.data.lesson) ?? 999));
  const bank: ReviewBank = {
    lessons: lessons.map((l) => ({ id: l.id, title: l.title, order: l.order, keyPoints: l.data.keyPoints })),
    questions: files.flatMap((f) => f.data.questions.map((q) => ({ ...q, lesson: f.data.lesson }))),
  };
  return new Response(JSON.stringify(bank), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}) satisfies APIRoute;
