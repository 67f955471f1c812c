// Content (lessons, glossary, questions, tools) → search index entries. Pure: the endpoint feeds it the
// content collections, the tests feed it fixtures.
import { excerpt, mdxToText, splitSections } from './markdown.ts';
import type { SearchEntry } from './types.ts';

export interface LessonInput {
  id: string;
  title: string;
  description: string;
  /** `render(entry).headings`: depth, github-slugger slug, plain text. */
  headings: readonly { depth: number; slug: string; text: string }[];
  /** MDX source (`entry.body`); the text under each heading becomes its excerpt. */
  body: string;
}

export interface GlossaryInput {
  id: string;
  ko: string;
  en: string;
  abbr?: string | undefined;
  aliases?: readonly string[] | undefined;
  definition: string;
  lesson: string;
  section: string;
}

export interface QuestionFileInput {
  lesson: string;
  questions: readonly { id: string; section: string; prompt: string }[];
}

export interface IndexInput {
  lessons: readonly LessonInput[];
  glossary: readonly GlossaryInput[];
  questions: readonly QuestionFileInput[];
  tools: readonly SearchEntry[];
}

/** Headings deeper than this are folded into their parent section. */
const MAX_DEPTH = 3;

export function lessonUrl(lessonId: string, anchor?: string): string {
  return `/lessons/${lessonId}/${anchor ? `#${anchor}` : ''}`;
}

const norm = (s: string) => s.normalize('NFC').replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();

export function buildEntries(input: IndexInput): SearchEntry[] {
  const out: SearchEntry[] = [];
  const lessonTitles = new Map<string, string>();
  const headingTexts = new Map<string, string>();

  for (const lesson of input.lessons) {
    lessonTitles.set(lesson.id, lesson.title);
    out.push({ id: `lesson:${lesson.id}`, kind: 'lesson', title: lesson.title, url: lessonUrl(lesson.id), excerpt: excerpt(lesson.description) });

    // Pair rendered headings with the source sections by text, in order; unmatched ones get no excerpt.
    const sections = splitSections(lesson.body).filter((s) => s.heading);
    let cursor = 0;
    for (const h of lesson.headings) {
      headingTexts.set(`${lesson.id}#${h.slug}`, h.text);
      if (h.depth < 2 || h.depth > MAX_DEPTH) continue;
      let text = '';
      for (let i = cursor; i < sections.length; i++) {
        const s = sections[i];
        if (s?.heading && norm(s.heading.text) === norm(h.text)) {
          text = s.text;
          // Fold deeper subsections into this one's text when it has none of its own.
          for (let j = i + 1; !text && j < sections.length; j++) {
            const sub = sections[j];
            if (!sub?.heading || sub.heading.depth <= MAX_DEPTH) break;
            text = sub.text;
          }
          cursor = i + 1;
          break;
        }
      }
      const entry: SearchEntry = { id: `lesson:${lesson.id}#${h.slug}`, kind: 'lesson', title: h.text, url: lessonUrl(lesson.id, h.slug), lesson: lesson.title };
      if (text) entry.excerpt = excerpt(text);
      out.push(entry);
    }
  }

  for (const t of input.glossary) {
    const entry: SearchEntry = { id: `term:${t.id}`, kind: 'term', title: t.ko, url: `/glossary/#${t.id}`, en: t.en, excerpt: excerpt(t.definition), see: lessonUrl(t.lesson, t.section) };
    if (t.abbr) entry.abbr = t.abbr;
    if (t.aliases && t.aliases.length > 0) entry.aliases = [...t.aliases];
    const lesson = lessonTitles.get(t.lesson);
    if (lesson) entry.lesson = lesson;
    const heading = headingTexts.get(`${t.lesson}#${t.section}`);
    if (heading) entry.heading = heading;
    out.push(entry);
  }

  for (const file of input.questions) {
    for (const q of file.questions) {
      const entry: SearchEntry = { id: `question:${q.id}`, kind: 'question', title: mdxToText(q.prompt), url: lessonUrl(file.lesson, q.section) };
      const lesson = lessonTitles.get(file.lesson);
      if (lesson) entry.lesson = lesson;
      const heading = headingTexts.get(`${file.lesson}#${q.section}`);
      if (heading) entry.heading = heading;
      out.push(entry);
    }
  }

  out.push(...input.tools);
  return out;
}
