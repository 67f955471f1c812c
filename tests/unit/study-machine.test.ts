import { describe, expect, it } from 'vitest';
import {
  FLAG_TYPO, FLAG_UNSURE, initialStudyState, parseResume, reduceStudy, resumeOf, studyEventForKey,
  type ModeSpec, type StudyEvent, type StudyState,
} from '../../src/lib/study/review-machine.ts';
import { suggestGrade } from '../../src/lib/quiz/grading.ts';

const DAY = 20_000;
const review: ModeSpec = { kind: 'review', lessons: ['l1'] };
const run = (events: StudyEvent[], from: StudyState = initialStudyState()) => {
  let state = from;
  const effects = [];
  for (const e of events) {
    const step = reduceStudy(state, e, DAY);
    state = step.state;
    effects.push(...step.effects);
  }
  return { state, effects };
};
/** The view computes the suggestion with the grader's rule and the toggle's state. */
const graded = (correct: boolean, typo: boolean, unsure = false): StudyEvent => ({ type: 'graded', correct, typo, suggested: suggestGrade({ correct, typo, unsure }) });
const started = run([{ type: 'start', mode: review, title: 'T', seed: 7 }, { type: 'shown', id: 'q1', scheduled: true, learningLeft: 0 }]);

describe('suggested rating', () => {
  it('wrong → 다시, right but unsure → 다시, typo → 어려움, else 알맞음', () => {
    expect(suggestGrade({ correct: false, typo: false, unsure: false })).toBe(1);
    expect(suggestGrade({ correct: true, typo: false, unsure: true })).toBe(1);
    expect(suggestGrade({ correct: true, typo: true, unsure: false })).toBe(2);
    expect(suggestGrade({ correct: true, typo: false, unsure: false })).toBe(3);
  });
});

