// The lab's settings: every knob of the Auto Scaling group, the load balancer and the traffic, with the
// notes' scenario (notes 000/001/003) as the default. `validateConfig` is total: Korean errors, no throws.
import { withJosa } from '../korean.ts';
import { INSTANCE_TYPES, isInstanceTypeName, type InstanceTypeName } from './prices.ts';
import { defaultCustomLevels, type TrafficConfig } from './traffic.ts';

export type HealthCheckType = 'EC2' | 'ELB';

export interface TargetTrackingPolicy {
  readonly kind: 'target-tracking';
  readonly name: string;
  /** Average CPU utilization target, percent. */
  readonly targetCpu: number;
  readonly disableScaleIn: boolean;
}

export interface ScalingStep {
  /** Lower bound of (metric − threshold), inclusive. */
  readonly from: number;
  /** Upper bound, exclusive; null = infinity. */
  readonly to: number | null;
  /** Instances to add. */
  readonly change: number;
}

export interface StepPolicy {
  readonly kind: 'step';
  readonly name: string;
  /** Scale-out alarm: average CPU ≥ this for `evaluationMinutes` one-minute datapoints. */
  readonly highThreshold: number;
  readonly steps: readonly ScalingStep[];
  /** Scale-in alarm: average CPU ≤ this for `evaluationMinutes` datapoints. */
  readonly lowThreshold: number;
  /** Instances to remove per scale-in (positive number). */
  readonly scaleInBy: number;
  readonly evaluationMinutes: number;
}

export interface SimplePolicy {
  readonly kind: 'simple';
  readonly name: string;
  readonly highThreshold: number;
  readonly lowThreshold: number;
  readonly change: number;
  /** Simple scaling waits for the cooldown after each activity (DefaultCooldown 300 s). */
  readonly cooldownSeconds: number;
  readonly evaluationMinutes: number;
}

export type ScalingPolicy = { readonly kind: 'none' } | TargetTrackingPolicy | StepPolicy | SimplePolicy;

export interface ScheduledAction {
  readonly name: string;
  /** Local days of week, 0 = Sunday. */
  readonly days: readonly number[];
  readonly hour: number;
  readonly minute: number;
  readonly min?: number;
  readonly max?: number;
  readonly desired?: number;
}

export interface ElbHealthCheck {
  readonly intervalSeconds: number;
  readonly healthyThreshold: number;
  readonly unhealthyThreshold: number;
}

export interface ScalingConfig {
  readonly seed: number;
  /** Simulation step; every rule is evaluated once per step. */
  readonly stepSeconds: number;
  /** Start of the run, UTC ISO. */
  readonly startAt: string;
  readonly utcOffsetHours: number;
  readonly groupName: string;
  readonly instanceType: InstanceTypeName;
  readonly zones: readonly string[];
  readonly min: number;
  readonly desired: number;
  readonly max: number;
  readonly healthCheckType: HealthCheckType;
  readonly gracePeriodSeconds: number;
  /** Default instance warm-up: a new instance's metrics join the group average only after this. */
  readonly warmupSeconds: number;
  /** Pending: from launch request to running and registered. */
  readonly launchSeconds: number;
  /** After running, how long the web app takes before it answers health checks. */
  readonly appBootSeconds: number;
  /** Load balancer deregistration delay (connection draining) while Terminating. */
  readonly deregistrationDelaySeconds: number;
  /** How long an impaired EC2 status check is tolerated before the group calls it unhealthy. */
  readonly impairedToleranceSeconds: number;
  readonly elb: ElbHealthCheck;
  readonly policy: ScalingPolicy;
  readonly scheduledActions: readonly ScheduledAction[];
  readonly traffic: TrafficConfig;
}

export const SEOUL_ZONES = ['ap-northeast-2a', 'ap-northeast-2b', 'ap-northeast-2c', 'ap-northeast-2d'] as const;

/** The notes' schedule: 3 servers on weekdays, 1 at weekends (applied at local midnight). */
export const WEEKDAY_WEEKEND_SCHEDULE: readonly ScheduledAction[] = [
  { name: 'weekday-3', days: [1, 2, 3, 4, 5], hour: 0, minute: 0, min: 3, desired: 3 },
  { name: 'weekend-1', days: [0, 6], hour: 0, minute: 0, min: 1, desired: 1 },
];

