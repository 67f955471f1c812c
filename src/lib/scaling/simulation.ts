// The Auto Scaling lab's model: one Auto Scaling group behind an Application Load Balancer, advanced in
// fixed steps. Pure and deterministic: no DOM, no Date.now, no Math.random; a seed replays a run exactly.
// The state is a plain mutable object owned by the caller; `step`/`advance`/`applyAction` update it.
import { cause as causes, describe, join, type ActivityEntry, type NoteTag, type Phrase, type Stamp } from './activity.ts';
import {
  validateCapacity,
  validateConfig,
  type Result,
  type ScalingConfig,
  type ScheduledAction,
} from './config.ts';
import { billedCost, INSTANCE_TYPES, isInstanceTypeName, type InstanceTypeName } from './prices.ts';
import { createRng, instanceId, type Rng } from './random.ts';
import { isoUtc, localLabel, localTime, zoneLabel } from './time.ts';
import { baseTraffic } from './traffic.ts';
import { withJosa } from '../korean.ts';

/** Auto Scaling lifecycle states the lab shows (C2 `LifecycleState`). */
export type LifecycleState = 'Pending' | 'InService' | 'Terminating';
/** Target health states of an ALB target group. */
export type TargetState = 'unused' | 'initial' | 'healthy' | 'unhealthy' | 'draining';
export type Ec2State = 'running' | 'terminated';
export type AlarmState = 'OK' | 'ALARM' | 'INSUFFICIENT_DATA';

export interface SimInstance {
  readonly id: string;
  readonly zone: string;
  readonly instanceType: InstanceTypeName;
  readonly launchedAt: number;
  readonly launchedForRebalance: boolean;
  lifecycle: LifecycleState;
  health: 'Healthy' | 'Unhealthy';
  ec2State: Ec2State;
  inServiceAt: number | null;
  terminateAt: number | null;
  /** Billing stops when the EC2 instance is gone. */
  billingEndAt: number | null;
  /** The learner broke the web app: it answers health checks with errors. */
  appFault: boolean;
  impairedSince: number | null;
  target: TargetState;
  passStreak: number;
  failStreak: number;
  nextCheckAt: number;
  rps: number;
  cpu: number;
  responseMs: number;
}

export interface Sample {
  readonly t: number;
  readonly rps: number;
  /** Average CPU of running in-service instances, null with none. */
  readonly cpu: number | null;
  /** The CloudWatch datapoint the policy saw (warmed-up instances only). */
  readonly metricCpu: number | null;
  readonly desired: number;
  readonly inService: number;
  readonly pending: number;
  readonly healthyTargets: number;
  readonly responseMs: number | null;
  /** Share of requests that failed (0…1). */
  readonly errorRate: number;
  readonly cost: number;
}

export type Action =
  | { readonly type: 'kill'; readonly instanceId?: string }
  | { readonly type: 'failHealth'; readonly instanceId?: string }
  | { readonly type: 'failZone'; readonly zone: string }
  | { readonly type: 'restoreZone'; readonly zone: string }
  | { readonly type: 'spike'; readonly multiplier: number; readonly durationSeconds: number }
  | { readonly type: 'setCapacity'; readonly min: number; readonly desired: number; readonly max: number }
  | { readonly type: 'setInstanceType'; readonly instanceType: string };

export interface PlannedEvent {
  /** Simulated seconds since the start. */
  readonly at: number;
  readonly action: Action;
}

export interface SimState {
  readonly config: ScalingConfig;
  t: number;
  min: number;
  desired: number;
  max: number;
  /** Instance type of the launch template's current version. */
  instanceType: InstanceTypeName;
  instances: SimInstance[];
  zonesDown: string[];
  spikes: { start: number; end: number; multiplier: number }[];
  planned: readonly PlannedEvent[];
  nextPlanned: number;
  rng: Rng;
  noiseRng: Rng;
  alarmHighName: string;
  alarmLowName: string;
  // One-minute CloudWatch aggregation of the group's average CPU.
  minuteCpuSum: number;
  minuteCpuSteps: number;
  lastDatapoint: number | null;
  highStreak: number;
  lowStreak: number;
  highAlarm: AlarmState;
  lowAlarm: AlarmState;
  cooldownUntil: number;
  /** Why desired capacity last changed, prefixed to the next launch/termination causes. */
  pendingCause: Phrase | null;
  activity: ActivityEntry[];
  activitySeq: number;
  series: Sample[];
  closedCost: number;
  current: { rps: number; cpu: number | null; responseMs: number | null; errorRate: number };
  totals: { requests: number; errors: number; launched: number; terminated: number; replacedUnhealthy: number };
}

