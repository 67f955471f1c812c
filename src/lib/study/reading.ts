// What a returning learner needs on the home page and the lesson lists, read without the scheduler (these pages
// have a 10 KB script budget): where they were reading, which lessons they read to the end, how many cards are
// due today, their mastery per lesson, and their last mock exam score. Everything parsed here comes from
// storage and is never trusted.

export const READING_KEY = 'ec2lab.reading';

export interface Reading {
  /** The lesson and section last read. */
  last: { lesson: string; section: string; title: string; at: number } | null;
  /** Lessons read to the end. */
  done: string[];
}

export function parseReading(value: unknown): Reading {
  const empty: Reading = { last: null, done: [] };
  if (typeof value !== 'object' || value === null) return empty;
  const v = value as Partial<Reading>;
  const l = v.last as Partial<NonNullable<Reading['last']>> | null | undefined;
  const last = l && typeof l.lesson === 'string' && typeof l.section === 'string' && typeof l.title === 'string' && Number.isFinite(l.at)
    ? { lesson: l.lesson, section: l.section, title: l.title, at: l.at as number } : null;
  const done = Array.isArray(v.done) ? [...new Set(v.done.filter((x): x is string => typeof x === 'string'))] : [];
  return { last, done };
}

export function readAt(r: Reading, lesson: string, section: string, title: string, at: number): Reading {
  return { ...r, last: { lesson, section, title, at } };
}

export function finished(r: Reading, lesson: string): Reading {
  return r.done.includes(lesson) ? r : { ...r, done: [...r.done, lesson] };
}

const DAY_MS = 86_400_000;
const DAY_START_HOUR = 4;

/**
 * First instant of the next study day (04:00 local). The same rule as src/lib/srs/scheduler.ts `nextDayStart`,
 * restated here because that module brings ts-fsrs with it.
 */
export function nextStudyDayStart(now: number, utcOffsetMinutes: number): number {
  const shift = (utcOffsetMinutes - DAY_START_HOUR * 60) * 60_000;
  return (Math.floor((now + shift) / DAY_MS) + 1) * DAY_MS - shift;
}

interface LightCard {
  due: number;
  state: number;
  suspended: boolean;
  scheduled_days: number;
}

/** The cards of stored progress text, or null when it is not readable (the quiz page explains why). */
export function lightCards(raw: string | null): Map<string, LightCard> | null {
  if (raw === null) return new Map();
  try {
    const data = JSON.parse(raw) as { cards?: unknown };
    if (typeof data.cards !== 'object' || data.cards === null) return null;
    const out = new Map<string, LightCard>();
    for (const [id, c] of Object.entries(data.cards as Record<string, unknown>)) {
      if (typeof c !== 'object' || c === null) continue;
      const x = c as Record<string, unknown>;
      if (Number.isFinite(x.due) && Number.isInteger(x.state)) {
        out.set(id, { due: x.due as number, state: x.state as number, suspended: x.suspended === true, scheduled_days: Number(x.scheduled_days) || 0 });
      }
    }
    return out;
  } catch {
    return null;
  }
}

/** Cards due by the end of today among `ids` (all when null): reviews and learning cards, not suspended. */
export function dueCount(cards: ReadonlyMap<string, LightCard>, now: number, utcOffsetMinutes: number, ids: readonly string[] | null = null): number {
  const end = nextStudyDayStart(now, utcOffsetMinutes);
  let n = 0;
  for (const [id, c] of cards) {
    if (ids && !ids.includes(id)) continue;
    if (!c.suspended && c.state !== 0 && c.due < end) n++;
  }
  return n;
}

export interface LessonMarks {
  studied: number;
  /** Review cards with an interval of 21 days or more (the stats page's "숙달"). */
  mature: number;
  total: number;
}

export function lessonMarks(cards: ReadonlyMap<string, LightCard>, ids: readonly string[]): LessonMarks {
  let studied = 0;
  let mature = 0;
  for (const id of ids) {
    const c = cards.get(id);
    if (!c || c.state === 0) continue;
    studied++;
    if (c.state === 2 && c.scheduled_days >= 21) mature++;
  }
  return { studied, mature, total: ids.length };
}

/** Last mock exam score from the stored history, or null. */
export function lastExam(value: unknown): { correct: number; total: number; at: number } | null {
  if (!Array.isArray(value) || value.length === 0) return null;
  const r = value[value.length - 1] as Record<string, unknown> | undefined;
  if (!r || !Number.isInteger(r.correct) || !Number.isInteger(r.total) || (r.total as number) <= 0 || !Number.isFinite(r.at)) return null;
  return { correct: r.correct as number, total: r.total as number, at: r.at as number };
}
