// What showing a session's cards needs beyond the dashboard: the answer widgets and the session runner (the runner
// takes the scheduler injected, see answer-kit.ts). Loaded in the background once the dashboard is up and awaited
// before a session opens.
export { openRunner } from '~/lib/study/runner.ts';
export { createWidget } from './widgets.ts';
export { leakMap } from '~/lib/quiz/leak-map.ts';
