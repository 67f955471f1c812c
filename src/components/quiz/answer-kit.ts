// What checking and rating an answer needs: the grader (es-hangul) and the FSRS scheduler (ts-fsrs). Requested once
// the first card is on screen and awaited when an answer is checked, so /quiz/ shows its first question without them.
export { grade, suggestGrade, typoPhrase } from '~/lib/quiz/grading.ts';
export { createScheduler } from '~/lib/srs/scheduler.ts';
