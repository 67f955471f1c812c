// Runs a plan's segments with the srs session (src/lib/srs/session.ts): the effects of the quiz reducer end here.
// It adapts to the session API as it grows (rating flags, error outcomes, reset/skip of a card the scheduler
// cannot rate) and guards the older API so a throwing scheduler never freezes the quiz.
import { createSession, type Session, type SessionDeps } from '../srs/session.ts';
import { createScheduler } from '../srs/scheduler.ts';
import type { GradeValue, Progress, Result } from '../srs/types.ts';
import { cardOf, type Segment } from './plans.ts';

export const CARD_ERROR_MESSAGE =
  '이 문항의 저장된 복습 기록으로는 다음 복습 시각을 계산할 수 없습니다. 이 문항의 기록만 초기화하거나, 이번에는 건너뛰세요. 다른 문항의 진도는 그대로입니다.';

/** The parts of the session API that arrive with the reliability work; optional until then. */
interface NewerSession {
  rate(grade: GradeValue, correct: boolean, flags?: number): { saved: Result<null>; error?: { message: string } | null; becameLeech: boolean };
  resetCurrent?(): Result<null>;
  skipCurrent?(): void;
}

export interface Shown {
  id: string | null;
  scheduled: boolean;
  learningLeft: number;
}

export interface RateResult {
  error: string | null;
  saveError: string | null;
  becameLeech: boolean;
}

export interface Runner {
  advance(): Shown;
  /** Cards still to come, the one on screen included. */
  remaining(): number;
  current(): string | null;
  scheduled(): boolean;
  preview(): Record<GradeValue, number> | null;
  rate(grade: GradeValue, correct: boolean, flags: number): RateResult;
  canUndo(): boolean;
  undo(): { id: string | null; scheduled: boolean; error: string | null };
  suspend(): Result<null>;
  resetCurrent(): Result<null>;
  skipCurrent(): void;
}

export interface RunnerDeps extends SessionDeps {
  /** False for ids no longer in the bank: they are skipped. */
  known(id: string): boolean;
  /** Saves a change that must switch state only once written (the reliability work's `ProgressKeeper.replace`). */
  replace?(p: Progress): Result<null>;
}

export function openRunner(deps: RunnerDeps, segments: readonly Segment[]): Runner {
  const sessions: Session[] = segments.map((s) => createSession(deps, { learning: s.learning, review: s.review, new: s.new }, s.practice));
  let active = 0;
  const session = (): Session | undefined => sessions[active];

  const learningLeft = () => sessions.slice(active).reduce((n, s) => n + s.remaining().learning, 0);

  return {
    advance() {
      while (active < sessions.length) {
        const s = sessions[active] as Session;
        const id = s.advance();
        if (id === null) {
          if (active === sessions.length - 1) break;
          active++;
          continue;
        }
        if (!deps.known(id)) continue; // a question removed from the bank since it was studied
        return { id, scheduled: !s.practice, learningLeft: learningLeft() };
      }
      return { id: null, scheduled: false, learningLeft: learningLeft() };
    },
    remaining() {
      const left = sessions.slice(active).reduce((n, s) => n + s.remaining().main + s.remaining().learning, 0);
      return left + (session()?.current() ? 1 : 0);
    },
    current: () => session()?.current() ?? null,
    scheduled: () => !!session() && !(session() as Session).practice,
    preview() {
      try {
        return session()?.preview() ?? null;
      } catch {
        return null;
      }
    },
    rate(grade, correct, flags) {
      const s = session() as unknown as NewerSession | undefined;
      if (!s) return { error: null, saveError: null, becameLeech: false };
      try {
        const out = s.rate(grade, correct, flags);
        if (out.error) return { error: out.error.message, saveError: null, becameLeech: false };
        return { error: null, saveError: out.saved.ok ? null : out.saved.error.message, becameLeech: out.becameLeech };
      } catch {
        return { error: CARD_ERROR_MESSAGE, saveError: null, becameLeech: false };
      }
    },
    canUndo: () => !!session()?.canUndo(),
    undo() {
      const s = session();
      const r = s?.undo() ?? null;
      if (!s || !r) return { id: null, scheduled: false, error: null };
      if (!r.saved.ok && s.current() !== r.id) return { id: null, scheduled: false, error: r.saved.error.message };
      return { id: r.id, scheduled: !s.practice, error: r.saved.ok ? null : r.saved.error.message };
    },
    suspend: () => session()?.suspendCurrent() ?? { ok: true, value: null },
    resetCurrent() {
      const s = session();
      if (!s) return { ok: true, value: null };
      const newer = s as unknown as NewerSession;
      if (newer.resetCurrent) return newer.resetCurrent();
      const id = s.current();
      if (id === null) return { ok: true, value: null };
      const p = deps.getProgress();
      const now = deps.clock.now();
      const prev = cardOf(p, id);
      const fresh = { ...createScheduler(deps.clock, { retention: p.settings.retention }).newCard(now), mod: Math.max(now, (prev?.mod ?? 0) + 1) };
      const next: Progress = { ...p, cards: { ...p.cards, [id]: fresh } };
      return deps.replace ? deps.replace(next) : deps.commit(next);
    },
    skipCurrent() {
      const newer = session() as unknown as NewerSession | undefined;
      newer?.skipCurrent?.();
    },
  };
}
