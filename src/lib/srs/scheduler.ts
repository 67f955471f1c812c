// The only module that talks to ts-fsrs (FSRS-6). Everything else uses CardRecord and these functions.
// ts-fsrs counts days in UTC (in Korea the day would flip at 09:00), so every instant that goes into
// the engine is shifted so that UTC midnight falls on the local day start (04:00), and shifted back.
import { createEmptyCard, fsrs, GenSeedStrategyWithCardId, StrategyMode, type Card, type FSRS, type Grade as FsrsGrade } from 'ts-fsrs';
import { CardState, LEECH_THRESHOLD, MAXIMUM_INTERVAL_DAYS, nextMod, type CardRecord, type CardStateValue, type Clock, type GradeValue } from './types.ts';

export const DAY_START_HOUR = 4;
const DAY_MS = 86_400_000;
const MIN_MS = 60_000;

/** Offset that moves local 04:00 onto UTC 00:00. */
export function engineShift(clock: Pick<Clock, 'utcOffsetMinutes'>, at: number): number {
  return (clock.utcOffsetMinutes(at) - DAY_START_HOUR * 60) * MIN_MS;
}

/** Study-day number: increments at 04:00 local time. */
export function studyDay(clock: Pick<Clock, 'utcOffsetMinutes'>, at: number): number {
  return Math.floor((at + engineShift(clock, at)) / DAY_MS);
}

/** First instant (epoch ms) of the study day after the one containing `at`. */
export function nextDayStart(clock: Pick<Clock, 'utcOffsetMinutes'>, at: number): number {
  const day = studyDay(clock, at);
  const guess = (day + 1) * DAY_MS - engineShift(clock, at);
  // A DST change between now and then moves the boundary by the offset difference.
  return (day + 1) * DAY_MS - engineShift(clock, guess);
}

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
    newCard(now) {
      const c = createEmptyCard(new Date(now));
      return {
        due: now, stability: c.stability, difficulty: c.difficulty, scheduled_days: 0, learning_steps: 0,
        reps: 0, lapses: 0, state: CardState.New, last_review: null, wrong: 0, leech: false, suspended: false, mod: now,
      };
    },
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

/** Korean label for an interval: "1분", "10분", "3시간", "2일", "1.5개월", "1.1년". */
export function formatInterval(ms: number): string {
  const minutes = Math.max(1, Math.round(ms / MIN_MS));
  if (minutes < 60) return `${minutes}분`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours}시간`;
  const days = Math.round(ms / DAY_MS);
  if (days < 30) return `${days}일`;
  if (days < 365) return `${trim1(days / 30)}개월`;
  return `${trim1(days / 365)}년`;
}

function trim1(n: number): string {
  return (Math.round(n * 10) / 10).toString();
}
