// The lab's settings: every knob of the Auto Scaling group, the load balancer and the traffic, with the
// notes' scenario (notes 000/001/003) as the default. `validateConfig` is total: Korean errors, no throws.
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

export function validateConfig(cfg: ScalingConfig): Result<ScalingConfig> {
  const cap = validateCapacity(cfg.min, cfg.desired, cfg.max);
  if (!cap.ok) return cap;
  if (!isInstanceTypeName(cfg.instanceType) || !INSTANCE_TYPES[cfg.instanceType]) {
    return fail('unknown-instance-type', `알 수 없는 인스턴스 유형입니다: ${String(cfg.instanceType)}`);
  }
  if (cfg.zones.length < 2 || new Set(cfg.zones).size !== cfg.zones.length) {
    return fail('zones', '가용 영역은 서로 다른 영역을 2개 이상 골라야 합니다.');
  }
  if (!isInt(cfg.stepSeconds, 1, 60) || 60 % cfg.stepSeconds !== 0) {
    return fail('step', '시뮬레이션 단계는 60을 나누어떨어지게 하는 1~60초여야 합니다.');
  }
  if (!Number.isFinite(Date.parse(cfg.startAt))) return fail('start', '시작 시각이 올바른 날짜가 아닙니다.');
  for (const [key, label, hi] of [
    ['gracePeriodSeconds', '상태 확인 유예 기간', 7200],
    ['warmupSeconds', '인스턴스 워밍업', 3600],
    ['launchSeconds', '시작 시간', 3600],
    ['appBootSeconds', '앱 부팅 시간', 3600],
    ['deregistrationDelaySeconds', '등록 취소 지연', 3600],
    ['impairedToleranceSeconds', '상태 검사 손상 허용 시간', 3600],
  ] as const) {
    if (!isInt(cfg[key], 0, hi)) return fail('seconds', `${label}은(는) 0~${hi}초의 정수여야 합니다.`);
  }
  const { intervalSeconds, healthyThreshold, unhealthyThreshold } = cfg.elb;
  if (!isInt(intervalSeconds, 5, 300) || !isInt(healthyThreshold, 2, 10) || !isInt(unhealthyThreshold, 2, 10)) {
    return fail('elb', 'ELB 상태 확인: 간격 5~300초, 정상/비정상 임계값 2~10이어야 합니다.');
  }
  const p = cfg.policy;
  if (p.kind === 'target-tracking' && !(p.targetCpu > 0 && p.targetCpu < 100)) {
    return fail('target', '대상 CPU 사용률은 0보다 크고 100보다 작아야 합니다.');
  }
  if (p.kind === 'step' || p.kind === 'simple') {
    if (!(p.lowThreshold < p.highThreshold)) return fail('thresholds', '축소 경보 임계값은 확장 경보 임계값보다 낮아야 합니다.');
    if (!isInt(p.evaluationMinutes, 1, 60)) return fail('evaluation', '평가 기간은 1~60분이어야 합니다.');
  }
  if (p.kind === 'step' && p.steps.length === 0) return fail('steps', '단계 조정에는 단계가 하나 이상 있어야 합니다.');
  const t = cfg.traffic;
  if (!(t.baseRps >= 0) || !(t.peakRps >= 0) || !(t.noise >= 0 && t.noise < 1) || !(t.weekendFactor >= 0)) {
    return fail('traffic', '트래픽 값은 0 이상이어야 하고 잡음은 1 미만이어야 합니다.');
  }
  if (t.curve === 'custom' && (t.custom.length !== 24 || t.custom.some((v) => !(v >= 0)))) {
    return fail('custom-traffic', '직접 그린 곡선에는 0 이상의 값 24개(시간별)가 필요합니다.');
  }
  return { ok: true, value: cfg };
}
