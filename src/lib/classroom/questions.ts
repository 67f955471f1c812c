// A review link → the room's questions, with the choices in the order the printed answer key uses. The classroom
// reuses the review mode's session builder and the shared option order, so a room, the worksheet and the key agree.
import { buildSession, choiceLabels, correctChoices, parseReviewParams, type BankQuestion, type LessonInfo, type QuestionSlide } from '../review/session.ts';
import type { LiveQuestion } from './room.ts';

export const MAX_LIVE_QUESTIONS = 50;

/** A review slide's question for the room, its choices in the slide's display order (letter A is the key's A). */
export function liveQuestion(slide: QuestionSlide): LiveQuestion {
  const question = slide.question;
  const common = { id: question.id, lesson: question.lesson, prompt: question.prompt, explanation: question.explanation };
  switch (question.kind) {
    case 'single':
    case 'multiple':
    case 'true-false': {
      // The review session's own display order and key: the room, the worksheet and the printed key agree.
      const options = choiceLabels(slide);
      return { ...common, kind: question.kind, choices: options.length, options, key: correctChoices(slide), answerText: null };
    }
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
  const questions = session.slides.flatMap((slide) => (slide.kind === 'question' ? [liveQuestion(slide)] : []));
  if (questions.length === 0) return { ok: false, error: { code: 'no-questions', message: '이 복습 링크에 맞는 문제가 없습니다.' } };
  if (questions.length > MAX_LIVE_QUESTIONS) return { ok: false, error: { code: 'too-many', message: `실시간 수업은 ${MAX_LIVE_QUESTIONS}문제까지 진행할 수 있습니다.` } };
  return { ok: true, value: { review: query, questions } };
}
