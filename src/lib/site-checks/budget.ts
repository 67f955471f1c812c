// The performance budget per page type (gzip bytes loaded before the first interaction), checked from dist/.
import type { PageWeight } from './weight.ts';

export const BUDGET = {
  lessonJs: 10 * 1024,
  interactiveJs: 40 * 1024,
  otherJs: 10 * 1024,
  css: 20 * 1024,
} as const;

/** Tools, quiz, review and search pages run their widgets from the start; they get the larger JS budget. */
export function isInteractive(path: string): boolean {
  return /^\/(tools\/[^/]+\/|quiz\/|review\/|search\/)/.test(path);
}

export function budgetProblems(weights: readonly PageWeight[]): string[] {
  const problems: string[] = [];
  for (const page of weights) {
    const jsLimit = page.path.startsWith('/lessons/') && page.path !== '/lessons/' ? BUDGET.lessonJs : isInteractive(page.path) ? BUDGET.interactiveJs : BUDGET.otherJs;
    if (page.js.gzip > jsLimit) problems.push(`${page.path}: JavaScript ${(page.js.gzip / 1024).toFixed(1)} KB gzip > 예산 ${(jsLimit / 1024).toFixed(0)} KB`);
    if (page.css.gzip > BUDGET.css) problems.push(`${page.path}: CSS ${(page.css.gzip / 1024).toFixed(1)} KB gzip > 예산 ${(BUDGET.css / 1024).toFixed(0)} KB`);
  }
  return problems;
}
