// Course navigation over lesson metadata: ordering, topic groups, previous/next.
// Pure: works on plain `{ id, title, order, topic }` records so tests need no content collection.
import { TOPICS, type TopicId } from '../topics.ts';

export interface LessonMeta {
  id: string;
  title: string;
  order: number;
  topic: TopicId;
}

export interface TopicGroup<T extends LessonMeta> {
  topic: TopicId;
  label: string;
  lessons: T[];
}

export function sortLessons<T extends LessonMeta>(lessons: readonly T[]): T[] {
  return [...lessons].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

/** Groups lessons by topic, topics in the order of their first lesson, lessons by `order` inside. */
export function groupByTopic<T extends LessonMeta>(lessons: readonly T[]): TopicGroup<T>[] {
  const groups = new Map<TopicId, T[]>();
  for (const lesson of sortLessons(lessons)) {
    const list = groups.get(lesson.topic) ?? [];
    list.push(lesson);
    groups.set(lesson.topic, list);
  }
  return [...groups].map(([topic, list]) => ({
    topic,
    label: TOPICS.find((t) => t.id === topic)?.label ?? topic,
    lessons: list,
  }));
}

export function neighbours<T extends LessonMeta>(lessons: readonly T[], id: string): { prev: T | null; next: T | null } {
  const sorted = sortLessons(lessons);
  const index = sorted.findIndex((l) => l.id === id);
  if (index < 0) return { prev: null, next: null };
  return { prev: sorted[index - 1] ?? null, next: sorted[index + 1] ?? null };
}

/** Problems in the course order: duplicate `order` values. Empty when the course is consistent. */
export function orderProblems(lessons: readonly LessonMeta[]): string[] {
  const seen = new Map<number, string>();
  const problems: string[] = [];
  for (const lesson of lessons) {
    const other = seen.get(lesson.order);
    if (other) problems.push(`두 레슨(${other}, ${lesson.id})의 order 값이 모두 ${lesson.order}입니다`);
    else seen.set(lesson.order, lesson.id);
  }
  return problems;
}

export interface TocItem {
  depth: number;
  slug: string;
  text: string;
}

/** The on-page table of contents: h2 and h3 only, h3 nested under the preceding h2. */
export function tableOfContents(headings: readonly TocItem[]): (TocItem & { children: TocItem[] })[] {
  const toc: (TocItem & { children: TocItem[] })[] = [];
  for (const heading of headings) {
    if (heading.depth === 2) toc.push({ ...heading, children: [] });
    else if (heading.depth === 3) {
      const parent = toc.at(-1);
      if (parent) parent.children.push(heading);
      else toc.push({ ...heading, children: [] });
    }
  }
  return toc;
}