const IDLE_CPU = 2;
const BASE_RESPONSE_MS = 40;
const MAX_RESPONSE_MS = 5000;
/** Target tracking's scale-in alarm sits at 90 % of the target. */
const LOW_ALARM_FACTOR = 0.9;
const HIGH_DATAPOINTS = 3;
const LOW_DATAPOINTS = 15;
const SHUTDOWN_SECONDS = 30;
const MAX_ACTIVITY = 400;
const MAX_SAMPLES = 20_160;

function uuidish(rng: Rng): string {
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(rng.next() * 16).toString(16)).join('');
  return `${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}`;
}

export function createSimulation(config: ScalingConfig, planned: readonly PlannedEvent[] = []): Result<SimState> {
  const valid = validateConfig(config);
  if (!valid.ok) return valid;
  if (!planned.every((e) => Number.isFinite(e.at) && e.at >= 0)) {
    return { ok: false, error: { code: 'planned-time', message: '예정된 사건의 시각은 0 이상의 유한한 초여야 합니다.' } };
  }
  const rng = createRng(config.seed);
  const p = config.policy;
  const alarmBase =
    p.kind === 'target-tracking'
      ? [`TargetTracking-${config.groupName}-AlarmHigh-${uuidish(rng)}`, `TargetTracking-${config.groupName}-AlarmLow-${uuidish(rng)}`]
      : [`${config.groupName}-cpu-high`, `${config.groupName}-cpu-low`];
  const state: SimState = {
    config,
    t: 0,
    min: config.min,
    desired: config.desired,
    max: config.max,
    instanceType: config.instanceType,
    instances: [],
    zonesDown: [],
    spikes: [],
    planned: [...planned].sort((a, b) => a.at - b.at),
    nextPlanned: 0,
    rng,
    noiseRng: createRng((config.seed ^ 0x9e3779b9) >>> 0),
    alarmHighName: alarmBase[0] ?? 'AlarmHigh',
    alarmLowName: alarmBase[1] ?? 'AlarmLow',
    minuteCpuSum: 0,
    minuteCpuSteps: 0,
    lastDatapoint: null,
    highStreak: 0,
    lowStreak: 0,
    highAlarm: 'INSUFFICIENT_DATA',
    lowAlarm: 'INSUFFICIENT_DATA',
    cooldownUntil: 0,
    pendingCause: null,
    activity: [],
    activitySeq: 0,
    series: [],
    closedCost: 0,
    current: { rps: 0, cpu: null, responseMs: null, errorRate: 0 },
    totals: { requests: 0, errors: 0, launched: 0, terminated: 0, replacedUnhealthy: 0 },
  };
  // The run opens on a group already serving its desired capacity (billing counts from the start).
  for (let k = 0; k < config.desired; k++) launch(state, false, undefined, true);
  state.totals.launched = 0;
  note(state, `그룹 ${config.groupName}: 인스턴스 ${config.desired}대가 서비스 중(InService)이고 대상 그룹에서 healthy입니다.`, `Group ${config.groupName} starts with ${config.desired} healthy in-service instances.`);
  route(state);
  record(state);
  return { ok: true, value: state };
}

export const epochOf = (s: SimState, t = s.t): number => Date.parse(s.config.startAt) + t * 1000;
/** Now, in the console's UTC form and on the lab clock (the Korean gloss uses the lab clock). */
const at = (s: SimState): Stamp => ({
  utc: isoUtc(epochOf(s)),
  local: `${localLabel(epochOf(s), s.config.utcOffsetHours, true)} ${zoneLabel(s.config.utcOffsetHours)}`,
});

function log(s: SimState, entry: Omit<ActivityEntry, 'seq' | 'at'>): void {
  s.activity.push({ ...entry, seq: ++s.activitySeq, at: s.t });
  if (s.activity.length > MAX_ACTIVITY) s.activity.splice(0, s.activity.length - MAX_ACTIVITY);
}

function note(s: SimState, ko: string, en: string, tag?: NoteTag): void {
  log(s, { kind: 'note', instanceId: null, zone: null, description: { en, ko }, cause: { en: '', ko: '' }, ...(tag ? { tag } : {}) });
}

// ---------- queries ----------

export const isActive = (i: SimInstance): boolean => i.lifecycle !== 'Terminating';
export const isWarm = (s: SimState, i: SimInstance): boolean =>
  i.lifecycle === 'InService' && i.inServiceAt !== null && s.t >= i.inServiceAt + s.config.warmupSeconds;
