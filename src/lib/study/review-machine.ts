// The quiz screen (/quiz/) as one pure reducer: screens, transitions, and the effects the element must run,
// as data. The element (src/components/quiz/app.ts) runs the effects against a session runner and feeds the
// outcomes back as events; it renders only from the state. Modes (daily review, lesson loop, practice,
// 오답 노트) differ only in how their queue is planned (src/lib/study/plans.ts), never in this reducer.
import type { GradeValue } from '../srs/types.ts';

export type ModeSpec =
  /** Daily review over all lessons (`lessons: null`) or chosen ones (the lesson loop; today's extensions apply). */
  | { kind: 'review'; lessons: string[] | null }
  /** Cram one lesson: every question, shuffled, nothing rescheduled. */
  | { kind: 'practice'; lesson: string }
  /** 오답 노트: recent mistakes, leeches, flagged cards; only due cards are rescheduled. */
  | { kind: 'mistakes'; lessons: string[] | null; days: number }
  /** Chosen cards (the card browser's 바로 풀기): a card due today counts as its review, the others are practice. */
  | { kind: 'cards'; ids: string[] };

export interface Tally {
  answered: number;
  right: number;
  wrong: number;
  /** Answers the learner marked "확실하지 않음". */
  unsure: number;
}

export type Screen =
  | { name: 'dashboard' }
  /** The runner is opening the session and picking the first card. */
  | { name: 'opening' }
  | { name: 'question'; id: string; unsure: boolean; scheduled: boolean }
  | { name: 'answered'; id: string; correct: boolean; typo: boolean; unsure: boolean; suggested: GradeValue; scheduled: boolean; pending: boolean }
  /** The scheduler could not rate this card (impossible stored values): reset it or skip it. */
  | { name: 'card-error'; id: string; message: string }
  | { name: 'summary'; learningLeft: number };

export interface StudyState {
  screen: Screen;
  mode: ModeSpec | null;
  title: string;
  /** Seed of this session's shuffles (practice order, option order). */
  seed: number;
  tally: Tally;
  /** Tallies before each rating still undoable in this visit. */
  history: Tally[];
  /** Ids answered in this session, so a resumed session does not ask them again (practice, 오답 노트). */
  seen: string[];
  /** Last message for the live region. */
  message: string;
}

/** What survives a reload: enough to reopen the same session at the same question. */
export interface ResumeState {
  v: 1;
  mode: ModeSpec;
  title: string;
  seed: number;
  current: string;
  tally: Tally;
  seen: string[];
  /** Study day the session was started on: a session from another day is not resumed. */
  day: number;
}

export type StudyEvent =
  | { type: 'start'; mode: ModeSpec; title: string; seed: number }
  | { type: 'resume'; saved: ResumeState }
  /** The runner moved on: the next card (null when the session is over). */
  | { type: 'shown'; id: string | null; scheduled: boolean; learningLeft: number }
  | { type: 'toggle-unsure' }
  /** `suggested`: the grader's suggestion for this answer, unsure included (`suggestGrade` in src/lib/quiz/grading.ts). */
  | { type: 'graded'; correct: boolean; typo: boolean; suggested: GradeValue }
  | { type: 'rate'; grade: GradeValue }
  /** Outcome of a rate effect; `error` is the Korean message of a card the scheduler could not rate. */
  | { type: 'rated'; error: string | null; saveError: string | null }
  | { type: 'undo' }
  | { type: 'undone'; id: string | null; scheduled: boolean; error: string | null }
  | { type: 'suspend' }
  | { type: 'reset-card' }
  | { type: 'skip-card' }
  | { type: 'card-reset'; error: string | null }
  | { type: 'end' }
  | { type: 'back' };

export type StudyEffect =
  | { type: 'open'; mode: ModeSpec; seed: number; first: string | null; seen: string[] }
  | { type: 'advance' }
  | { type: 'rate'; grade: GradeValue; correct: boolean; flags: number }
  | { type: 'undo' }
  | { type: 'suspend' }
  | { type: 'reset-card' }
  | { type: 'skip-card' }
  | { type: 'save-resume'; resume: ResumeState }
  | { type: 'clear-resume' }
  | { type: 'close' }
  | { type: 'focus'; target: 'question' | 'rating' | 'next' | 'summary' | 'dashboard' | 'card-error' };

export interface Step {
  state: StudyState;
  effects: StudyEffect[];
}

/** Log-row flag bits (the same numbers as the srs module's `LogFlag`). */
export const FLAG_UNSURE = 1;
export const FLAG_TYPO = 2;

const ZERO: Tally = { answered: 0, right: 0, wrong: 0, unsure: 0 };

export function initialStudyState(): StudyState {
  return { screen: { name: 'dashboard' }, mode: null, title: '', seed: 0, tally: ZERO, history: [], seen: [], message: '' };
}

/** Does this mode reschedule cards at all (practice never does)? */
export function modeSchedules(mode: ModeSpec | null): boolean {
  return mode !== null && mode.kind !== 'practice';
}