export const DEFAULT_TARGET_TRACKING: TargetTrackingPolicy = {
  kind: 'target-tracking',
  name: 'Target Tracking Policy',
  targetCpu: 50,
  disableScaleIn: false,
};

export const DEFAULT_STEP_POLICY: StepPolicy = {
  kind: 'step',
  name: 'Step Scaling Policy',
  highThreshold: 60,
  steps: [
    { from: 0, to: 20, change: 1 },
    { from: 20, to: null, change: 3 },
  ],
  lowThreshold: 30,
  scaleInBy: 1,
  evaluationMinutes: 2,
};

export const DEFAULT_SIMPLE_POLICY: SimplePolicy = {
  kind: 'simple',
  name: 'Simple Scaling Policy',
  highThreshold: 60,
  lowThreshold: 30,
  change: 1,
  cooldownSeconds: 300,
  evaluationMinutes: 2,
};

/** Notes 001: t2.nano, min 1 / desired 1 / max 10, average CPU 50 %, EC2+ELB checks, grace 300 s, warm-up 300 s. */
export const DEFAULT_CONFIG: ScalingConfig = {
  seed: 20211202,
  stepSeconds: 10,
  // Monday 2026-11-23 06:00 in Seoul.
  startAt: '2026-11-22T21:00:00Z',
  utcOffsetHours: 9,
  groupName: 'autoscaling-20211202',
  instanceType: 't2.nano',
  zones: ['ap-northeast-2a', 'ap-northeast-2b', 'ap-northeast-2c'],
  min: 1,
  desired: 1,
  max: 10,
  healthCheckType: 'ELB',
  gracePeriodSeconds: 300,
  warmupSeconds: 300,
  launchSeconds: 40,
  appBootSeconds: 60,
  deregistrationDelaySeconds: 300,
  impairedToleranceSeconds: 180,
  elb: { intervalSeconds: 30, healthyThreshold: 5, unhealthyThreshold: 2 },
  policy: DEFAULT_TARGET_TRACKING,
  scheduledActions: [],
  traffic: {
    curve: 'lunch',
    baseRps: 8,
    peakRps: 200,
    weekendFactor: 0.5,
    custom: defaultCustomLevels(8, 200),
    noise: 0.05,
  },
};

export interface ConfigError {
  readonly code: string;
  readonly message: string;
}
export type Result<T> = { ok: true; value: T } | { ok: false; error: ConfigError };

const fail = (code: string, message: string): { ok: false; error: ConfigError } => ({ ok: false, error: { code, message } });

function isInt(n: number, lo: number, hi: number): boolean {
  return Number.isInteger(n) && n >= lo && n <= hi;
}

/** Capacity limits as AWS enforces them: min ≤ desired ≤ max. */
export function validateCapacity(min: number, desired: number, max: number): Result<{ min: number; desired: number; max: number }> {
  if (!isInt(min, 0, 1000) || !isInt(desired, 0, 1000) || !isInt(max, 0, 1000)) {
    return fail('capacity-not-integer', '용량은 0 이상 1000 이하의 정수여야 합니다.');
  }
  if (min > max) return fail('min-above-max', `최소 용량(${min})이 최대 용량(${max})보다 클 수 없습니다.`);
  if (desired < min) return fail('desired-below-min', `원하는 용량(${desired})은 최소 용량(${min}) 이상이어야 합니다.`);
  if (desired > max) return fail('desired-above-max', `원하는 용량(${desired})은 최대 용량(${max}) 이하여야 합니다.`);
  return { ok: true, value: { min, desired, max } };
}

/** Field names with their particles written out (fixed words, so no josa() at run time). */
const CAPACITY_LABELS = {
  min: { object: '최소 용량을', topic: '최소 용량은' },
  desired: { object: '원하는 용량을', topic: '원하는 용량은' },
  max: { object: '최대 용량을', topic: '최대 용량은' },
} as const;
export type CapacityField = keyof typeof CAPACITY_LABELS;

/**
 * Reads one capacity field as typed. An empty field is an error, not 0 (`Number('')` is 0, which once
 * turned a cleared form into 0/0/0 without a word).
 */
