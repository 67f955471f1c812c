import { describe, expect, it } from 'vitest';
import { audienceControlsShown, commandForKey, currentStep, formatSeconds, initialState, isSummary, reduce, stepsOf, type PresenterCommand, type PresenterState } from '../../src/lib/review/presenter.ts';
import { buildSession, DEFAULT_CONFIG, type BankQuestion, type LessonInfo } from '../../src/lib/review/session.ts';

const lessons: LessonInfo[] = [{ id: 'l', title: 'L', order: 1, keyPoints: ['k1', 'k2', 'k3'] }];
const base = { explanation: 'e', difficulty: 1 as const, tags: [], section: 's', lesson: 'l' };
const bank: BankQuestion[] = [
  { ...base, id: 'q1', kind: 'single', prompt: 'p1', options: [{ text: 'a', why: 'w' }, { text: 'b', why: 'w' }, { text: 'c', why: 'w' }], answer: 1 },
  { ...base, id: 'q2', kind: 'typed', prompt: 'p2', accepted: ['x'], exact: false, wrong: [] },
];
const { slides } = buildSession({ ...DEFAULT_CONFIG, order: 'written', seed: 1, timer: 30, keyPoints: true }, lessons, bank);
const run = (commands: PresenterCommand[], from: PresenterState = initialState(30)) => commands.reduce((s, c) => reduce(s, c, slides), from);

describe('presenter steps', () => {
  it('walks key points, then prompt → options → answer, typed questions skip options, then the summary', () => {
    expect(slides.map((s) => stepsOf(s))).toEqual([['points'], ['prompt', 'options', 'answer'], ['prompt', 'answer']]);
    const seen: string[] = [];
    let state = initialState(30);
    for (let i = 0; i < 7; i++) {
      seen.push(`${state.slide}:${currentStep(state, slides)}`);
      state = reduce(state, { type: 'next' }, slides);
    }
    expect(seen).toEqual(['0:points', '1:prompt', '1:options', '1:answer', '2:prompt', '2:answer', '3:points']);
    expect(reduce(state, { type: 'next' }, slides)).toBe(state); // nothing after the summary
  });

  it('goes back step by step and lands on the previous slide’s last step', () => {
    const state = run([{ type: 'next' }, { type: 'next' }, { type: 'next' }, { type: 'next' }]);
    expect([state.slide, state.step]).toEqual([2, 0]);
    const back = run([{ type: 'back' }], state);
    expect([back.slide, currentStep(back, slides)]).toEqual([1, 'answer']);
    expect(run([{ type: 'back' }], initialState(30))).toEqual(initialState(30));
  });

  it('reveal jumps to the answer and stops the timer; on key points it does nothing', () => {
    const state = run([{ type: 'next' }, { type: 'timer-toggle' }, { type: 'reveal' }]);
    expect(currentStep(state, slides)).toBe('answer');
    expect(state.timer.running).toBe(false);
    expect(run([{ type: 'reveal' }])).toEqual(initialState(30));
  });

  it('jump moves to a slide from the overview and ignores indices out of range', () => {
    expect(run([{ type: 'toggle-overview' }, { type: 'jump', slide: 2 }])).toMatchObject({ slide: 2, step: 0, overview: false });
    expect(run([{ type: 'jump', slide: 99 }])).toEqual(initialState(30));
  });
});

describe('timer', () => {
  it('counts down only while running, never below zero, and never moves the slide', () => {
    let state = run([{ type: 'next' }, { type: 'timer-toggle' }, { type: 'tick', seconds: 10 }]);
    expect(state.timer).toEqual({ duration: 30, remaining: 20, running: true });
    state = run([{ type: 'timer-toggle' }, { type: 'tick', seconds: 10 }], state);
    expect(state.timer.remaining).toBe(20);
    state = run([{ type: 'timer-toggle' }, { type: 'timer-extend', seconds: 30 }, { type: 'tick', seconds: 100 }], state);
    expect(state.timer).toEqual({ duration: 30, remaining: 0, running: false });
    expect(state.slide).toBe(1);
  });

  it('restarts for each new slide and stays off when the session has no timer', () => {
    const state = run([{ type: 'next' }, { type: 'timer-toggle' }, { type: 'tick', seconds: 5 }, { type: 'next' }, { type: 'next' }, { type: 'next' }]);
    expect(state.slide).toBe(2);
    expect(state.timer).toEqual({ duration: 30, remaining: 30, running: false });
    expect(run([{ type: 'timer-toggle' }], initialState(0)).timer.running).toBe(false);
  });
});