/** Pending, or in service but still inside the warm-up. */
export const isWarming = (s: SimState, i: SimInstance): boolean =>
  i.lifecycle === 'Pending' || (i.lifecycle === 'InService' && !isWarm(s, i));
export const zoneIsDown = (s: SimState, zone: string): boolean => s.zonesDown.includes(zone);

export function activeCount(s: SimState): number {
  let n = 0;
  for (const i of s.instances) if (isActive(i)) n++;
  return n;
}

/** Active instances per zone, in configured zone order. */
export function zoneCounts(s: SimState): Map<string, number> {
  const m = new Map<string, number>();
  for (const z of s.config.zones) m.set(z, 0);
  for (const i of s.instances) if (isActive(i)) m.set(i.zone, (m.get(i.zone) ?? 0) + 1);
  return m;
}

function canServe(s: SimState, i: SimInstance): boolean {
  return (
    i.ec2State === 'running' &&
    !zoneIsDown(s, i.zone) &&
    !i.appFault &&
    s.t >= i.launchedAt + s.config.launchSeconds + s.config.appBootSeconds
  );
}

export function liveCost(s: SimState): number {
  let c = s.closedCost;
  for (const i of s.instances) {
    const end = i.billingEndAt ?? s.t;
    c += billedCost(end - Math.max(0, i.launchedAt), INSTANCE_TYPES[i.instanceType].pricePerHour);
  }
  return c;
}

// ---------- group actions ----------

function launch(s: SimState, forRebalance: boolean, zoneOverride?: string, prewarmed = false): SimInstance | null {
  let zone = zoneOverride;
  if (zone === undefined) {
    // Launch where the group is thinnest among the zones that work (balance first).
    const counts = zoneCounts(s);
    let best: string | undefined;
    let bestN = Infinity;
    for (const z of s.config.zones) {
      if (zoneIsDown(s, z)) continue;
      const n = counts.get(z) ?? 0;
      if (n < bestN) {
        best = z;
        bestN = n;
      }
    }
    zone = best;
  }
  if (zone === undefined) return null;
  const cfg = s.config;
  // A pre-warmed instance has been in service since before the run (launched a full warm-up earlier).
  const head = cfg.launchSeconds + cfg.appBootSeconds + cfg.warmupSeconds + cfg.gracePeriodSeconds;
  const inst: SimInstance = {
    id: instanceId(s.rng),
    zone,
    instanceType: s.instanceType,
    launchedAt: prewarmed ? s.t - head : s.t,
    launchedForRebalance: forRebalance,
    lifecycle: prewarmed ? 'InService' : 'Pending',
    health: 'Healthy',
    ec2State: 'running',
    inServiceAt: prewarmed ? s.t - head + cfg.launchSeconds : null,
    terminateAt: null,
    billingEndAt: null,
    appFault: false,
    impairedSince: null,
    target: prewarmed ? 'healthy' : 'unused',
    passStreak: prewarmed ? cfg.elb.healthyThreshold : 0,
    failStreak: 0,
    nextCheckAt: prewarmed ? s.t + cfg.elb.intervalSeconds : Infinity,
    rps: 0,
    cpu: 0,
    responseMs: 0,
  };
  s.instances.push(inst);
  s.totals.launched++;
  return inst;
}

function beginTerminate(s: SimState, inst: SimInstance): void {
  inst.lifecycle = 'Terminating';
  const registered = inst.target === 'healthy' || inst.target === 'unhealthy' || inst.target === 'initial';
  inst.target = registered ? 'draining' : 'unused';
  let wait = SHUTDOWN_SECONDS;
  if (inst.ec2State !== 'running') wait = 0;
  else if (registered) wait = s.config.deregistrationDelaySeconds + SHUTDOWN_SECONDS;
  inst.terminateAt = s.t + wait;
}

/**
 * Default termination policy (S2/D3): the zone with the most instances first; then instances on an outdated
 * launch template; then the one closest to the next billing hour; then random.
 */
