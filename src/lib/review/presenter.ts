// The presenter's state and every command that changes it, as one pure reducer. The audience window owns the
// state; the instructor's window sends commands over BroadcastChannel and renders the same state.
// Timers never advance a slide: only `next`/`back`/`jump` move.
import type { Slide } from './session.ts';

export type Step = 'points' | 'prompt' | 'options' | 'answer';

export interface TimerState {
  /** Seconds per question from the session (0 = timers off). */
  duration: number;
  remaining: number;
  running: boolean;
}

export interface PresenterState {
  /** Index into slides; slides.length is the closing summary. */
  slide: number;
  step: number;
  black: boolean;
  overview: boolean;
  help: boolean;
  /** The audience screen's controls and tally inputs, shown on demand (C or the small button). */
  controls: boolean;
  /** An instructor's window is open: it carries the controls, so the audience screen shows none. */
  instructor: boolean;
  timer: TimerState;
  /** Hands per option, by question id. */
  tallies: Record<string, number[]>;
}

export type PresenterCommand =
  | { type: 'next' }
  | { type: 'back' }
  | { type: 'reveal' }
  | { type: 'jump'; slide: number }
  | { type: 'toggle-black' }
  | { type: 'toggle-overview' }
  | { type: 'toggle-help' }
  | { type: 'toggle-controls' }
  | { type: 'instructor'; present: boolean }
  | { type: 'close-overlays' }
  | { type: 'timer-toggle' }
  | { type: 'timer-extend'; seconds: number }
  | { type: 'timer-reset' }
  | { type: 'tick'; seconds: number }
  | { type: 'tally'; questionId: string; option: number; count: number };

/** The steps a slide goes through on screen. */
export function stepsOf(slide: Slide | undefined): Step[] {
  if (!slide) return ['points'];
  if (slide.kind === 'key-points') return ['points'];
  return slide.question.kind === 'typed' ? ['prompt', 'answer'] : ['prompt', 'options', 'answer'];
}

export function initialState(timerSeconds: number): PresenterState {
  return {
    slide: 0,
    step: 0,
    black: false,
    overview: false,
    help: false,
    controls: false,
    instructor: false,
    timer: { duration: timerSeconds, remaining: timerSeconds, running: false },
    tallies: {},
  };
}

export function currentStep(state: PresenterState, slides: readonly Slide[]): Step {
  return stepsOf(slides[state.slide])[state.step] ?? 'points';
}

/** Whether the audience screen shows its controls: never while an instructor's window drives it, else on demand. */
export function audienceControlsShown(state: PresenterState): boolean {
  return state.controls && !state.instructor;
}

/** The closing summary: no question, so no timer. */
export function isSummary(state: PresenterState, slides: readonly Slide[]): boolean {
  return state.slide >= slides.length;
}

export function isRevealed(state: PresenterState, slides: readonly Slide[]): boolean {
  return currentStep(state, slides) === 'answer';
}

function enterSlide(state: PresenterState, slide: number, step: number): PresenterState {
  // A new question starts with a fresh, stopped timer.
  const timer = slide === state.slide ? state.timer : { ...state.timer, remaining: state.timer.duration, running: false };
  return { ...state, slide, step, timer, overview: false, black: false };
}

export function reduce(state: PresenterState, command: PresenterCommand, slides: readonly Slide[]): PresenterState {
  const last = slides.length; // the summary
  const stepCount = (i: number) => stepsOf(slides[i]).length;
  switch (command.type) {
    case 'next':
      if (state.slide >= last) return state;
      if (state.step < stepCount(state.slide) - 1) return { ...state, step: state.step + 1, black: false };
      return enterSlide(state, state.slide + 1, 0);
    case 'back':
      if (state.step > 0) return { ...state, step: state.step - 1, black: false };
      if (state.slide === 0) return state;
      return enterSlide(state, state.slide - 1, stepCount(state.slide - 1) - 1);
    case 'reveal': {
      const steps = stepsOf(slides[state.slide]);
      const answer = steps.indexOf('answer');
      if (state.slide >= last || answer < 0) return state;
      return { ...state, step: answer, black: false, timer: { ...state.timer, running: false } };
    }
    case 'jump':
      if (!Number.isInteger(command.slide) || command.slide < 0 || command.slide > last) return state;
      return enterSlide(state, command.slide, 0);
    case 'toggle-black':
      return { ...state, black: !state.black };
    case 'toggle-overview':
      return { ...state, overview: !state.overview, help: false };
    case 'toggle-help':
      return { ...state, help: !state.help, overview: false };
    case 'toggle-controls':
      return { ...state, controls: !state.controls };
    case 'instructor':
      return state.instructor === command.present ? state : { ...state, instructor: command.present };
    case 'close-overlays':
      return { ...state, help: false, overview: false, black: false };
    case 'timer-toggle': {
      if (state.timer.duration === 0 || state.slide >= last) return state;
      const remaining = state.timer.remaining > 0 ? state.timer.remaining : state.timer.duration;
      return { ...state, timer: { ...state.timer, remaining, running: !state.timer.running } };
    }
    case 'timer-extend':
      if (state.timer.duration === 0 || command.seconds <= 0 || state.slide >= last) return state;
      return { ...state, timer: { ...state.timer, remaining: state.timer.remaining + command.seconds } };
    case 'timer-reset':
      return { ...state, timer: { ...state.timer, remaining: state.timer.duration, running: false } };
    case 'tick': {
      if (!state.timer.running) return state;
      const remaining = Math.max(0, state.timer.remaining - command.seconds);
      return { ...state, timer: { ...state.timer, remaining, running: remaining > 0 } };
    }
    case 'tally': {
      if (!Number.isInteger(command.option) || command.option < 0 || command.option > 20) return state;
      const count = Number.isFinite(command.count) ? Math.max(0, Math.min(9999, Math.floor(command.count))) : 0;
      const counts = [...(state.tallies[command.questionId] ?? [])];
      while (counts.length <= command.option) counts.push(0);
      counts[command.option] = count;
      return { ...state, tallies: { ...state.tallies, [command.questionId]: counts } };
    }
    default: {
      const unreachable: never = command;
      return unreachable;
    }
  }
}

/** Keyboard → command. Letters use `event.code` (physical key), so they work with the Korean IME on. */
export function commandForKey(key: { key: string; code: string; shiftKey?: boolean }): PresenterCommand | 'fullscreen' | 'presenter-window' | null {
  switch (key.key) {
    case 'ArrowRight': case 'PageDown': case ' ': return { type: 'next' };
    case 'ArrowLeft': case 'PageUp': return { type: 'back' };
    case 'Escape': return { type: 'close-overlays' };
    case '?': return { type: 'toggle-help' };
    default: break;
  }
  switch (key.code) {
    case 'KeyR': return { type: 'reveal' };
    case 'KeyT': return key.shiftKey ? { type: 'timer-extend', seconds: 30 } : { type: 'timer-toggle' };
    case 'KeyB': return { type: 'toggle-black' };
    case 'KeyO': return { type: 'toggle-overview' };
    case 'KeyC': return { type: 'toggle-controls' };
    case 'KeyF': return 'fullscreen';
    case 'KeyP': return 'presenter-window';
    case 'Slash': return key.shiftKey ? { type: 'toggle-help' } : null;
    default: return null;
  }
}

export function formatSeconds(total: number): string {
  const s = Math.max(0, Math.round(total));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
