// The suggested rating after an answer. Adapter: the honest-grading work adds `suggestGrade` to
// src/lib/quiz/grading.ts with the same rule; until it lands in main the quiz uses this one.
import type { GradeValue } from '../srs/types.ts';

export interface AnswerFacts {
  correct: boolean;
  /** A typed answer accepted with one typo. */
  typo: boolean;
  /** The learner said "확실하지 않음" before submitting. */
  unsure: boolean;
}

/**
 * Wrong → 다시. Right but unsure → 다시 (a guess is not recall). Right with a typo → 어려움. Otherwise 알맞음.
 */
export function suggestGrade({ correct, typo, unsure }: AnswerFacts): GradeValue {
  if (!correct || unsure) return 1;
  if (typo) return 2;
  return 3;
}