export function pickForTermination(s: SimState): SimInstance | null {
  const counts = zoneCounts(s);
  let most = -1;
  let zones: string[] = [];
  for (const [z, n] of counts) {
    if (n > most) {
      most = n;
      zones = [z];
    } else if (n === most) zones.push(z);
  }
  if (most <= 0) return null;
  const zone = zones.length === 1 ? zones[0] : zones[Math.floor(s.rng.next() * zones.length)];
  let pool = s.instances.filter((i) => isActive(i) && i.zone === zone);
  const outdated = pool.filter((i) => i.instanceType !== s.instanceType);
  if (outdated.length > 0) pool = outdated;
  let bestPhase = -1;
  let best: SimInstance[] = [];
  for (const i of pool) {
    const phase = (s.t - i.launchedAt) % 3600;
    if (phase > bestPhase) {
      bestPhase = phase;
      best = [i];
    } else if (phase === bestPhase) best.push(i);
  }
  return best.length === 0 ? null : (best[Math.floor(s.rng.next() * best.length)] ?? null);
}

function reconcile(s: SimState): void {
  const active = activeCount(s);
  if (active === s.desired) {
    s.pendingCause = null;
    return;
  }
  const stamp = at(s);
  if (active < s.desired) {
    let actual = active;
    for (let k = active; k < s.desired; k++) {
      const inst = launch(s, false);
      if (!inst) break;
      const c = causes.started(stamp, actual, actual + 1);
      log(s, {
        kind: 'launch',
        instanceId: inst.id,
        zone: inst.zone,
        description: describe.launch(inst.id),
        cause: s.pendingCause ? join(s.pendingCause, c) : c,
      });
      actual++;
    }
  } else if (active > s.desired) {
    // Launch before terminate while rebalancing: wait for the new instances to come into service.
    if (s.instances.some((i) => i.launchedForRebalance && i.lifecycle === 'Pending')) return;
    let actual = active;
    for (let k = s.desired; k < active; k++) {
      const victim = pickForTermination(s);
      if (!victim) break;
      beginTerminate(s, victim);
      const c = causes.shrunk(stamp, actual, actual - 1);
      log(s, {
        kind: 'terminate',
        instanceId: victim.id,
        zone: victim.zone,
        description: describe.terminate(victim.id),
        cause: s.pendingCause ? join(s.pendingCause, c) : c,
      });
      actual--;
    }
  }
  s.pendingCause = null;
}

function setDesired(s: SimState, to: number, why: Phrase): void {
  if (to === s.desired) return;
  s.desired = to;
  s.pendingCause = why;
}

// ---------- per-step phases ----------

function runPlanned(s: SimState): void {
  while (s.nextPlanned < s.planned.length) {
    const ev = s.planned[s.nextPlanned];
    if (!ev || ev.at > s.t) break;
    s.nextPlanned++;
    applyAction(s, ev.action);
  }
}

function scheduledDue(s: SimState, a: ScheduledAction, prevT: number): boolean {
  // Fires when a local minute matching the schedule begins inside (prevT, t].
  const minuteStart = Math.floor(s.t / 60) * 60;
  if (minuteStart <= prevT) return false;
  const lt = localTime(epochOf(s, minuteStart), s.config.utcOffsetHours);
  const h = Math.floor(lt.hour + 1e-9);
  const m = Math.round((lt.hour - h) * 60);
  return a.days.includes(lt.dayOfWeek) && h === a.hour && m === a.minute;
}

function runSchedules(s: SimState, prevT: number): void {
  for (const a of s.config.scheduledActions) {
    if (!scheduledDue(s, a, prevT)) continue;
    const min = a.min ?? s.min;
    const max = Math.max(a.max ?? s.max, min);
    const desired = Math.min(max, Math.max(min, a.desired ?? s.desired));
    const from = s.desired;
    s.min = min;
    s.max = max;
    setDesired(s, desired, causes.scheduled(at(s), min, max, desired, from));
    if (from === desired) note(s, `예약된 작업 ${a.name}: 최소 ${min}, 최대 ${max}, 원하는 용량 ${desired} (변화 없음)`, `Scheduled action ${a.name} ran; desired capacity unchanged.`);
  }
}

function advanceLifecycles(s: SimState): void {
  const cfg = s.config;
  let gone = false;
  for (const i of s.instances) {
    if (i.lifecycle === 'Pending' && s.t >= i.launchedAt + cfg.launchSeconds) {
      i.lifecycle = 'InService';
      i.inServiceAt = s.t;
      // Registered with the target group; the first check runs one interval later.
      i.target = 'initial';
      i.passStreak = 0;
      i.failStreak = 0;
      i.nextCheckAt = s.t + cfg.elb.intervalSeconds;
    }
    if (i.lifecycle === 'Terminating' && i.terminateAt !== null && s.t >= i.terminateAt) {
      const end = i.billingEndAt ?? s.t;
      s.closedCost += billedCost(end - Math.max(0, i.launchedAt), INSTANCE_TYPES[i.instanceType].pricePerHour);
      s.totals.terminated++;
      i.terminateAt = null;
      gone = true;
    }
  }
  if (gone) s.instances = s.instances.filter((i) => !(i.lifecycle === 'Terminating' && i.terminateAt === null));
}

