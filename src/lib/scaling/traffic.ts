// Traffic curves: requests per second as a function of local time. Pure functions of time, so the chart
// can preview a whole day before the run starts.
import { localTime } from './time.ts';

export type TrafficCurve = 'flat' | 'lunch' | 'spike' | 'custom';

export interface TrafficConfig {
  readonly curve: TrafficCurve;
  /** Quiet-time floor (flat: the constant level). */
  readonly baseRps: number;
  /** Highest level of the curve (lunch peak, spike top). */
  readonly peakRps: number;
  /** Multiplier on Saturdays and Sundays (flat ignores it). */
  readonly weekendFactor: number;
  /** 24 hourly levels in requests/s for `custom` (linear between hours). */
  readonly custom: readonly number[];
  /** ± fraction of random jitter per step (0 = smooth). */
  readonly noise: number;
}

export const TRAFFIC_CURVES: readonly { id: TrafficCurve; label: string; description: string }[] = [
  { id: 'flat', label: '일정', description: '하루 종일 같은 요청량' },
  { id: 'lunch', label: '카페 점심 피크', description: '아침에 오르고 12시 30분 전후에 정점, 저녁에 한 번 더 오르는 하루' },
  { id: 'spike', label: '급증(10:00)', description: '평소에는 잔잔하다가 오전 10시에 20분 동안 급증' },
  { id: 'custom', label: '직접 그리기', description: '시간대별 요청량을 직접 정한 곡선' },
];

function bump(h: number, center: number, width: number): number {
  const z = (h - center) / width;
  return Math.exp(-0.5 * z * z);
}

/** Share of the peak (0…1) at a local hour for the built-in shapes. */
export function curveShape(curve: Exclude<TrafficCurve, 'custom'>, hour: number): number {
  switch (curve) {
    case 'flat':
      return 0;
    case 'lunch':
      return Math.min(1, 0.3 * bump(hour, 8.5, 0.9) + bump(hour, 12.5, 0.75) + 0.45 * bump(hour, 18.5, 1.4));
    case 'spike': {
      // 2-minute ramp up, 20 minutes at the top, 2-minute ramp down, starting at 10:00.
      const m = (hour - 10) * 60;
      if (m < 0 || m > 24) return 0;
      if (m < 2) return m / 2;
      if (m > 22) return (24 - m) / 2;
      return 1;
    }
  }
}

export function customLevel(levels: readonly number[], hour: number): number {
  if (levels.length === 0) return 0;
  const i = Math.floor(hour) % levels.length;
  const a = levels[i] ?? 0;
  const b = levels[(i + 1) % levels.length] ?? a;
  const f = hour - Math.floor(hour);
  return a + (b - a) * f;
}

/** Requests per second before noise and injected spikes. */
export function baseTraffic(cfg: TrafficConfig, epochMs: number, utcOffsetHours: number): number {
  const t = localTime(epochMs, utcOffsetHours);
  if (cfg.curve === 'flat') return cfg.baseRps;
  const week = t.weekend ? cfg.weekendFactor : 1;
  if (cfg.curve === 'custom') return Math.max(0, customLevel(cfg.custom, t.hour) * week);
  return Math.max(0, (cfg.baseRps + (cfg.peakRps - cfg.baseRps) * curveShape(cfg.curve, t.hour)) * week);
}

/** A café-shaped default for the drawing tool, in requests/s per hour 0…23. */
export function defaultCustomLevels(baseRps: number, peakRps: number): number[] {
  return Array.from({ length: 24 }, (_, h) =>
    Math.round(baseRps + (peakRps - baseRps) * curveShape('lunch', h)),
  );
}
