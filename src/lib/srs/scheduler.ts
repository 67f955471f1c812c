// The only module that talks to ts-fsrs (FSRS-6). Everything else uses CardRecord and these functions.
// ts-fsrs counts days in UTC (in Korea the day would flip at 09:00), so every instant that goes into
// the engine is shifted so that UTC midnight falls on the local day start (04:00), and shifted back.
import { fsrs, GenSeedStrategyWithCardId, StrategyMode, type Card, type FSRS, type Grade as FsrsGrade } from 'ts-fsrs';
import { engineShift } from './day.ts';
import { CardState, LEECH_THRESHOLD, MAXIMUM_INTERVAL_DAYS, newCardRecord, nextMod, type CardRecord, type CardStateValue, type Clock, type GradeValue } from './types.ts';

const DAY_MS = 86_400_000;

// Study days and interval labels live in day.ts (no ts-fsrs there, so pages that only count cards stay light).
export { DAY_START_HOUR, engineShift, formatInterval, nextDayStart, studyDay } from './day.ts';

export interface SchedulerOptions {
  retention: number;
  maximumIntervalDays?: number;
}

type EngineCard = Card & { cid: string };

export interface Scheduler {
  newCard(now: number): CardRecord;
  /** Next due time (epoch ms) for each grade, for the labels on the rating buttons. */
  preview(id: string, card: CardRecord, now: number): Record<GradeValue, number>;
  /** Applies a grade; the input is not changed. */
  rate(id: string, card: CardRecord, grade: GradeValue, now: number): CardRecord;
  /** Probability of recall now (0–1). */
  retrievability(card: CardRecord, now: number): number;
}

/**
 * The review instant given to ts-fsrs: never before the card's last review. A clock set back would
 * otherwise make ts-fsrs throw ("Invalid delta_t"); the card is then treated as reviewed again at once.
 */
function notBefore(card: CardRecord, now: number): number {
  return card.last_review !== null && card.last_review > now ? card.last_review : now;
}

export function createScheduler(clock: Pick<Clock, 'utcOffsetMinutes'>, options: SchedulerOptions): Scheduler {
  const maxDays = options.maximumIntervalDays ?? MAXIMUM_INTERVAL_DAYS;
  const engine: FSRS = fsrs({
    request_retention: Math.min(0.99, Math.max(0.7, options.retention)),
    maximum_interval: maxDays,
    enable_fuzz: true,
    enable_short_term: true,
    learning_steps: ['1m', '10m'],
    relearning_steps: ['10m'],
  }).useStrategy(StrategyMode.SEED, GenSeedStrategyWithCardId('cid'));

  const toEngine = (id: string, c: CardRecord, shift: number): EngineCard => ({
    cid: id,
    due: new Date(c.due + shift),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsed_days: 0, // deprecated in ts-fsrs; recomputed from last_review
    scheduled_days: c.scheduled_days,
    learning_steps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
    ...(c.last_review === null ? {} : { last_review: new Date(c.last_review + shift) }),
  });

  const fromEngine = (base: CardRecord, c: Card, shift: number, now: number): CardRecord => {
    let due = c.due.getTime() - shift;
    let scheduled = c.scheduled_days;
    // ts-fsrs may exceed maximum_interval by a day or two (good = max(good, hard + 1)); clamp.
    if (scheduled > maxDays) {
      due -= (scheduled - maxDays) * DAY_MS;
      scheduled = maxDays;
    }
    return {
      ...base,
      due,
      stability: c.stability,
      difficulty: c.difficulty,
      scheduled_days: scheduled,
      learning_steps: c.learning_steps,
      reps: c.reps,
      lapses: c.lapses,
      state: c.state as CardStateValue,
      last_review: c.last_review ? c.last_review.getTime() - shift : null,
      mod: nextMod(base.mod, now),
    };
  };

  return {
    newCard: newCardRecord,
    preview(id, card, at) {
      const now = notBefore(card, at);
      const shift = engineShift(clock, now);
      const p = engine.repeat(toEngine(id, card, shift), new Date(now + shift));
      const out = {} as Record<GradeValue, number>;
      for (const g of [1, 2, 3, 4] as const) out[g] = fromEngine(card, p[g as FsrsGrade].card, shift, now).due;
      return out;
    },
    rate(id, card, grade, at) {
      const now = notBefore(card, at);
      const shift = engineShift(clock, now);
      const { card: next } = engine.next(toEngine(id, card, shift), new Date(now + shift), grade as FsrsGrade);
      const rec = fromEngine(card, next, shift, now);
      if (grade === 1) rec.wrong = card.wrong + 1;
      if (rec.wrong >= LEECH_THRESHOLD) rec.leech = true;
      return rec;
    },
    retrievability(card, now) {
      if (card.state === CardState.New || card.last_review === null) return 0;
      const at = notBefore(card, now);
      const shift = engineShift(clock, at);
      try {
        return engine.get_retrievability(toEngine('', card, shift), new Date(at + shift), false);
      } catch {
        return 0; // values ts-fsrs refuses never reach here from checked storage; stats must not break on them
      }
    },
  };
}