function elbHealthChecks(s: SimState): void {
  const { intervalSeconds, healthyThreshold, unhealthyThreshold } = s.config.elb;
  for (const i of s.instances) {
    if (i.target !== 'initial' && i.target !== 'healthy' && i.target !== 'unhealthy') continue;
    if (s.t < i.nextCheckAt) continue;
    i.nextCheckAt += intervalSeconds;
    if (canServe(s, i)) {
      i.passStreak++;
      i.failStreak = 0;
      if (i.target !== 'healthy' && i.passStreak >= healthyThreshold) i.target = 'healthy';
    } else {
      i.failStreak++;
      i.passStreak = 0;
      if (i.target !== 'unhealthy' && i.failStreak >= unhealthyThreshold) i.target = 'unhealthy';
    }
  }
}

function trafficNow(s: SimState): number {
  const cfg = s.config.traffic;
  let rps = baseTraffic(cfg, epochOf(s), s.config.utcOffsetHours);
  if (cfg.noise > 0) rps *= 1 + cfg.noise * (2 * s.noiseRng.next() - 1);
  for (const sp of s.spikes) if (s.t >= sp.start && s.t < sp.end) rps *= sp.multiplier;
  return Math.max(0, rps);
}

/** Round robin over healthy targets: in aggregate each gets an equal share. Fails open if none is healthy. */
function route(s: SimState): void {
  const rps = trafficNow(s);
  let healthy = 0;
  let unhealthy = 0;
  for (const i of s.instances) {
    if (i.target === 'healthy') healthy++;
    else if (i.target === 'unhealthy') unhealthy++;
  }
  // ALB fail-open: with no healthy target, requests go to all registered (unhealthy) targets.
  const routeTo: TargetState | null = healthy > 0 ? 'healthy' : unhealthy > 0 ? 'unhealthy' : null;
  const n = routeTo === 'healthy' ? healthy : unhealthy;
  const share = routeTo ? rps / n : 0;
  let served = 0;
  let errors = routeTo ? 0 : rps;
  let weightedMs = 0;
  let cpuSum = 0;
  let cpuN = 0;
  for (const i of s.instances) {
    const cap = INSTANCE_TYPES[i.instanceType].capacityRps;
    const running = i.ec2State === 'running' && !zoneIsDown(s, i.zone);
    const gets = routeTo !== null && i.target === routeTo ? share : 0;
    i.rps = gets;
    if (!running) {
      i.cpu = 0;
      i.responseMs = 0;
      errors += gets;
    } else if (gets > 0 && !canServe(s, i)) {
      i.cpu = i.appFault ? IDLE_CPU + 3 : IDLE_CPU;
      i.responseMs = 0;
      errors += gets;
    } else {
      const rho = gets / cap;
      i.cpu = Math.min(100, IDLE_CPU + 100 * rho);
      const ok = Math.min(gets, cap);
      i.responseMs =
        rho < 0.96 ? BASE_RESPONSE_MS / (1 - rho) : Math.min(MAX_RESPONSE_MS, 1000 + 2000 * (rho - 0.96));
      served += ok;
      errors += gets - ok;
      weightedMs += ok * i.responseMs;
    }
    if (running && i.lifecycle === 'InService') {
      cpuSum += i.cpu;
      cpuN++;
    }
  }
  const total = served + errors;
  s.current = {
    rps,
    cpu: cpuN > 0 ? cpuSum / cpuN : null,
    responseMs: served > 0 ? weightedMs / served : null,
    errorRate: total > 0 ? errors / total : 0,
  };
  const dt = s.config.stepSeconds;
  s.totals.requests += total * dt;
  s.totals.errors += errors * dt;
}

function collectMetric(s: SimState): void {
  // CloudWatch average CPU of the group: instances still warming up are left out.
  let sum = 0;
  let n = 0;
  for (const i of s.instances) {
    if (i.ec2State !== 'running' || zoneIsDown(s, i.zone) || !isWarm(s, i)) continue;
    sum += i.cpu;
    n++;
  }
  if (n > 0) {
    s.minuteCpuSum += sum / n;
    s.minuteCpuSteps++;
  }
}

