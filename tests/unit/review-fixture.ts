// A synthetic bank for the review-session tests: fixed, so a frozen expectation of an old link stays valid however
// the real question bank changes.
import { readdirSync, readFileSync } from 'node:fs';
import { parse as load } from 'yaml';
import { questionSchema } from '../../src/lib/quiz/question-schema.ts';
import type { BankQuestion, LessonInfo } from '../../src/lib/review/session.ts';

export const fixtureLessons: LessonInfo[] = [
  { id: 'alpha', title: '알파', order: 1, keyPoints: ['a'] },
  { id: 'beta', title: '베타', order: 2, keyPoints: ['b'] },
  { id: 'gamma', title: '감마', order: 3, keyPoints: ['c'] },
];

const base = { explanation: '설명', difficulty: 1 as const, tags: [], section: 's' };
const options = (n: number) => Array.from({ length: n }, (_, i) => ({ text: `보기 ${i + 1}`, why: '이유' }));

/** alpha has 12 questions, beta 4, gamma 8, of every kind in turn. */
export const fixtureBank: BankQuestion[] = (['alpha', 'beta', 'gamma'] as const).flatMap((lesson) => {
  const size = lesson === 'alpha' ? 12 : lesson === 'beta' ? 4 : 8;
  return Array.from({ length: size }, (_, i): BankQuestion => {
    const id = `${lesson}-${String(i + 1).padStart(2, '0')}`;
    switch (i % 6) {
      case 0: return { ...base, id, lesson, kind: 'single', prompt: id, options: options(4), answer: 0 };
      case 1: return { ...base, id, lesson, kind: 'multiple', prompt: id, options: options(5), answers: [0, 1] };
      case 2: return { ...base, id, lesson, kind: 'true-false', prompt: id, answer: i % 4 === 0 };
      case 3: return { ...base, id, lesson, kind: 'typed', prompt: id, accepted: ['답'], exact: false, wrong: [] };
      case 4: return { ...base, id, lesson, kind: 'ordering', prompt: id, steps: ['1', '2', '3', '4'] };
      default: return { ...base, id, lesson, kind: 'matching', prompt: id, pairs: [{ left: 'a', right: '1' }, { left: 'b', right: '2' }, { left: 'c', right: '3' }] };
    }
  });
});

/** The real question bank and lessons, read as the site's content collections read them. */
export function realBank(): { lessons: LessonInfo[]; bank: BankQuestion[] } {
  const root = new URL('../../src/content/', import.meta.url);
  const lessons = readdirSync(new URL('lessons/', root)).filter((f) => f.endsWith('.mdx') && !f.startsWith('_')).map((file): LessonInfo => {
    const source = readFileSync(new URL(`lessons/${file}`, root), 'utf8');
    const front = load(source.split(/^---$/m)[1] ?? '') as { title: string; order: number; keyPoints?: string[] };
    return { id: file.replace(/\.mdx$/, ''), title: front.title, order: front.order, keyPoints: front.keyPoints ?? [] };
  });
  const bank = readdirSync(new URL('questions/', root)).filter((f) => f.endsWith('.yaml') && !f.startsWith('_')).flatMap((file) => {
    const data = load(readFileSync(new URL(`questions/${file}`, root), 'utf8')) as { lesson: string; questions: unknown[] };
    return data.questions.map((raw) => ({ ...questionSchema.parse(raw), lesson: data.lesson }));
  });
  return { lessons, bank };
}
