// A sandbox session: the instance, a simulated clock and the event log. Pure reducers; the UI keeps
// the current value and re-renders. Missions are checked against the log.
import { launchWithEffects, perform, settleWithEffects, isTransitional } from './model.ts';
import type { Effect, Instance, InstanceConfig, LifecycleAction, LifecycleError, LifecyclePath } from './types.ts';

export interface LogEntry {
  /** Simulated seconds since the session began. */
  at: number;
  kind: 'launch' | 'action' | 'settle' | 'refusal' | 'time';
  action: LifecycleAction | null;
  path: LifecyclePath | null;
  effects: Effect[];
  error: LifecycleError | null;
  before: Instance | null;
  after: Instance | null;
  /** For 'time' entries: seconds advanced. */
  seconds?: number;
}

export interface Session {
  seed: number;
  config: InstanceConfig;
  instance: Instance | null;
  now: number;
  log: readonly LogEntry[];
}

export function createSession(config: InstanceConfig, seed = 1): Session {
  return { seed, config, instance: null, now: 0, log: [] };
}

/** Launch with the session's configuration; a configuration AWS would reject is refused. */
export function launchSession(session: Session): Session {
  if (session.instance !== null) {
    const error = { code: 'already-launched', message: '이미 만든 인스턴스가 있습니다. 새 인스턴스를 시작하려면 초기화하세요.', anchor: 'states' as const };
    return { ...session, log: [...session.log, refusal(session, null, error)] };
  }
  const launched = launchWithEffects(session.config, session.seed, session.now);
  if (!launched.ok) return { ...session, log: [...session.log, refusal(session, null, launched.error)] };
  const { instance, effects } = launched.value;
  const entry: LogEntry = { at: session.now, kind: 'launch', action: null, path: 'launch', effects, error: null, before: null, after: instance };
  return { ...session, instance, log: [...session.log, entry] };
}

function refusal(session: Session, action: LifecycleAction | null, error: LifecycleError): LogEntry {
  return {
    at: session.now,
    kind: 'refusal',
    action,
    path: null,
    effects: [],
    error,
    before: session.instance,
    after: session.instance,
  };
}

export function act(session: Session, action: LifecycleAction): Session {
  if (session.instance === null) {
    const error = { code: 'not-launched', message: '먼저 새 인스턴스를 시작(RunInstances)하세요.', anchor: 'states' as const };
    return { ...session, log: [...session.log, refusal(session, action, error)] };
  }
  const result = perform(session.instance, action, session.now);
  if (!result.ok) return { ...session, log: [...session.log, refusal(session, action, result.error)] };
  const entry: LogEntry = {
    at: session.now,
    kind: 'action',
    action,
    path: result.instance.path,
    effects: result.effects,
    error: null,
    before: session.instance,
    after: result.instance,
  };
  return { ...session, instance: result.instance, now: result.instance.at, log: [...session.log, entry] };
}

/** Finishes the transitional state; the simulated clock moves by the state's duration. */
export function settleSession(session: Session): Session {
  if (session.instance === null || !isTransitional(session.instance)) return session;
  const { instance, effects } = settleWithEffects(session.instance);
  const entry: LogEntry = {
    at: instance.at,
    kind: 'settle',
    action: null,
    path: instance.path,
    effects,
    error: null,
    before: session.instance,
    after: instance,
  };
  return { ...session, instance, now: Math.max(session.now, instance.at), log: [...session.log, entry] };
}

/** Lets simulated time pass (a transitional state settles first, as it would in that time). */
export function advance(session: Session, seconds: number): Session {
  const settled = settleSession(session);
  // NaN or Infinity (e.g. from a malformed data attribute) lets no time pass rather than breaking the clock.
  const now = settled.now + (Number.isFinite(seconds) ? Math.max(0, seconds) : 0);
  const instance = settled.instance === null ? null : { ...settled.instance, at: now };
  const entry: LogEntry = {
    at: now,
    kind: 'time',
    action: null,
    path: null,
    effects: [],
    error: null,
    before: settled.instance,
    after: instance,
    seconds,
  };
  return { ...settled, now, instance, log: [...settled.log, entry] };
}

/** Formats simulated seconds as T+hh:mm:ss. */
export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const hh = String(Math.floor(s / 3600)).padStart(2, '0');
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0');
  const ss = String(s % 60).padStart(2, '0');
  return `T+${hh}:${mm}:${ss}`;
}