function metricInstances(s: SimState): { counted: number; warming: number } {
  let counted = 0;
  let warming = 0;
  for (const i of s.instances) {
    if (!isActive(i)) continue;
    if (isWarming(s, i)) warming++;
    else if (i.ec2State === 'running' && !zoneIsDown(s, i.zone)) counted++;
  }
  return { counted, warming };
}

function evaluatePolicy(s: SimState): void {
  const d = s.minuteCpuSteps > 0 ? s.minuteCpuSum / s.minuteCpuSteps : null;
  s.minuteCpuSum = 0;
  s.minuteCpuSteps = 0;
  s.lastDatapoint = d;
  const p = s.config.policy;
  if (p.kind === 'none') return;
  if (d === null) {
    s.highStreak = 0;
    s.lowStreak = 0;
    s.highAlarm = 'INSUFFICIENT_DATA';
    s.lowAlarm = 'INSUFFICIENT_DATA';
    return;
  }
  const high = p.kind === 'target-tracking' ? d > p.targetCpu : d >= p.highThreshold;
  const low = p.kind === 'target-tracking' ? d < p.targetCpu * LOW_ALARM_FACTOR : d <= p.lowThreshold;
  s.highStreak = high ? s.highStreak + 1 : 0;
  s.lowStreak = low ? s.lowStreak + 1 : 0;
  const needHigh = p.kind === 'target-tracking' ? HIGH_DATAPOINTS : p.evaluationMinutes;
  const needLow = p.kind === 'target-tracking' ? LOW_DATAPOINTS : p.evaluationMinutes;
  s.highAlarm = s.highStreak >= needHigh ? 'ALARM' : 'OK';
  s.lowAlarm = s.lowStreak >= needLow ? 'ALARM' : 'OK';
  const { counted, warming } = metricInstances(s);
  const stamp = at(s);
  const from = s.desired;

  if (s.highAlarm === 'ALARM') {
    let to = from;
    if (p.kind === 'target-tracking') {
      // Proportional: capacity that would bring the observed load to the target. Instances still warming
      // up already count in desired capacity, so a repeat alarm adds only what is still missing.
      to = Math.max(from, Math.ceil((counted * d) / p.targetCpu));
    } else if (p.kind === 'step') {
      const over = d - p.highThreshold;
      const stepDef = p.steps.find((st) => over >= st.from && (st.to === null || over < st.to));
      const change = stepDef?.change ?? 0;
      // Step scaling: a breach in the same step while capacity is warming up adds nothing more.
      to = from + Math.max(0, change - warming);
    } else if (s.t >= s.cooldownUntil) {
      to = from + p.change;
      s.cooldownUntil = s.t + p.cooldownSeconds;
    }
    to = Math.min(s.max, to);
    if (to > from) setDesired(s, to, causes.alarm(stamp, s.alarmHighName, p.name, from, to));
    return;
  }
  if (s.lowAlarm === 'ALARM' && warming === 0) {
    let to = from;
    if (p.kind === 'target-tracking') {
      if (p.disableScaleIn) return;
      to = Math.min(from, Math.ceil((counted * d) / p.targetCpu));
    } else if (p.kind === 'step') {
      to = from - p.scaleInBy;
    } else if (s.t >= s.cooldownUntil) {
      to = from - p.change;
      s.cooldownUntil = s.t + p.cooldownSeconds;
    }
    to = Math.max(s.min, to);
    if (to < from) setDesired(s, to, causes.alarm(stamp, s.alarmLowName, p.name, from, to));
  }
}

function groupHealthChecks(s: SimState): void {
  const cfg = s.config;
  for (const i of s.instances) {
    if (i.lifecycle !== 'InService' || i.health === 'Unhealthy') continue;
    let why: Phrase | null = null;
    // Any EC2 state other than running is unhealthy at once (D1), grace period or not.
    if (i.ec2State !== 'running') why = causes.ec2Stopped(at(s));
    else if (i.inServiceAt !== null && s.t >= i.inServiceAt + cfg.gracePeriodSeconds) {
      if (i.impairedSince !== null && s.t >= i.impairedSince + cfg.impairedToleranceSeconds) why = causes.ec2Impaired(at(s));
      else if (cfg.healthCheckType === 'ELB' && i.target === 'unhealthy') why = causes.elbUnhealthy(at(s));
    }
    if (!why) continue;
    i.health = 'Unhealthy';
    s.totals.replacedUnhealthy++;
    beginTerminate(s, i);
    log(s, { kind: 'terminate', instanceId: i.id, zone: i.zone, description: describe.terminate(i.id), cause: why });
  }
}

