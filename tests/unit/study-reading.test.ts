import { describe, expect, it } from 'vitest';
import { dueCount, finished, lastExam, lessonMarks, lightCards, nextStudyDayStart, parseReading, readAt } from '../../src/lib/study/reading.ts';
import { nextDayStart } from '../../src/lib/srs/scheduler.ts';
import { fixedClock, kst } from './srs-helpers.ts';

describe('returning learner', () => {
  it('keeps the last section read and the lessons finished; refuses junk', () => {
    let r = parseReading(null);
    r = readAt(r, 'ami', 'ami-란', 'AMI란', 5);
    r = finished(finished(r, 'ami'), 'ami');
    expect(parseReading(JSON.parse(JSON.stringify(r)))).toEqual({ last: { lesson: 'ami', section: 'ami-란', title: 'AMI란', at: 5 }, done: ['ami'] });
    expect(parseReading({ last: { lesson: 1 }, done: ['a', 2, 'a'] })).toEqual({ last: null, done: ['a'] });
  });

  it('ends the study day at 04:00 like the scheduler', () => {
    for (const t of [kst(2026, 3, 10, 3, 59), kst(2026, 3, 10, 4), kst(2026, 3, 10, 23)]) {
      expect(nextStudyDayStart(t, 540)).toBe(nextDayStart(fixedClock(t), t));
    }
  });

  it('counts due cards and mastery without the scheduler; unreadable progress is null', () => {
    const now = kst(2026, 3, 10, 12);
    const raw = JSON.stringify({ cards: {
      a: { due: now - 1, state: 2, suspended: false, scheduled_days: 30 },
      b: { due: now + 3600_000, state: 1, suspended: false, scheduled_days: 0 },
      c: { due: now - 1, state: 2, suspended: true, scheduled_days: 3 },
      d: { due: now + 5 * 86_400_000, state: 2, suspended: false, scheduled_days: 25 },
      e: { due: 0, state: 0, suspended: false, scheduled_days: 0 },
    } });
    const cards = lightCards(raw)!;
    expect(dueCount(cards, now, 540)).toBe(2);
    expect(dueCount(cards, now, 540, ['a', 'd'])).toBe(1);
    expect(lessonMarks(cards, ['a', 'b', 'd', 'e', 'x'])).toEqual({ studied: 3, mature: 2, total: 5 });
    expect(lightCards('{')).toBeNull();
    expect(lightCards(null)?.size).toBe(0);
    expect(lastExam([{ at: 1, correct: 20, total: 30 }, { at: 2, correct: 25, total: 30 }])).toEqual({ at: 2, correct: 25, total: 30 });
    expect(lastExam([{ at: 1, correct: 2, total: 0 }])).toBeNull();
  });
});