export function parseCapacityField(field: CapacityField, text: string): Result<number> {
  const label = CAPACITY_LABELS[field];
  const trimmed = text.trim();
  if (trimmed === '') return fail('capacity-empty', `${label.object} 입력하세요. 0 이상 1000 이하의 정수입니다.`);
  const n = /^\d{1,4}$/.test(trimmed) ? Number(trimmed) : Number.NaN;
  if (!(n <= 1000)) return fail('capacity-not-integer', `${label.topic} 0 이상 1000 이하의 정수여야 합니다(입력: ${trimmed.slice(0, 12)}).`);
  return { ok: true, value: n };
}

/** The lab's three capacity fields as typed: each must be filled in, then min ≤ desired ≤ max. */
export function parseCapacityForm(text: Readonly<Record<CapacityField, string>>): Result<{ min: number; desired: number; max: number }> {
  const values: Partial<Record<CapacityField, number>> = {};
  for (const field of ['min', 'desired', 'max'] as const) {
    const r = parseCapacityField(field, text[field]);
    if (!r.ok) return r;
    values[field] = r.value;
  }
  return validateCapacity(values.min as number, values.desired as number, values.max as number);
}

/** Earliest and latest start the lab simulates (local clock arithmetic stays exact well inside these). */
export const START_RANGE = { earliest: Date.UTC(2000, 0, 1), latest: Date.UTC(2100, 0, 1) } as const;
/** Upper bound for any requests-per-second figure (the lab's group tops out far below). */
export const MAX_RPS = 1_000_000;

const finite = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);

/** Non-finite numbers anywhere in a policy: NaN and ±Infinity slip through `<`/`>` comparisons. */
function policyProblem(p: ScalingPolicy): ConfigError | null {
  const bad = (message: string) => ({ code: 'policy-number', message });
  switch (p.kind) {
    case 'none':
      return null;
    case 'target-tracking':
      return finite(p.targetCpu) ? null : bad('대상 CPU 사용률은 유한한 숫자여야 합니다.');
    case 'step':
      if (![p.highThreshold, p.lowThreshold, p.scaleInBy, p.evaluationMinutes].every(finite)) return bad('단계 조정 정책의 임계값과 축소 단위는 유한한 숫자여야 합니다.');
      if (!isInt(p.scaleInBy, 1, 1000)) return bad('한 번에 축소할 인스턴스 수는 1~1000의 정수여야 합니다.');
      for (const step of p.steps) {
        if (!finite(step.from) || !(step.to === null || finite(step.to)) || !isInt(step.change, -1000, 1000)) {
          return bad('각 단계의 하한·상한은 유한한 숫자, 추가할 인스턴스 수는 정수여야 합니다.');
        }
      }
      return null;
    case 'simple':
      if (![p.highThreshold, p.lowThreshold].every(finite)) return bad('단순 조정 정책의 임계값은 유한한 숫자여야 합니다.');
      if (!isInt(p.change, -1000, 1000)) return bad('단순 조정 정책의 변경 수는 정수여야 합니다.');
      if (!isInt(p.cooldownSeconds, 0, 86_400)) return bad('휴지 기간은 0~86400초의 정수여야 합니다.');
      return null;
  }
}

function scheduleProblem(actions: readonly ScheduledAction[]): ConfigError | null {
  for (const a of actions) {
    const fail1 = (message: string) => ({ code: 'schedule', message: `예약 작업 ${String(a.name).slice(0, 40)}: ${message}` });
    if (!Array.isArray(a.days) || a.days.length === 0 || !a.days.every((d) => isInt(d, 0, 6))) return fail1('요일은 0(일)~6(토) 가운데 하나 이상이어야 합니다.');
    if (!isInt(a.hour, 0, 23) || !isInt(a.minute, 0, 59)) return fail1('시각은 0~23시, 0~59분이어야 합니다.');
    for (const n of [a.min, a.max, a.desired]) if (n !== undefined && !isInt(n, 0, 1000)) return fail1('용량은 0 이상 1000 이하의 정수여야 합니다.');
  }
  return null;
}

