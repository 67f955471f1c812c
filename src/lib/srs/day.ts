// Study days (a day starts at 04:00 local time) and the Korean interval labels, without the FSRS engine: the quiz
// dashboard, the queue and the plans need these before any card is rated, and must not load ts-fsrs for them.
import type { Clock } from './types.ts';

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
