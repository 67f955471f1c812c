// The two live screens as pure reducers: a student's phone and the instructor's projector. Views render from the
// state; effects (send a message, keep the session token) are returned as data for the element to carry out.
import type { ClientMessage } from './messages.ts';
import type { QuestionText, ServerMessage } from './protocol.ts';
import type { ClassReport } from './report.ts';
import type { ProjectorView, StudentView } from './view.ts';

export type Connection = 'connecting' | 'online' | 'offline';

export type ScreenEffect =
  | { readonly type: 'send'; readonly message: ClientMessage }
  | { readonly type: 'save-token'; readonly code: string; readonly token: string }
  | { readonly type: 'forget-token'; readonly code: string };

// ── Student ──────────────────────────────────────────────────────────────────────────────────────────────

export interface StudentScreen {
  readonly stage: 'join' | 'joining' | 'playing';
  readonly connection: Connection;
  readonly code: string;
  readonly nickname: string;
  /** Session token: a dropped connection or a sleeping phone resumes with the same answers and score. */
  readonly token: string | null;
  readonly view: StudentView | null;
  readonly question: QuestionText | null;
  /** Choices ticked on a multiple-select question, not yet sent. */
  readonly draft: readonly number[];
  readonly error: string | null;
}

export type StudentEvent =
  | { readonly type: 'submit-join'; readonly code: string; readonly nickname: string }
  | { readonly type: 'socket-open' }
  | { readonly type: 'socket-closed' }
  | { readonly type: 'server'; readonly message: ServerMessage }
  | { readonly type: 'choose'; readonly index: number }
  | { readonly type: 'send-draft' }
  | { readonly type: 'leave' };

export interface Step<S> {
  readonly state: S;
  readonly effects: readonly ScreenEffect[];
}

export function initialStudent(code: string, token: string | null): StudentScreen {
  return { stage: token ? 'joining' : 'join', connection: 'connecting', code, nickname: '', token, view: null, question: null, draft: [], error: null };
}

const JOIN_ERRORS = new Set(['no-room', 'nickname-empty', 'nickname-long', 'nickname-blocked', 'nickname-taken', 'full', 'ended', 'rate-limited', 'invalid']);

export function reduceStudent(state: StudentScreen, event: StudentEvent): Step<StudentScreen> {
  const same = { state, effects: [] };
  switch (event.type) {
    case 'submit-join': {
      const code = event.code.trim().toUpperCase();
      const next = { ...state, stage: 'joining' as const, code, nickname: event.nickname, error: null };
      return { state: next, effects: state.connection === 'online' ? [{ type: 'send', message: { t: 'join', code, nickname: event.nickname } }] : [] };
    }
    case 'socket-open': {
      const next = { ...state, connection: 'online' as const };
      if (state.token) return { state: next, effects: [{ type: 'send', message: { t: 'resume', code: state.code, token: state.token } }] };
      if (state.stage === 'joining') return { state: next, effects: [{ type: 'send', message: { t: 'join', code: state.code, nickname: state.nickname } }] };
      return { state: next, effects: [] };
    }
    case 'socket-closed':
      return { state: { ...state, connection: 'offline' }, effects: [] };
    case 'leave':
      return { state: { ...initialStudent(state.code, null), connection: state.connection }, effects: [{ type: 'forget-token', code: state.code }] };
    case 'server':
      return onStudentMessage(state, event.message);
    case 'choose': {
      const view = state.view;
      if (state.stage !== 'playing' || !view || view.phase !== 'open' || event.index < 0 || event.index >= view.choices) return same;
      if (view.kind === 'multiple') {
        const draft = state.draft.includes(event.index) ? state.draft.filter((c) => c !== event.index) : [...state.draft, event.index].sort((a, b) => a - b);
        return { state: { ...state, draft }, effects: [] };
      }
      return { state: { ...state, draft: [event.index], error: null }, effects: [{ type: 'send', message: { t: 'answer', question: view.index, choice: [event.index] } }] };
    }
    case 'send-draft': {
      const view = state.view;
      if (state.stage !== 'playing' || !view || view.phase !== 'open' || view.kind !== 'multiple') return same;
      if (state.draft.length === 0) return { state: { ...state, error: '보기를 하나 이상 고르세요.' }, effects: [] };
      return { state: { ...state, error: null }, effects: [{ type: 'send', message: { t: 'answer', question: view.index, choice: [...state.draft] } }] };
    }
  }
}