export function validateConfig(cfg: ScalingConfig): Result<ScalingConfig> {
  const cap = validateCapacity(cfg.min, cfg.desired, cfg.max);
  if (!cap.ok) return cap;
  if (!finite(cfg.seed)) return fail('seed', '시드는 유한한 숫자여야 합니다.');
  if (!isInt(cfg.utcOffsetHours, -12, 14)) return fail('utc-offset', 'UTC 오프셋은 -12~14시간의 정수여야 합니다.');
  if (!isInstanceTypeName(cfg.instanceType) || !INSTANCE_TYPES[cfg.instanceType]) {
    return fail('unknown-instance-type', `알 수 없는 인스턴스 유형입니다: ${String(cfg.instanceType)}`);
  }
  if (cfg.zones.length < 2 || new Set(cfg.zones).size !== cfg.zones.length) {
    return fail('zones', '가용 영역은 서로 다른 영역을 2개 이상 골라야 합니다.');
  }
  if (!isInt(cfg.stepSeconds, 1, 60) || 60 % cfg.stepSeconds !== 0) {
    return fail('step', '시뮬레이션 단계는 60을 나누어떨어지게 하는 1~60초여야 합니다.');
  }
  const start = typeof cfg.startAt === 'string' ? Date.parse(cfg.startAt) : Number.NaN;
  if (!Number.isFinite(start)) return fail('start', '시작 시각이 올바른 날짜가 아닙니다.');
  if (start < START_RANGE.earliest || start >= START_RANGE.latest) return fail('start-range', '시작 시각은 2000년부터 2099년 사이여야 합니다.');
  for (const [key, label, hi] of [
    ['gracePeriodSeconds', '상태 확인 유예 기간', 7200],
    ['warmupSeconds', '인스턴스 워밍업', 3600],
    ['launchSeconds', '시작 시간', 3600],
    ['appBootSeconds', '앱 부팅 시간', 3600],
    ['deregistrationDelaySeconds', '등록 취소 지연', 3600],
    ['impairedToleranceSeconds', '상태 검사 손상 허용 시간', 3600],
  ] as const) {
    if (!isInt(cfg[key], 0, hi)) return fail('seconds', `${withJosa(label, '은/는')} 0~${hi}초의 정수여야 합니다.`);
  }
  const { intervalSeconds, healthyThreshold, unhealthyThreshold } = cfg.elb;
  if (!isInt(intervalSeconds, 5, 300) || !isInt(healthyThreshold, 2, 10) || !isInt(unhealthyThreshold, 2, 10)) {
    return fail('elb', 'ELB 상태 확인: 간격 5~300초, 정상/비정상 임계값 2~10이어야 합니다.');
  }
  const p = cfg.policy;
  const policy = policyProblem(p);
  if (policy) return { ok: false, error: policy };
  const schedule = scheduleProblem(cfg.scheduledActions);
  if (schedule) return { ok: false, error: schedule };
  if (p.kind === 'target-tracking' && !(p.targetCpu > 0 && p.targetCpu < 100)) {
    return fail('target', '대상 CPU 사용률은 0보다 크고 100보다 작아야 합니다.');
  }
  if (p.kind === 'step' || p.kind === 'simple') {
    if (!(p.lowThreshold < p.highThreshold)) return fail('thresholds', '축소 경보 임계값은 확장 경보 임계값보다 낮아야 합니다.');
    if (!isInt(p.evaluationMinutes, 1, 60)) return fail('evaluation', '평가 기간은 1~60분이어야 합니다.');
  }
  if (p.kind === 'step' && p.steps.length === 0) return fail('steps', '단계 조정에는 단계가 하나 이상 있어야 합니다.');
  const t = cfg.traffic;
  const rps = (v: number) => finite(v) && v >= 0 && v <= MAX_RPS;
  if (!rps(t.baseRps) || !rps(t.peakRps) || !(finite(t.noise) && t.noise >= 0 && t.noise < 1) || !(finite(t.weekendFactor) && t.weekendFactor >= 0 && t.weekendFactor <= 100)) {
    return fail('traffic', `트래픽 값은 0 이상 ${MAX_RPS.toLocaleString('en-US')} 이하의 유한한 숫자여야 하고 잡음은 1 미만이어야 합니다.`);
  }
  if (t.curve === 'custom' && (t.custom.length !== 24 || t.custom.some((v) => !rps(v)))) {
    return fail('custom-traffic', '직접 그린 곡선에는 0 이상의 값 24개(시간별)가 필요합니다.');
  }
  return { ok: true, value: cfg };
}
