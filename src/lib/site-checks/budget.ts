// The performance budget per page type: gzip bytes a page transfers before the first interaction, measured in
// Chromium by network events (src/lib/site-checks/transfer.ts), dynamic imports and fetched JSON included.
import type { Transfer } from './transfer.ts';

// Ratchet: these figures count lazily loaded modules and fetched JSON (not only the static imports they counted
// before). Each is today's measured figure with a little room, so nothing grows unnoticed (`npm run bench -- pages`
// prints them all):
// - lessons 7.9–8.4 KB of JS: the search dialog's code loads on first use (the page carries a small button stub);
// - the quiz 57 KB before the first question (issue 18's target 60 KB): the grader and ts-fsrs load once the card
//   is up;
// - /review/ 122 KB in all: it still fetches the whole bank (/question-bank.json, 78 KB) for the question picker.
export const BUDGET = {
  lessonJs: 9.5 * 1024,
  /** Largest today: /tools/scaling-lab/ 35.3 KB (/quiz/cards/ 26.6 KB since it imports src/lib/srs module by module, without ts-fsrs). */
  interactiveJs: 36 * 1024,
  otherJs: 12 * 1024,
  css: 20 * 1024,
  /** Everything a page transfers before interaction (document, JS, CSS, JSON; images excluded). Largest lesson 48.5 KB. */
  lessonTotal: 55 * 1024,
  interactiveTotal: 125 * 1024,
  /** The quiz, everything requested before its first question is on screen (issue 18's target). */
  quizBeforeFirstQuestion: 60 * 1024,
} as const;

/** Tools, quiz, review and search pages run their widgets from the start; they get the larger JS budget. */
export function isInteractive(path: string): boolean {
  return /^\/(tools\/[^/]+\/|quiz\/|review\/|search\/)/.test(path);
}

export function budgetProblems(path: string, t: Transfer): string[] {
  const problems: string[] = [];
  const lesson = path.startsWith('/lessons/') && path !== '/lessons/';
  const jsLimit = lesson ? BUDGET.lessonJs : isInteractive(path) ? BUDGET.interactiveJs : BUDGET.otherJs;
  const totalLimit = isInteractive(path) ? BUDGET.interactiveTotal : BUDGET.lessonTotal;
  const k = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  if (t.byKind.script > jsLimit) problems.push(`${path}: JavaScript ${k(t.byKind.script)} gzip > 예산 ${k(jsLimit)}`);
  if (t.byKind.stylesheet > BUDGET.css) problems.push(`${path}: CSS ${k(t.byKind.stylesheet)} gzip > 예산 ${k(BUDGET.css)}`);
  const total = t.total - t.byKind.image - t.byKind.font;
  if (total > totalLimit) problems.push(`${path}: 전송량 ${k(total)} gzip > 예산 ${k(totalLimit)}`);
  return problems;
}

/** The quiz before its first question (src/lib/site-checks/transfer.ts quizFirstQuestion): one limit, images excluded. */
export function firstQuestionProblems(t: Transfer): string[] {
  const total = t.total - t.byKind.image - t.byKind.font;
  const k = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  return total > BUDGET.quizBeforeFirstQuestion ? [`/quiz/ 첫 문항까지 전송량 ${k(total)} gzip > 예산 ${k(BUDGET.quizBeforeFirstQuestion)}`] : [];
}
