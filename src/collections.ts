// Build-time access to the content collections for pages and layouts (src/lib stays free of astro:* imports).
import { getCollection, type CollectionEntry } from 'astro:content';
import { orderProblems, sortLessons } from './lib/lessons/navigation.ts';

export type LessonEntry = CollectionEntry<'lessons'> & {
  title: string;
  order: number;
  topic: CollectionEntry<'lessons'>['data']['topic'];
};

/** All lessons in course order; fails the build when two lessons claim the same `order`. */
export async function getLessons(): Promise<LessonEntry[]> {
  const entries = await getCollection('lessons');
  const lessons = entries.map((e) => ({ ...e, title: e.data.title, order: e.data.order, topic: e.data.topic }));
  const problems = orderProblems(lessons);
  if (problems.length > 0) throw new Error(`레슨 순서 오류: ${problems.join('; ')}`);
  return sortLessons(lessons);
}
