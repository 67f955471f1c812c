// Flagging cards for 오답 노트 outside a session (mock exam results, card browser), without the scheduler:
// a question never studied gets a fresh new record (the values ts-fsrs gives an empty card).
import type { CardRecord, Progress } from '../srs/types.ts';
import { cardOf } from './cards.ts';

export function blankCard(now: number): CardRecord {
  return { due: now, stability: 0, difficulty: 0, scheduled_days: 0, learning_steps: 0, reps: 0, lapses: 0, state: 0, last_review: null, wrong: 0, leech: false, suspended: false, mod: now };
}

/** Sets `flagged` on every given card; stamps only increase, so another tab's merge keeps the change. */
export function setFlags(p: Progress, ids: readonly string[], flagged: boolean, now: number): Progress {
  const cards = { ...p.cards };
  for (const id of ids) {
    const prev = cardOf(p, id);
    const base = prev ?? blankCard(now);
    cards[id] = { ...base, flagged, mod: Math.max(now, (prev?.mod ?? 0) + 1) };
  }
  return { ...p, cards };
}