/** The resume record for the current state, or null when there is nothing to resume. */
export function resumeOf(state: StudyState, day: number): ResumeState | null {
  const s = state.screen;
  if (!state.mode || (s.name !== 'question' && s.name !== 'answered' && s.name !== 'card-error')) return null;
  return { v: 1, mode: state.mode, title: state.title, seed: state.seed, current: s.id, tally: state.tally, seen: state.seen, day };
}

/** Checks a resume record read from storage (never trusted). */
export function parseResume(value: unknown, day: number): ResumeState | null {
  if (typeof value !== 'object' || value === null) return null;
  const r = value as Partial<ResumeState>;
  const m = r.mode as Partial<ModeSpec> | undefined;
  const lessonsOk = (l: unknown) => l === null || (Array.isArray(l) && l.every((x) => typeof x === 'string'));
  const modeOk = !!m && (
    (m.kind === 'review' && lessonsOk((m as { lessons?: unknown }).lessons)) ||
    (m.kind === 'practice' && typeof (m as { lesson?: unknown }).lesson === 'string') ||
    (m.kind === 'mistakes' && lessonsOk((m as { lessons?: unknown }).lessons) && Number.isInteger((m as { days?: unknown }).days)) ||
    (m.kind === 'cards' && Array.isArray((m as { ids?: unknown }).ids) && (m as { ids: unknown[] }).ids.every((x) => typeof x === 'string'))
  );
  const t = r.tally as Partial<Tally> | undefined;
  const tallyOk = !!t && [t.answered, t.right, t.wrong, t.unsure].every((n) => Number.isInteger(n) && (n as number) >= 0);
  if (r.v !== 1 || !modeOk || !tallyOk || typeof r.current !== 'string' || typeof r.title !== 'string' || !Number.isInteger(r.seed)) return null;
  if (!Array.isArray(r.seen) || !r.seen.every((x) => typeof x === 'string')) return null;
  if (r.day !== day) return null;
  return r as ResumeState;
}

const inSession = (s: Screen) => s.name === 'question' || s.name === 'answered' || s.name === 'card-error' || s.name === 'opening';