function rebalance(s: SimState): void {
  if (s.instances.some((i) => i.lifecycle === 'Pending')) return;
  const active = activeCount(s);
  if (active !== s.desired) return;
  const counts = zoneCounts(s);
  let lo: string | undefined;
  let loN = Infinity;
  let hiN = -1;
  for (const z of s.config.zones) {
    if (zoneIsDown(s, z)) continue;
    const n = counts.get(z) ?? 0;
    if (n < loN) {
      lo = z;
      loN = n;
    }
    if (n > hiN) hiN = n;
  }
  if (lo === undefined || hiN - loN <= 1) return;
  // Rebalancing may exceed max by 10 % (at least one instance) because it launches before it terminates.
  if (active + 1 > s.max + Math.max(1, Math.floor(s.max * 0.1))) return;
  const inst = launch(s, true, lo);
  if (!inst) return;
  log(s, { kind: 'launch', instanceId: inst.id, zone: inst.zone, description: describe.launch(inst.id), cause: causes.rebalanceLaunch(at(s), [lo]) });
}

function record(s: SimState): void {
  let inService = 0;
  let pending = 0;
  let healthyTargets = 0;
  for (const i of s.instances) {
    if (i.lifecycle === 'InService') inService++;
    else if (i.lifecycle === 'Pending') pending++;
    if (i.target === 'healthy') healthyTargets++;
  }
  s.series.push({
    t: s.t,
    rps: s.current.rps,
    cpu: s.current.cpu,
    metricCpu: s.lastDatapoint,
    desired: s.desired,
    inService,
    pending,
    healthyTargets,
    responseMs: s.current.responseMs,
    errorRate: s.current.errorRate,
    cost: liveCost(s),
  });
  if (s.series.length > MAX_SAMPLES) s.series.splice(0, 1440);
}

/** Advance one step (config.stepSeconds). */
export function step(s: SimState): void {
  const prevT = s.t;
  s.t += s.config.stepSeconds;
  runPlanned(s);
  runSchedules(s, prevT);
  advanceLifecycles(s);
  elbHealthChecks(s);
  route(s);
  collectMetric(s);
  const minuteEnd = s.t % 60 === 0;
  if (minuteEnd) evaluatePolicy(s);
  groupHealthChecks(s);
  reconcile(s);
  // Zone rebalancing is a background activity: checked once a minute.
  if (minuteEnd) rebalance(s);
  if (minuteEnd) record(s);
  if (s.spikes.length > 0) s.spikes = s.spikes.filter((sp) => sp.end > s.t);
}

/** Longest single advance: a week of simulated time (60,480 ten-second steps) bounds the work of one call. */
export const MAX_ADVANCE_SECONDS = 7 * 86_400;

/**
 * Advance by whole steps covering `seconds`, or a refusal: a non-finite, negative or over-long duration
 * would otherwise never return (`advance(Infinity)`) or run for minutes.
 */
export function advanceBy(s: SimState, seconds: number): Result<number> {
  if (!Number.isFinite(seconds) || seconds < 0) return { ok: false, error: { code: 'bad-duration', message: `진행할 시간 ${String(seconds)}초는 쓸 수 없습니다. 0 이상의 유한한 숫자여야 합니다.` } };
  if (seconds > MAX_ADVANCE_SECONDS) return { ok: false, error: { code: 'duration-too-long', message: '한 번에 7일보다 길게 진행할 수 없습니다.' } };
  const n = Math.floor(seconds / s.config.stepSeconds);
  for (let k = 0; k < n; k++) step(s);
  return { ok: true, value: n };
}

/** Advance by whole steps covering `seconds`. Returns the number of steps taken (0 when `advanceBy` refuses). */
export function advance(s: SimState, seconds: number): number {
  const r = advanceBy(s, seconds);
  return r.ok ? r.value : 0;
}

// ---------- learner actions ----------

function pickInstance(s: SimState, id: string | undefined): SimInstance | null {
  if (id !== undefined) return s.instances.find((i) => i.id === id && i.lifecycle !== 'Terminating') ?? null;
  const candidates = s.instances.filter((i) => i.lifecycle === 'InService' && i.ec2State === 'running' && !i.appFault);
  if (candidates.length === 0) return null;
  return candidates[Math.floor(s.rng.next() * candidates.length)] ?? null;
}

const actionError = (code: string, message: string) => ({ ok: false as const, error: { code, message } });

