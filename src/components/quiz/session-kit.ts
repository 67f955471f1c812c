// What a quiz session needs beyond the dashboard: the answer widgets, the grader (es-hangul) and the session
// runner (ts-fsrs). Loaded in the background once the dashboard is up and awaited before a session opens, so
// the first paint of /quiz/ does not wait for the scheduler.
export { openRunner } from '~/lib/study/runner.ts';
export { createWidget } from './widgets.ts';
export { grade, suggestGrade, typoPhrase } from '~/lib/quiz/grading.ts';
export { leakMap } from '~/lib/quiz/leaks.ts';