function onStudentMessage(state: StudentScreen, message: ServerMessage): Step<StudentScreen> {
  switch (message.t) {
    case 'joined':
      return {
        state: { ...state, stage: 'playing', code: message.code, token: message.token, nickname: message.nickname, error: null },
        effects: [{ type: 'save-token', code: message.code, token: message.token }],
      };
    case 'error': {
      if (state.stage === 'joining' && state.token && message.code === 'no-room') {
        // The stored token no longer opens the room (it expired): start over with the join form.
        return { state: { ...state, stage: 'join', token: null, error: '이전 참가 정보가 만료되었습니다. 다시 참가하세요.' }, effects: [{ type: 'forget-token', code: state.code }] };
      }
      if (state.stage === 'joining' && JOIN_ERRORS.has(message.code)) return { state: { ...state, stage: 'join', error: message.message }, effects: [] };
      return { state: { ...state, error: message.message }, effects: [] };
    }
    case 'state': {
      if (message.role !== 'student' || message.view === null) return { state, effects: [] };
      const moved = state.view?.index !== message.view.index || state.view.phase !== message.view.phase;
      const draft = moved && message.view.kind === 'multiple' ? [...(message.view.myChoice ?? [])] : message.view.kind === 'multiple' ? state.draft : [...(message.view.myChoice ?? [])];
      return { state: { ...state, view: message.view, question: message.question, draft, error: moved ? null : state.error }, effects: [] };
    }
    case 'answered':
    case 'hosted':
    case 'pong':
      return { state, effects: [] };
  }
}

// ── Projector ────────────────────────────────────────────────────────────────────────────────────────────

export interface ProjectorScreen {
  readonly connection: Connection;
  readonly code: string;
  readonly secret: string | null;
  readonly hosted: boolean;
  readonly view: ProjectorView | null;
  readonly question: QuestionText | null;
  readonly report: ClassReport | null;
  readonly error: string | null;
}

export type ProjectorEvent =
  | { readonly type: 'socket-open' }
  | { readonly type: 'socket-closed' }
  | { readonly type: 'server'; readonly message: ServerMessage }
  /** The one obvious next step: start, reveal, next question, results. */
  | { readonly type: 'primary' }
  | { readonly type: 'control'; readonly command: 'open' | 'lock' | 'reveal' | 'next' | 'end' }
  | { readonly type: 'settings'; readonly leaderboard?: boolean; readonly speedBonus?: boolean; readonly seconds?: number };

export function initialProjector(code: string, secret: string | null): ProjectorScreen {
  return {
    connection: 'connecting',
    code,
    secret,
    hosted: false,
    view: null,
    question: null,
    report: null,
    error: secret ? null : '이 방의 강사 정보가 이 탭에 없습니다. 복습 모드에서 실시간 수업을 다시 시작하세요.',
  };
}

/** The label and command of the primary button for a room's phase; null when there is nothing to do. */
export function primaryAction(view: ProjectorView | null): { label: string; command: 'open' | 'reveal' | 'next' } | null {
  if (!view) return null;
  switch (view.phase) {
    case 'lobby':
      return { label: '첫 문제 시작', command: 'open' };
    case 'open':
    case 'locked':
      return { label: '정답 공개', command: 'reveal' };
    case 'revealed':
      return view.index + 1 >= view.total ? { label: '결과 보기', command: 'next' } : { label: '다음 문제', command: 'next' };
    case 'ended':
      return null;
  }
}

export function reduceProjector(state: ProjectorScreen, event: ProjectorEvent): Step<ProjectorScreen> {
  switch (event.type) {
    case 'socket-open':
      return {
        state: { ...state, connection: 'online' },
        effects: state.secret ? [{ type: 'send', message: { t: 'host', code: state.code, secret: state.secret } }] : [],
      };
    case 'socket-closed':
      return { state: { ...state, connection: 'offline', hosted: false }, effects: [] };
    case 'server': {
      const message = event.message;
      if (message.t === 'hosted') return { state: { ...state, hosted: true, error: null }, effects: [] };
      if (message.t === 'error') return { state: { ...state, error: message.message }, effects: [] };
      if (message.t === 'state' && message.role === 'projector') {
        return { state: { ...state, view: message.view, question: message.question, report: message.report, error: null }, effects: [] };
      }
      return { state, effects: [] };
    }
    case 'primary': {
      const action = primaryAction(state.view);
      if (!state.hosted || !action) return { state, effects: [] };
      return { state, effects: [{ type: 'send', message: { t: 'control', command: action.command } }] };
    }
    case 'control':
      if (!state.hosted) return { state, effects: [] };
      return { state, effects: [{ type: 'send', message: { t: 'control', command: event.command } }] };
    case 'settings': {
      if (!state.hosted) return { state, effects: [] };
      const message: ClientMessage = { t: 'settings', ...(event.leaderboard === undefined ? {} : { leaderboard: event.leaderboard }), ...(event.speedBonus === undefined ? {} : { speedBonus: event.speedBonus }), ...(event.seconds === undefined ? {} : { seconds: event.seconds }) };
      return { state, effects: [{ type: 'send', message }] };
    }
  }
}