export function reduceStudy(state: StudyState, event: StudyEvent, day: number): Step {
  const same: Step = { state, effects: [] };
  const s = state.screen;
  switch (event.type) {
    case 'start': {
      if (inSession(s)) return same;
      const next: StudyState = { ...initialStudyState(), screen: { name: 'opening' }, mode: event.mode, title: event.title, seed: event.seed };
      return { state: next, effects: [{ type: 'open', mode: event.mode, seed: event.seed, first: null, seen: [] }, { type: 'advance' }] };
    }
    case 'resume': {
      if (inSession(s)) return same;
      const r = event.saved;
      const next: StudyState = { ...initialStudyState(), screen: { name: 'opening' }, mode: r.mode, title: r.title, seed: r.seed, tally: r.tally, seen: r.seen, message: resumeMessage(r) };
      return { state: next, effects: [{ type: 'open', mode: r.mode, seed: r.seed, first: r.current, seen: r.seen }, { type: 'advance' }] };
    }
    case 'shown': {
      if (s.name !== 'opening' && s.name !== 'answered' && s.name !== 'card-error') return same;
      if (event.id === null) {
        const next: StudyState = { ...state, screen: { name: 'summary', learningLeft: event.learningLeft }, message: summaryMessage(state.tally) };
        return { state: next, effects: [{ type: 'clear-resume' }, { type: 'focus', target: 'summary' }] };
      }
      const next: StudyState = { ...state, screen: { name: 'question', id: event.id, unsure: false, scheduled: event.scheduled } };
      const resume = resumeOf(next, day);
      return { state: next, effects: [...(resume ? [{ type: 'save-resume', resume } as const] : []), { type: 'focus', target: 'question' }] };
    }
    case 'toggle-unsure': {
      if (s.name !== 'question') return same;
      const unsure = !s.unsure;
      return { state: { ...state, screen: { ...s, unsure }, message: unsure ? '확실하지 않음으로 표시했습니다.' : '확실하지 않음 표시를 껐습니다.' }, effects: [] };
    }
    case 'graded': {
      if (s.name !== 'question') return same;
      const screen: Screen = { name: 'answered', id: s.id, correct: event.correct, typo: event.typo, unsure: s.unsure, suggested: event.suggested, scheduled: s.scheduled, pending: false };
      return { state: { ...state, screen }, effects: [{ type: 'focus', target: s.scheduled ? 'rating' : 'next' }] };
    }
    case 'rate': {
      if (s.name !== 'answered' || s.pending) return same;
      // Practice never reschedules: whatever is pressed, the suggestion decides whether the card comes back.
      const grade = s.scheduled ? event.grade : s.suggested;
      const flags = (s.unsure ? FLAG_UNSURE : 0) | (s.typo ? FLAG_TYPO : 0);
      return { state: { ...state, screen: { ...s, pending: true } }, effects: [{ type: 'rate', grade, correct: s.correct, flags }] };
    }
    case 'rated': {
      if (s.name !== 'answered' || !s.pending) return same;
      if (event.error !== null) {
        return { state: { ...state, screen: { name: 'card-error', id: s.id, message: event.error }, message: event.error }, effects: [{ type: 'focus', target: 'card-error' }] };
      }
      const tally: Tally = {
        answered: state.tally.answered + 1,
        right: state.tally.right + (s.correct ? 1 : 0),
        wrong: state.tally.wrong + (s.correct ? 0 : 1),
        unsure: state.tally.unsure + (s.unsure ? 1 : 0),
      };
      const seen = state.seen.includes(s.id) ? state.seen : [...state.seen, s.id];
      return { state: { ...state, tally, history: [...state.history, state.tally], seen, message: event.saveError ?? '' }, effects: [{ type: 'advance' }] };
    }
    case 'undo': {
      if ((s.name !== 'question' && s.name !== 'summary') || state.history.length === 0) return same;
      return { state, effects: [{ type: 'undo' }] };
    }
    case 'undone': {
      if (event.id === null) return { state: { ...state, message: event.error ?? '되돌릴 평가가 없습니다.' }, effects: [] };
      const tally = state.history[state.history.length - 1] ?? state.tally;
      const next: StudyState = {
        ...state,
        tally,
        history: state.history.slice(0, -1),
        screen: { name: 'question', id: event.id, unsure: false, scheduled: event.scheduled },
        message: '마지막 평가를 되돌렸습니다. 같은 문항을 다시 풉니다.',
      };
      const resume = resumeOf(next, day);
      return { state: next, effects: [...(resume ? [{ type: 'save-resume', resume } as const] : []), { type: 'focus', target: 'question' }] };
    }
    case 'suspend': {
      if (s.name !== 'question' || !s.scheduled) return same;
      return { state: { ...state, screen: { name: 'opening' }, message: '이 문항을 보류했습니다. 학습 통계에서 다시 켤 수 있습니다.' }, effects: [{ type: 'suspend' }, { type: 'advance' }] };
    }
    case 'reset-card': {
      if (s.name !== 'card-error') return same;
      return { state, effects: [{ type: 'reset-card' }] };
    }
    case 'card-reset': {
      if (s.name !== 'card-error') return same;
      if (event.error !== null) return { state: { ...state, message: event.error }, effects: [] };
      return { state: { ...state, screen: { name: 'question', id: s.id, unsure: false, scheduled: true }, message: '이 문항의 기록을 초기화했습니다. 새 문항으로 다시 풉니다.' }, effects: [{ type: 'focus', target: 'question' }] };
    }
    case 'skip-card': {
      if (s.name !== 'card-error') return same;
      const seen = state.seen.includes(s.id) ? state.seen : [...state.seen, s.id];
      return { state: { ...state, seen, screen: { name: 'opening' }, message: '이 문항을 건너뛰었습니다. 세션을 계속합니다.' }, effects: [{ type: 'skip-card' }, { type: 'advance' }] };
    }
    case 'end': {
      if (s.name !== 'question' && s.name !== 'answered' && s.name !== 'card-error') return same;
      if (s.name === 'answered' && s.pending) return same;
      return { state: { ...state, screen: { name: 'summary', learningLeft: 0 }, message: summaryMessage(state.tally) }, effects: [{ type: 'clear-resume' }, { type: 'focus', target: 'summary' }] };
    }
    case 'back': {
      if (s.name !== 'summary') return same;
      return { state: initialStudyState(), effects: [{ type: 'close' }, { type: 'focus', target: 'dashboard' }] };
    }
    default: {
      const unreachable: never = event;
      return unreachable;
    }
  }
}

/** A card opened from the card browser arrives as a resume record that nothing was answered in yet. */
function resumeMessage(r: ResumeState): string {
  return r.mode.kind === 'cards' && r.tally.answered === 0 ? '문항 목록에서 고른 문항을 엽니다.' : '하던 세션을 같은 문항부터 이어 갑니다.';
}

function summaryMessage(t: Tally): string {
  return `세션을 마쳤습니다. 푼 문항 ${t.answered}, 맞힘 ${t.right}, 틀림 ${t.wrong}.`;
}

/** Keyboard → event on the question and answered screens. Letters use `event.code` so they work with the Korean IME on. */
export function studyEventForKey(screen: Screen, key: { key: string; code: string }): StudyEvent | 'submit' | null {
  if (screen.name === 'question') {
    if (key.code === 'KeyU') return { type: 'toggle-unsure' };
    if (key.key === 'Enter') return 'submit';
    return null;
  }
  if (screen.name === 'answered') {
    if (screen.scheduled && /^[1-4]$/.test(key.key)) return { type: 'rate', grade: Number(key.key) as GradeValue };
    if (key.key === ' ' || key.key === 'Enter') return { type: 'rate', grade: screen.suggested };
  }
  return null;
}
