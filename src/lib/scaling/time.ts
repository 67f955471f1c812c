// Simulated wall clock. The run starts at `startAt` (UTC ISO); schedules and traffic curves read local
// time at a fixed UTC offset (Seoul has no daylight saving time, so a fixed offset is exact there).

export interface LocalTime {
  /** 0 = Sunday … 6 = Saturday, as in cron. */
  readonly dayOfWeek: number;
  /** Fractional hour of day, 0 ≤ h < 24. */
  readonly hour: number;
  readonly weekend: boolean;
}

export function localTime(epochMs: number, utcOffsetHours: number): LocalTime {
  const shifted = new Date(epochMs + utcOffsetHours * 3_600_000);
  const dayOfWeek = shifted.getUTCDay();
  const hour = shifted.getUTCHours() + shifted.getUTCMinutes() / 60 + shifted.getUTCSeconds() / 3600;
  return { dayOfWeek, hour, weekend: dayOfWeek === 0 || dayOfWeek === 6 };
}

/** The console's activity-history timestamp form: `2026-11-23T01:05:10Z`. */
export function isoUtc(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const WEEKDAYS_KO = ['일', '월', '화', '수', '목', '금', '토'] as const;

/** `월 09:05` (local). */
export function localLabel(epochMs: number, utcOffsetHours: number, withSeconds = false): string {
  const d = new Date(epochMs + utcOffsetHours * 3_600_000);
  const hh = String(d.getUTCHours()).padStart(2, '0');
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  const ss = String(d.getUTCSeconds()).padStart(2, '0');
  return `${WEEKDAYS_KO[d.getUTCDay()] ?? ''} ${hh}:${mm}${withSeconds ? `:${ss}` : ''}`;
}

/** Elapsed simulated time as `1일 02:03:04` / `02:03:04`. */
export function elapsedLabel(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const days = Math.floor(s / 86_400);
  const rest = s % 86_400;
  const hh = String(Math.floor(rest / 3600)).padStart(2, '0');
  const mm = String(Math.floor((rest % 3600) / 60)).padStart(2, '0');
  const ss = String(rest % 60).padStart(2, '0');
  return `${days > 0 ? `${days}일 ` : ''}${hh}:${mm}:${ss}`;
}

/** The clock's zone as learners know it: KST for Seoul's fixed UTC+9, else "UTC+h". */
export function zoneLabel(utcOffsetHours: number): string {
  if (utcOffsetHours === 9) return 'KST';
  return `UTC${utcOffsetHours >= 0 ? '+' : '−'}${Math.abs(utcOffsetHours)}`;
}