/** Apply a learner action (fault, manual capacity change). Total: bad input returns a Korean error. */
export function applyAction(s: SimState, action: Action): Result<SimState> {
  switch (action.type) {
    case 'kill':
    case 'failHealth': {
      const inst = pickInstance(s, action.instanceId);
      if (!inst) return actionError('no-instance', '대상이 될 서비스 중(InService) 인스턴스가 없습니다.');
      if (action.type === 'kill') {
        inst.ec2State = 'terminated';
        inst.billingEndAt = s.t;
        note(s, `학습자가 인스턴스 ${inst.id}(${inst.zone})를 강제로 종료했습니다.`, `Instance ${inst.id} was terminated outside the group.`, 'fault');
      } else {
        inst.appFault = true;
        note(s, `학습자가 인스턴스 ${inst.id}(${inst.zone})의 웹 앱을 고장 냈습니다. 상태 확인 경로가 오류를 돌려줍니다.`, `The web app on ${inst.id} now fails its health check.`, 'fault');
      }
      return { ok: true, value: s };
    }
    case 'failZone':
    case 'restoreZone': {
      if (!s.config.zones.includes(action.zone)) return actionError('unknown-zone', `그룹에 없는 가용 영역입니다: ${action.zone}`);
      if (action.type === 'failZone') {
        if (zoneIsDown(s, action.zone)) return actionError('zone-already-down', `가용 영역 ${action.zone}에는 이미 장애가 나 있습니다.`);
        if (s.zonesDown.length + 1 >= s.config.zones.length) return actionError('last-zone', '마지막 남은 정상 영역은 장애로 만들 수 없습니다.');
        s.zonesDown.push(action.zone);
        for (const i of s.instances) if (i.zone === action.zone && i.impairedSince === null) i.impairedSince = s.t;
        note(s, `가용 영역 ${action.zone}에 장애가 났습니다. 이 영역의 인스턴스는 응답하지 않고 상태 검사가 손상(impaired)됩니다.`, `Availability Zone ${action.zone} is impaired.`, 'fault');
      } else {
        if (!zoneIsDown(s, action.zone)) return actionError('zone-not-down', `가용 영역 ${action.zone}에는 장애가 나 있지 않습니다.`);
        s.zonesDown = s.zonesDown.filter((z) => z !== action.zone);
        for (const i of s.instances) if (i.zone === action.zone) i.impairedSince = null;
        note(s, `가용 영역 ${action.zone}의 장애가 복구되었습니다. 그룹이 영역 간 균형을 다시 맞춥니다.`, `Availability Zone ${action.zone} recovered.`, 'recovery');
      }
      return { ok: true, value: s };
    }
    case 'spike': {
      if (!(action.multiplier > 0 && action.multiplier <= 100) || !(action.durationSeconds > 0 && action.durationSeconds <= 86_400)) {
        return actionError('bad-spike', '급증 배수는 0보다 크고 100 이하, 지속 시간은 0초보다 길고 하루(86400초) 이하여야 합니다.');
      }
      s.spikes.push({ start: s.t, end: s.t + action.durationSeconds, multiplier: action.multiplier });
      note(s, `트래픽이 ${Math.round(action.durationSeconds / 60)}분 동안 ${action.multiplier}배로 급증합니다.`, `Traffic spike ×${action.multiplier}.`, 'fault');
      return { ok: true, value: s };
    }
    case 'setCapacity': {
      const v = validateCapacity(action.min, action.desired, action.max);
      if (!v.ok) return v;
      const from = s.desired;
      s.min = v.value.min;
      s.max = v.value.max;
      if (from !== v.value.desired) setDesired(s, v.value.desired, causes.userRequest(at(s), s.min, s.max, v.value.desired, from));
      else note(s, `사용자가 용량을 최소 ${s.min}, 최대 ${s.max}, 원하는 용량 ${withJosa(String(from), '으로/로')} 바꿨습니다.`, `Group constraints updated.`, 'capacity');
      reconcile(s);
      return { ok: true, value: s };
    }
    case 'setInstanceType': {
      if (!isInstanceTypeName(action.instanceType)) return actionError('unknown-instance-type', `알 수 없는 인스턴스 유형입니다: ${action.instanceType}`);
      s.instanceType = action.instanceType;
      note(s, `시작 템플릿의 새 버전은 인스턴스 유형이 ${action.instanceType}입니다. 기존 인스턴스는 그대로 두고, 축소할 때 오래된 구성부터 종료합니다.`, `Launch template updated to ${action.instanceType}.`);
      return { ok: true, value: s };
    }
  }
}
