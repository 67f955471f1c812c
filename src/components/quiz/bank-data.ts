// Server side (page frontmatter): loads the question bank and the lessons, runs the cross-file
// bank checks (a problem fails `astro build`, naming the file and the question), and shapes the
// data the client scripts receive through a data-* attribute.
import { getCollection, render } from 'astro:content';
import { assertBank, type BankFile, type LessonAnchors } from '~/lib/quiz/bank-checks.ts';
import type { QuizQuestion } from '~/lib/quiz/grading.ts';
import { computeLeaks, type LeakList } from '~/lib/quiz/leaks.ts';
import { bankIndex, bankShards, type BankIndex, type BankShard } from '~/lib/quiz/bank-index.ts';

export interface ClientLesson {
  id: string;
  title: string;
  order: number;
  /** Section anchor → heading text, for "레슨에서 다시 보기" links. */
  sections: Record<string, string>;
  /** The lesson's key points (the review mode's key-point slides). */
  keyPoints: string[];
}

export interface ClientBank {
  lessons: ClientLesson[];
  questions: QuizQuestion[];
}

let cached: Promise<ClientBank> | null = null;
let leaks: Promise<LeakList> | null = null;

export function loadBank(): Promise<ClientBank> {
  cached ??= build();
  return cached;
}

/** The reveal relation of the whole bank (computed once per build: /question-bank.json and the quiz's index share it). */
export function loadLeaks(): Promise<LeakList> {
  leaks ??= loadBank().then((bank) => computeLeaks(bank.questions));
  return leaks;
}

/** What /quiz/ ships in its page: ids, lessons, sections and the reveal relation (src/lib/quiz/bank-index.ts). */
export async function loadBankIndex(): Promise<BankIndex> {
  return bankIndex(await loadBank(), await loadLeaks());
}

/** The per-lesson files /quiz-bank/<lesson>.json the quiz fetches as cards come up. */
export async function loadBankShards(): Promise<BankShard[]> {
  return bankShards(await loadBank());
}

async function build(): Promise<ClientBank> {
  const lessonEntries = (await getCollection('lessons')).sort((a, b) => a.data.order - b.data.order);
  const lessons: ClientLesson[] = [];
  const anchors: LessonAnchors[] = [];
  for (const entry of lessonEntries) {
    const { headings } = await render(entry);
    lessons.push({ id: entry.id, title: entry.data.title, order: entry.data.order, keyPoints: entry.data.keyPoints, sections: Object.fromEntries(headings.map((h) => [h.slug, h.text])) });
    anchors.push({ id: entry.id, anchors: new Set(headings.map((h) => h.slug)) });
  }
  const files: BankFile[] = (await getCollection('questions')).map((f) => ({
    file: f.filePath ?? `src/content/questions/${f.id}.yaml`,
    lesson: f.data.lesson,
    questions: f.data.questions,
  }));
  assertBank(files, anchors);
  const order = new Map(lessons.map((l, i) => [l.id, i]));
  const questions: QuizQuestion[] = files
    .sort((a, b) => (order.get(a.lesson) ?? 999) - (order.get(b.lesson) ?? 999))
    .flatMap((f) => f.questions.map((q) => ({ ...q, lesson: f.lesson })));
  return { lessons, questions };
}
