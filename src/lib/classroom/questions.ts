// A review link → the room's questions, with the choices in the order the printed answer key uses. The classroom
// reuses the review mode's session builder and the shared option order, so a room, the worksheet and the key agree.
import { optionOrder } from '../quiz/option-order.ts';
import { buildSession, parseReviewParams, type BankQuestion, type LessonInfo } from '../review/session.ts';
import type { LiveQuestion } from './room.ts';

export const MAX_LIVE_QUESTIONS = 50;

export function liveQuestion(question: BankQuestion, seed: number): LiveQuestion {
  const common = { id: question.id, lesson: question.lesson, prompt: question.prompt, explanation: question.explanation };
  switch (question.kind) {
    case 'single':
    case 'multiple': {
      const order = optionOrder(question.options, seed, question.id);
      const right = new Set(question.kind === 'single' ? [question.answer] : question.answers);
      return {
        ...common,
        kind: question.kind,
        choices: order.length,
        options: order.map((i) => question.options[i]?.text ?? ''),
        key: order.flatMap((authored, shown) => (right.has(authored) ? [shown] : [])),
        answerText: null,
      };
    }
    case 'true-false':
      return { ...common, kind: 'true-false', choices: 2, options: ['참', '거짓'], key: [question.answer ? 0 : 1], answerText: null };
    case 'typed':
      return { ...common, kind: 'discuss', choices: 0, options: [], key: [], answerText: question.accepted[0] ?? '' };
    case 'ordering':
      return { ...common, kind: 'discuss', choices: 0, options: [], key: [], answerText: question.steps.map((s, i) => `${i + 1}. ${s}`).join('\n') };
    case 'matching':
      return { ...common, kind: 'discuss', choices: 0, options: [], key: [], answerText: question.pairs.map((p) => `${p.left} → ${p.right}`).join('\n') };
  }
}

export type LiveQuestionsResult = { ok: true; value: { review: string; questions: LiveQuestion[] } } | { ok: false; error: { code: string; message: string } };

/** The questions of the session a review link's query string describes. */
export function liveQuestionsFor(query: string, lessons: readonly LessonInfo[], bank: readonly BankQuestion[]): LiveQuestionsResult {
  if (query.length > 4000) return { ok: false, error: { code: 'review-too-long', message: '복습 링크가 너무 깁니다.' } };
  const config = parseReviewParams(new URLSearchParams(query), lessons.map((l) => l.id));
  const session = buildSession(config, lessons, bank);
  const questions = session.slides.flatMap((slide) => (slide.kind === 'question' ? [liveQuestion(slide.question, config.seed)] : []));
  if (questions.length === 0) return { ok: false, error: { code: 'no-questions', message: '이 복습 링크에 맞는 문제가 없습니다.' } };
  if (questions.length > MAX_LIVE_QUESTIONS) return { ok: false, error: { code: 'too-many', message: `실시간 수업은 ${MAX_LIVE_QUESTIONS}문제까지 진행할 수 있습니다.` } };
  return { ok: true, value: { review: query, questions } };
}