describe('study reducer', () => {
  it('start opens the session and asks for the first card; shown puts the question up and saves the resume point', () => {
    const a = reduceStudy(initialStudyState(), { type: 'start', mode: review, title: 'T', seed: 7 }, DAY);
    expect(a.state.screen).toEqual({ name: 'opening' });
    expect(a.effects).toEqual([{ type: 'open', mode: review, seed: 7, first: null, seen: [] }, { type: 'advance' }]);
    const b = reduceStudy(a.state, { type: 'shown', id: 'q1', scheduled: true, learningLeft: 0 }, DAY);
    expect(b.state.screen).toEqual({ name: 'question', id: 'q1', unsure: false, scheduled: true });
    expect(b.effects[0]).toEqual({ type: 'save-resume', resume: { v: 1, mode: review, title: 'T', seed: 7, current: 'q1', tally: { answered: 0, right: 0, wrong: 0, unsure: 0 }, seen: [], day: DAY } });
    expect(b.effects[1]).toEqual({ type: 'focus', target: 'question' });
  });

  it('start is ignored during a session', () => {
    const step = reduceStudy(started.state, { type: 'start', mode: review, title: 'X', seed: 1 }, DAY);
    expect(step.state).toBe(started.state);
    expect(step.effects).toEqual([]);
  });

  it('unsure toggles only before submitting and makes a right answer suggest 다시 with the unsure flag', () => {
    const { state } = run([{ type: 'toggle-unsure' }, graded(true, false, true)], started.state);
    expect(state.screen).toMatchObject({ name: 'answered', unsure: true, suggested: 1 });
    expect(reduceStudy(state, { type: 'toggle-unsure' }, DAY).state).toBe(state);
    const rated = reduceStudy(state, { type: 'rate', grade: 3 }, DAY);
    expect(rated.effects).toEqual([{ type: 'rate', grade: 3, correct: true, flags: FLAG_UNSURE }]);
    expect(rated.state.screen).toMatchObject({ pending: true });
    // A second key press while the rating is saved does nothing.
    expect(reduceStudy(rated.state, { type: 'rate', grade: 4 }, DAY).effects).toEqual([]);
  });

  it('a typo answer suggests 어려움 and carries the typo flag', () => {
    const { state } = run([graded(true, true)], started.state);
    expect(state.screen).toMatchObject({ suggested: 2, typo: true });
    expect(reduceStudy(state, { type: 'rate', grade: 2 }, DAY).effects).toEqual([{ type: 'rate', grade: 2, correct: true, flags: FLAG_TYPO }]);
  });

  it('rated counts the answer, remembers the id and asks for the next card', () => {
    const { state, effects } = run([{ type: 'toggle-unsure' }, graded(false, false, true), { type: 'rate', grade: 1 }, { type: 'rated', error: null, saveError: null }], started.state);
    expect(state.tally).toEqual({ answered: 1, right: 0, wrong: 1, unsure: 1 });
    expect(state.seen).toEqual(['q1']);
    expect(state.history).toEqual([{ answered: 0, right: 0, wrong: 0, unsure: 0 }]);
    expect(effects.at(-1)).toEqual({ type: 'advance' });
  });

  it('a save error is shown but the session moves on', () => {
    const { state } = run([graded(true, false), { type: 'rate', grade: 3 }, { type: 'rated', error: null, saveError: '저장 공간이 가득' }], started.state);
    expect(state.message).toBe('저장 공간이 가득');
    expect(state.tally.answered).toBe(1);
  });

  it('a scheduler error shows the card-error screen; reset puts the same card up again, skip moves on', () => {
    const { state } = run([graded(true, false), { type: 'rate', grade: 3 }, { type: 'rated', error: '계산할 수 없습니다', saveError: null }], started.state);
    expect(state.screen).toEqual({ name: 'card-error', id: 'q1', message: '계산할 수 없습니다' });
    expect(state.tally.answered).toBe(0);
    const reset = run([{ type: 'reset-card' }], state);
    expect(reset.effects).toEqual([{ type: 'reset-card' }]);
    const afterReset = run([{ type: 'card-reset', error: null }], state);
    expect(afterReset.state.screen).toEqual({ name: 'question', id: 'q1', unsure: false, scheduled: true });
    const failedReset = run([{ type: 'card-reset', error: '저장 실패' }], state);
    expect(failedReset.state.screen.name).toBe('card-error');
    expect(failedReset.state.message).toBe('저장 실패');
    const skipped = run([{ type: 'skip-card' }], state);
    expect(skipped.effects).toEqual([{ type: 'skip-card' }, { type: 'advance' }]);
    expect(skipped.state.seen).toEqual(['q1']);
    expect(run([{ type: 'shown', id: 'q2', scheduled: true, learningLeft: 0 }], skipped.state).state.screen).toMatchObject({ name: 'question', id: 'q2' });
  });

  it('practice rates with the suggestion whatever key is pressed', () => {
    const practice = run([{ type: 'start', mode: { kind: 'practice', lesson: 'l1' }, title: 'P', seed: 1 }, { type: 'shown', id: 'q1', scheduled: false, learningLeft: 0 }, graded(false, false)]);
    expect(practice.effects.at(-1)).toEqual({ type: 'focus', target: 'next' });
    expect(reduceStudy(practice.state, { type: 'rate', grade: 4 }, DAY).effects).toEqual([{ type: 'rate', grade: 1, correct: false, flags: 0 }]);
  });

  it('undo asks the runner, then restores the tally and shows the card again; nothing to undo is a message', () => {
    const rated = run([graded(true, false), { type: 'rate', grade: 3 }, { type: 'rated', error: null, saveError: null }, { type: 'shown', id: 'q2', scheduled: true, learningLeft: 0 }], started.state);
    expect(reduceStudy(rated.state, { type: 'undo' }, DAY).effects).toEqual([{ type: 'undo' }]);
    const undone = reduceStudy(rated.state, { type: 'undone', id: 'q1', scheduled: true, error: null }, DAY);
    expect(undone.state.tally.answered).toBe(0);
    expect(undone.state.history).toEqual([]);
    expect(undone.state.screen).toMatchObject({ name: 'question', id: 'q1' });
    expect(reduceStudy(started.state, { type: 'undo' }, DAY).effects).toEqual([]);
    expect(reduceStudy(rated.state, { type: 'undone', id: null, scheduled: true, error: '저장 실패' }, DAY).state.message).toBe('저장 실패');
  });

  it('suspend moves on in a scheduled session only', () => {
    const step = reduceStudy(started.state, { type: 'suspend' }, DAY);
    expect(step.effects).toEqual([{ type: 'suspend' }, { type: 'advance' }]);
    const practice = run([{ type: 'start', mode: { kind: 'practice', lesson: 'l1' }, title: 'P', seed: 1 }, { type: 'shown', id: 'q1', scheduled: false, learningLeft: 0 }]);
    expect(reduceStudy(practice.state, { type: 'suspend' }, DAY).effects).toEqual([]);
  });

  it('the end of the queue and "end" show the summary and clear the resume point; back returns to the dashboard', () => {
    const over = run([graded(true, false), { type: 'rate', grade: 3 }, { type: 'rated', error: null, saveError: null }, { type: 'shown', id: null, scheduled: false, learningLeft: 2 }], started.state);
    expect(over.state.screen).toEqual({ name: 'summary', learningLeft: 2 });
    expect(over.effects.slice(-2)).toEqual([{ type: 'clear-resume' }, { type: 'focus', target: 'summary' }]);
    const ended = reduceStudy(started.state, { type: 'end' }, DAY);
    expect(ended.state.screen.name).toBe('summary');
    const back = reduceStudy(ended.state, { type: 'back' }, DAY);
    expect(back.state).toEqual(initialStudyState());
    expect(back.effects).toEqual([{ type: 'close' }, { type: 'focus', target: 'dashboard' }]);
    expect(reduceStudy(started.state, { type: 'back' }, DAY).effects).toEqual([]);
  });

  it('resume reopens the same mode at the saved card with the saved tally', () => {
    const saved = resumeOf({ ...started.state, tally: { answered: 3, right: 2, wrong: 1, unsure: 0 }, seen: ['a', 'b', 'c'] }, DAY);
    expect(saved).not.toBeNull();
    const step = reduceStudy(initialStudyState(), { type: 'resume', saved: saved! }, DAY);
    expect(step.effects).toEqual([{ type: 'open', mode: review, seed: 7, first: 'q1', seen: ['a', 'b', 'c'] }, { type: 'advance' }]);
    expect(step.state.tally.answered).toBe(3);
    expect(resumeOf(initialStudyState(), DAY)).toBeNull();
  });

  it('parseResume refuses other days and malformed records', () => {
    const saved = resumeOf(started.state, DAY)!;
    expect(parseResume(JSON.parse(JSON.stringify(saved)), DAY)).toEqual(saved);
    expect(parseResume(saved, DAY + 1)).toBeNull();
    expect(parseResume({ ...saved, mode: { kind: 'constructor' } }, DAY)).toBeNull();
    expect(parseResume({ ...saved, tally: { answered: -1, right: 0, wrong: 0, unsure: 0 } }, DAY)).toBeNull();
    expect(parseResume({ ...saved, seen: [1] }, DAY)).toBeNull();
    expect(parseResume('x', DAY)).toBeNull();
    expect(parseResume(null, DAY)).toBeNull();
  });

  it('maps keys by physical code (U with the Korean IME on) and by screen', () => {
    expect(studyEventForKey({ name: 'question', id: 'q', unsure: false, scheduled: true }, { key: 'ㅕ', code: 'KeyU' })).toEqual({ type: 'toggle-unsure' });
    expect(studyEventForKey({ name: 'question', id: 'q', unsure: false, scheduled: true }, { key: 'Enter', code: 'Enter' })).toBe('submit');
    const answered = { name: 'answered', id: 'q', correct: true, typo: false, unsure: false, suggested: 3, scheduled: true, pending: false } as const;
    expect(studyEventForKey(answered, { key: '2', code: 'Digit2' })).toEqual({ type: 'rate', grade: 2 });
    expect(studyEventForKey(answered, { key: ' ', code: 'Space' })).toEqual({ type: 'rate', grade: 3 });
    expect(studyEventForKey({ ...answered, scheduled: false }, { key: '2', code: 'Digit2' })).toBeNull();
    expect(studyEventForKey({ name: 'dashboard' }, { key: 'Enter', code: 'Enter' })).toBeNull();
  });
});

