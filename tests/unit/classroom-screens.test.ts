import { describe, expect, it } from 'vitest';
import {
  initialProjector,
  initialStudent,
  primaryAction,
  reduceProjector,
  reduceStudent,
  type ProjectorView,
  type ServerMessage,
  type StudentView,
} from '../../src/lib/classroom/index.ts';

const studentView = (over: Partial<StudentView> = {}): StudentView => ({
  code: 'ABC234', phase: 'open', index: 0, total: 3, deadline: null, nickname: '민수', kind: 'single', choices: 4,
  myChoice: null, result: null, score: 0, rank: 1, ...over,
});
const state = (view: StudentView): ServerMessage => ({ t: 'state', role: 'student', view, question: null });

describe('student screen', () => {
  it('joins once the socket is open, and resumes with a stored token', () => {
    let step = reduceStudent(initialStudent('', null), { type: 'submit-join', code: ' abc234 ', nickname: '민수' });
    expect(step.state).toMatchObject({ stage: 'joining', code: 'ABC234' });
    expect(step.effects).toEqual([]);
    step = reduceStudent(step.state, { type: 'socket-open' });
    expect(step.effects).toEqual([{ type: 'send', message: { t: 'join', code: 'ABC234', nickname: '민수' } }]);
    step = reduceStudent(step.state, { type: 'server', message: { t: 'joined', code: 'ABC234', token: 't'.repeat(32), nickname: '민수' } });
    expect(step.state.stage).toBe('playing');
    expect(step.effects).toEqual([{ type: 'save-token', code: 'ABC234', token: 't'.repeat(32) }]);

    const back = reduceStudent(initialStudent('ABC234', 'k'.repeat(32)), { type: 'socket-open' });
    expect(back.effects).toEqual([{ type: 'send', message: { t: 'resume', code: 'ABC234', token: 'k'.repeat(32) } }]);
    const expired = reduceStudent(back.state, { type: 'server', message: { t: 'error', code: 'no-room', message: '없음' } });
    expect(expired.state).toMatchObject({ stage: 'join', token: null });
    expect(expired.effects).toEqual([{ type: 'forget-token', code: 'ABC234' }]);
  });

  it('shows a join refusal on the form', () => {
    const joining = reduceStudent(reduceStudent(initialStudent('', null), { type: 'socket-open' }).state, { type: 'submit-join', code: 'ABC234', nickname: '민수' });
    expect(joining.effects).toHaveLength(1);
    const refused = reduceStudent(joining.state, { type: 'server', message: { t: 'error', code: 'nickname-taken', message: '이미 쓰고 있는 닉네임입니다.' } });
    expect(refused.state).toMatchObject({ stage: 'join', error: '이미 쓰고 있는 닉네임입니다.' });
  });

  const playing = () => ({ ...initialStudent('ABC234', null), stage: 'playing' as const, connection: 'online' as const });

  it('sends a single choice at once and a multiple choice on submit', () => {
    let s = reduceStudent(playing(), { type: 'server', message: state(studentView()) }).state;
    const chose = reduceStudent(s, { type: 'choose', index: 2 });
    expect(chose.effects).toEqual([{ type: 'send', message: { t: 'answer', question: 0, choice: [2] } }]);
    expect(reduceStudent(s, { type: 'choose', index: 4 }).effects).toEqual([]);

    s = reduceStudent(playing(), { type: 'server', message: state(studentView({ kind: 'multiple', index: 1 })) }).state;
    s = reduceStudent(s, { type: 'choose', index: 3 }).state;
    s = reduceStudent(s, { type: 'choose', index: 0 }).state;
    s = reduceStudent(s, { type: 'choose', index: 3 }).state;
    expect(s.draft).toEqual([0]);
    expect(reduceStudent(s, { type: 'send-draft' }).effects).toEqual([{ type: 'send', message: { t: 'answer', question: 1, choice: [0] } }]);
    const empty = reduceStudent({ ...s, draft: [] }, { type: 'send-draft' });
    expect(empty.effects).toEqual([]);
    expect(empty.state.error).toMatch(/하나 이상/u);
  });

  it('ignores choices once the question is locked, and picks up its own answer on a new state', () => {
    const locked = reduceStudent(playing(), { type: 'server', message: state(studentView({ phase: 'locked', myChoice: [1] })) }).state;
    expect(reduceStudent(locked, { type: 'choose', index: 2 }).effects).toEqual([]);
    expect(locked.draft).toEqual([1]);
    const offline = reduceStudent(locked, { type: 'socket-closed' }).state;
    expect(offline.connection).toBe('offline');
    expect(offline.view).toEqual(locked.view);
  });
});

const projectorView = (over: Partial<ProjectorView> = {}): ProjectorView => ({
  code: 'ABC234', phase: 'lobby', index: -1, total: 2, deadline: null, joined: 0, nicknames: [], answered: 0, reveal: null,
  leaderboard: null, settings: { seconds: 30, leaderboard: true, speedBonus: false }, ...over,
});

describe('projector screen', () => {
  it('hosts with the secret and drives the room with one primary action', () => {
    let step = reduceProjector(initialProjector('ABC234', 's'.repeat(32)), { type: 'socket-open' });
    expect(step.effects).toEqual([{ type: 'send', message: { t: 'host', code: 'ABC234', secret: 's'.repeat(32) } }]);
    expect(reduceProjector(step.state, { type: 'primary' }).effects).toEqual([]);
    step = reduceProjector(step.state, { type: 'server', message: { t: 'hosted', code: 'ABC234' } });
    step = reduceProjector(step.state, { type: 'server', message: { t: 'state', role: 'projector', view: projectorView(), question: null, report: null } });
    expect(reduceProjector(step.state, { type: 'primary' }).effects).toEqual([{ type: 'send', message: { t: 'control', command: 'open' } }]);
    expect(reduceProjector(step.state, { type: 'settings', speedBonus: true }).effects).toEqual([{ type: 'send', message: { t: 'settings', speedBonus: true } }]);
    const dropped = reduceProjector(step.state, { type: 'socket-closed' }).state;
    expect(dropped.hosted).toBe(false);
    expect(reduceProjector(dropped, { type: 'control', command: 'end' }).effects).toEqual([]);
  });

  it('names the next step for every phase', () => {
    expect(primaryAction(projectorView())?.command).toBe('open');
    expect(primaryAction(projectorView({ phase: 'open', index: 0 }))?.command).toBe('reveal');
    expect(primaryAction(projectorView({ phase: 'locked', index: 0 }))?.command).toBe('reveal');
    expect(primaryAction(projectorView({ phase: 'revealed', index: 0 }))).toEqual({ label: '다음 문제', command: 'next' });
    expect(primaryAction(projectorView({ phase: 'revealed', index: 1 }))).toEqual({ label: '결과 보기', command: 'next' });
    expect(primaryAction(projectorView({ phase: 'ended' }))).toBeNull();
    expect(primaryAction(null)).toBeNull();
  });

  it('says so when the tab has no secret', () => {
    const s = initialProjector('ABC234', null);
    expect(s.error).toMatch(/강사 정보/u);
    expect(reduceProjector(s, { type: 'socket-open' }).effects).toEqual([]);
  });
});