describe('the closing summary', () => {
  it('has no timer: arriving stops it, and T or +30 s do nothing there', () => {
    const atEnd = run([{ type: 'next' }, { type: 'next' }, { type: 'timer-toggle' }, { type: 'tick', seconds: 3 }, { type: 'jump', slide: slides.length }]);
    expect(isSummary(atEnd, slides)).toBe(true);
    expect(atEnd.timer.running).toBe(false);
    expect(run([{ type: 'timer-toggle' }], atEnd)).toBe(atEnd);
    expect(run([{ type: 'timer-extend', seconds: 30 }], atEnd)).toBe(atEnd);
    expect(run([{ type: 'tick', seconds: 1 }], atEnd)).toBe(atEnd);
  });
});

describe('audience controls', () => {
  it('are hidden at first and shown on demand (C)', () => {
    expect(audienceControlsShown(initialState(0))).toBe(false);
    expect(audienceControlsShown(run([{ type: 'toggle-controls' }]))).toBe(true);
    expect(audienceControlsShown(run([{ type: 'toggle-controls' }, { type: 'toggle-controls' }]))).toBe(false);
    expect(commandForKey({ key: 'ㅊ', code: 'KeyC' })).toEqual({ type: 'toggle-controls' });
  });

  it('never show while the instructor’s window is open, and come back as they were when it closes', () => {
    const open = run([{ type: 'toggle-controls' }, { type: 'instructor', present: true }]);
    expect(audienceControlsShown(open)).toBe(false);
    expect(audienceControlsShown(run([{ type: 'toggle-controls' }, { type: 'toggle-controls' }], open))).toBe(false);
    expect(audienceControlsShown(run([{ type: 'instructor', present: false }], open))).toBe(true);
    expect(run([{ type: 'instructor', present: true }], open)).toBe(open);
  });
});

describe('tally and overlays', () => {
  it('records hands per option, clamped to whole non-negative numbers', () => {
    const state = run([{ type: 'tally', questionId: 'q1', option: 2, count: 7.8 }, { type: 'tally', questionId: 'q1', option: 0, count: -3 }]);
    expect(state.tallies).toEqual({ q1: [0, 0, 7] });
  });

  it('black screen, overview and help toggle; Escape closes them all', () => {
    const state = run([{ type: 'toggle-black' }, { type: 'toggle-help' }]);
    expect(state).toMatchObject({ black: true, help: true });
    expect(run([{ type: 'close-overlays' }], state)).toMatchObject({ black: false, help: false, overview: false });
  });
});

describe('keyboard', () => {
  it('maps navigation keys and physical letter keys (works with the Korean IME: key is ㄱ, code is KeyR)', () => {
    expect(commandForKey({ key: 'PageDown', code: 'PageDown' })).toEqual({ type: 'next' });
    expect(commandForKey({ key: ' ', code: 'Space' })).toEqual({ type: 'next' });
    expect(commandForKey({ key: 'PageUp', code: 'PageUp' })).toEqual({ type: 'back' });
    expect(commandForKey({ key: 'ㄱ', code: 'KeyR' })).toEqual({ type: 'reveal' });
    expect(commandForKey({ key: 'ㅅ', code: 'KeyT' })).toEqual({ type: 'timer-toggle' });
    expect(commandForKey({ key: 'T', code: 'KeyT', shiftKey: true })).toEqual({ type: 'timer-extend', seconds: 30 });
    expect(commandForKey({ key: 'ㅠ', code: 'KeyB' })).toEqual({ type: 'toggle-black' });
    expect(commandForKey({ key: 'ㄹ', code: 'KeyF' })).toBe('fullscreen');
    expect(commandForKey({ key: 'ㅔ', code: 'KeyP' })).toBe('presenter-window');
    expect(commandForKey({ key: '?', code: 'Slash', shiftKey: true })).toEqual({ type: 'toggle-help' });
    expect(commandForKey({ key: 'x', code: 'KeyX' })).toBeNull();
    expect(formatSeconds(75)).toBe('1:15');
  });
});
