// Runs a plan's segments with the srs session (src/lib/srs/session.ts): the effects of the quiz reducer end here.
// A card the scheduler cannot rate comes back as an error (never a throw), so the quiz never freezes on it.
import { createSession, type Session, type SessionDeps } from '../srs/session.ts';
import type { GradeValue, Result } from '../srs/types.ts';
import type { Segment } from './plans.ts';

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
      const s = session();
      if (!s) return { error: null, saveError: null, becameLeech: false };
      const out = s.rate(grade, correct, flags);
      if (out.error) return { error: out.error.message, saveError: null, becameLeech: false };
      return { error: null, saveError: out.saved.ok ? null : out.saved.error.message, becameLeech: out.becameLeech };
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
    resetCurrent: () => session()?.resetCurrent() ?? { ok: true, value: null },
    skipCurrent: () => session()?.skipCurrent(),
  };
}
