// /search-index.json: every lesson section, glossary term, quiz prompt and tool page, written at build time.
// The search dialog fetches it on first use; matching keys are computed in the browser (smaller file).
import type { APIRoute } from 'astro';
import { getCollection, render } from 'astro:content';
import { buildEntries, type LessonInput } from '~/lib/search/entries.ts';
import { TOOL_ENTRIES } from '~/lib/search/tools.ts';

export const prerender = true;

export const GET: APIRoute = async () => {
  const lessonEntries = (await getCollection('lessons')).sort((a, b) => a.data.order - b.data.order);
  const lessons: LessonInput[] = await Promise.all(
    lessonEntries.map(async (entry) => {
      const { headings } = await render(entry);
      return { id: entry.id, title: entry.data.title, description: entry.data.description, headings, body: entry.body ?? '' };
    }),
  );
  const glossary = (await getCollection('glossary')).map((t) => t.data);
  const questions = (await getCollection('questions')).map((q) => q.data);
  const entries = buildEntries({ lessons, glossary, questions, tools: TOOL_ENTRIES });
  return new Response(JSON.stringify(entries), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
