// The question kinds and their Korean names, shared by the quiz, the review mode and its setup form.
// No schema import here: client bundles use it and must not pull in zod.
import type { QuestionKind } from './question-schema.ts';

export const QUESTION_KINDS: readonly QuestionKind[] = ['single', 'multiple', 'true-false', 'typed', 'ordering', 'matching'];

export const KIND_LABELS: Readonly<Record<QuestionKind, string>> = {
  single: '하나 고르기',
  multiple: '맞는 것 모두 고르기',
  'true-false': '참/거짓',
  typed: '직접 입력',
  ordering: '순서 맞추기',
  matching: '짝 맞추기',
};
