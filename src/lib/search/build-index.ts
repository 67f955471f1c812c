// Build time: the content collections → index entries → shards (used by the three index endpoints).
import { getCollection, render } from 'astro:content';
import { buildEntries, type LessonInput } from './entries.ts';
import { splitShards, type Shards } from './shards.ts';
import { TOOL_ENTRIES } from './tools.ts';

let shards: Promise<Shards> | undefined;

export function indexShards(): Promise<Shards> {
  shards ??= (async () => {
    const lessonEntries = (await getCollection('lessons')).sort((a, b) => a.data.order - b.data.order);
    const lessons: LessonInput[] = await Promise.all(
      lessonEntries.map(async (entry) => {
        const { headings } = await render(entry);
        return { id: entry.id, title: entry.data.title, description: entry.data.description, headings, body: entry.body ?? '' };
      }),
    );
    const glossary = (await getCollection('glossary')).map((t) => t.data);
    const questions = (await getCollection('questions')).map((q) => q.data);
    return splitShards(buildEntries({ lessons, glossary, questions, tools: TOOL_ENTRIES }));
  })();
  return shards;
}

export function jsonResponse(value: unknown): Response {
  return new Response(JSON.stringify(value), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
