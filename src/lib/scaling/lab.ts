// The Auto Scaling lab's UI state and every command that changes it, as one reducer with effects as data
// (cf. src/lib/review/presenter.ts). The element only turns DOM events into commands, runs the effects
// (announcements) and renders the state. The simulation inside (`sim`) is the model's own mutable object,
// advanced in place for speed (a day is 8,640 steps); everything else in LabState is replaced, never mutated.
import { withJosa } from '../korean.ts';
import type { ActivityEntry } from './activity.ts';
import {
  DEFAULT_CONFIG,
  DEFAULT_SIMPLE_POLICY,
  DEFAULT_STEP_POLICY,
  DEFAULT_TARGET_TRACKING,
  SEOUL_ZONES,
  WEEKDAY_WEEKEND_SCHEDULE,
  parseCapacityForm,
  type ScalingConfig,
  type ScalingPolicy,
} from './config.ts';
import { isInstanceTypeName } from './prices.ts';
import { SCENARIOS, findScenario, type GuidedScenario } from './scenarios.ts';
import { advance, applyAction, createSimulation, epochOf, type Action, type PlannedEvent, type SimState } from './simulation.ts';
import { localLabel, zoneLabel } from './time.ts';
import { TRAFFIC_CURVES, type TrafficCurve } from './traffic.ts';

export const SPEEDS = [1, 10, 60, 300, 600] as const;
export const WINDOWS = [3600, 10_800, 21_600, 86_400] as const;
/** "다음 사건까지" never jumps further than this (a quiet weekend stays a few clicks). */
export const MAX_SKIP_SECONDS = 24 * 3600;
/** Real-time ticks never advance more than this many steps at once (a backgrounded tab comes back calmly). */
export const MAX_STEPS_PER_TICK = 2000;

export type FaultKind = 'kill' | 'failHealth' | 'spike' | 'failZone' | 'restoreZone';

export interface LabState {
  /** The guided scenario running, or '' for the free lab (offered after the scenarios). */
  readonly scenarioId: string;
  readonly config: ScalingConfig;
  readonly events: readonly PlannedEvent[];
  readonly sim: SimState;
  readonly playing: boolean;
  /** Simulated seconds per real second. */
  readonly speed: number;
  /** Simulated seconds owed by real time but smaller than a step. */
  readonly carry: number;
  readonly windowSeconds: number;
  /** The scenario reached its suggested end (the lab paused there once). */
  readonly ended: boolean;
  readonly selected: string | null;
  readonly actionError: string | null;
  readonly settingsError: string | null;
  /** Chart marker under the pointer or focus (its time), for the readout. */
  readonly inspected: number | null;
}

/** Raw text of the settings form: parsed here, so an empty field is a Korean error, never 0. */
export interface SettingsInput {
  readonly instanceType: string;
  readonly zones: string;
  readonly min: string;
  readonly desired: string;
  readonly max: string;
  readonly healthCheckType: string;
  readonly gracePeriodSeconds: string;
  readonly warmupSeconds: string;
  readonly appBootSeconds: string;
  readonly policy: string;
  readonly targetCpu: string;
  readonly schedule: boolean;
  readonly curve: string;
  readonly baseRps: string;
  readonly peakRps: string;
  readonly seed: string;
  /** 24 hourly levels (only read for the custom curve). */
  readonly custom: readonly string[];
}

export type LabCommand =
  | { type: 'load-scenario'; id: string }
  | { type: 'play' }
  | { type: 'pause' }
  | { type: 'step' }
  | { type: 'reset' }
  /** Real time passed while playing (seconds). */
  | { type: 'tick'; realSeconds: number }
  | { type: 'skip-to-next-event' }
  | { type: 'set-speed'; speed: number }
  | { type: 'set-window'; seconds: number }
  | { type: 'select'; instanceId: string }
  | { type: 'fault'; kind: FaultKind; zone?: string }
  | { type: 'set-capacity'; min: string; desired: string; max: string }
  | { type: 'apply-settings'; input: SettingsInput }
  | { type: 'inspect'; t: number | null };

export type LabEffect =
  /** Say this in the live region. */
  | { type: 'announce'; text: string }
  /** The simulation was replaced: rebuild what depends on its zones and log. */
  | { type: 'restarted' };

export interface Transition {
  readonly state: LabState;
  readonly effects: readonly LabEffect[];
}

const same = (state: LabState, effects: LabEffect[] = []): Transition => ({ state, effects });

function defaultWindow(scenario: GuidedScenario | undefined): number {
  const d = scenario?.durationSeconds ?? 21_600;
  return WINDOWS.find((w) => d <= w) ?? 86_400;
}

function fresh(scenarioId: string, config: ScalingConfig, events: readonly PlannedEvent[], speed: number): LabState | string {
  const r = createSimulation(config, events);
  if (!r.ok) return r.error.message;
  const scenario = findScenario(scenarioId);
  return {
    scenarioId: scenario ? scenario.id : '',
    config,
    events,
    sim: r.value,
    playing: false,
    speed,
    carry: 0,
    windowSeconds: defaultWindow(scenario),
    ended: false,
    selected: null,
    actionError: null,
    settingsError: null,
    inspected: null,
  };
}

/** The lab on a scenario (the first guided one for an unknown id; '' for the free lab). */
export function initialLab(scenarioId: string): LabState {
  const scenario = scenarioId === '' ? undefined : (findScenario(scenarioId) ?? SCENARIOS[0]);
  const config = scenario?.config ?? DEFAULT_CONFIG;
  const made = fresh(scenario?.id ?? '', config, scenario?.events ?? [], scenario?.speed ?? 300);
  if (typeof made === 'string') throw new Error(`scaling lab: built-in configuration refused: ${made}`);
  return made;
}

export function scenarioOf(state: LabState): GuidedScenario | undefined {
  return state.scenarioId === '' ? undefined : findScenario(state.scenarioId);
}

/** Where the current scenario stops by itself (null in the free lab). */
export function endOf(state: LabState): number | null {
  return scenarioOf(state)?.durationSeconds ?? null;
}

/** The lab clock for a simulated time: "월 12:31:10 KST". */
export function clockLabel(sim: SimState, t: number, withSeconds = true): string {
  return `${localLabel(epochOf(sim, t), sim.config.utcOffsetHours, withSeconds)}${withSeconds ? ` ${zoneLabel(sim.config.utcOffsetHours)}` : ''}`;
}

/** Steps from `sim.t`, stopping at the scenario's end the first time it is reached. */
function run(state: LabState, seconds: number): { ended: boolean } {
  const step = state.sim.config.stepSeconds;
  let steps = Math.max(0, Math.floor(seconds / step));
  const end = endOf(state);
  if (end !== null && !state.ended && state.sim.t < end) steps = Math.min(steps, Math.ceil((end - state.sim.t) / step));
  if (steps > 0) advance(state.sim, steps * step);
  return { ended: end !== null && !state.ended && state.sim.t >= end };
}

/** Advances until something happens: an activity (launch, termination, fault, note) or a capacity change. */
export function skipToNextEvent(state: LabState): { seconds: number; entry: ActivityEntry | null; ended: boolean } {
  const sim = state.sim;
  const start = sim.t;
  const seq = sim.activitySeq;
  const desired = sim.desired;
  const end = endOf(state);
  const limit = start + MAX_SKIP_SECONDS;
  while (sim.t < limit && sim.activitySeq === seq && sim.desired === desired) {
    if (end !== null && !state.ended && sim.t >= end) break;
    advance(sim, sim.config.stepSeconds);
  }
  const entry = sim.activitySeq !== seq ? (sim.activity.find((a) => a.seq === seq + 1) ?? null) : null;
  return { seconds: sim.t - start, entry, ended: end !== null && !state.ended && sim.t >= end };
}

function restart(state: LabState, scenarioId: string, config: ScalingConfig, events: readonly PlannedEvent[], speed: number, say: string): Transition {
  const made = fresh(scenarioId, config, events, speed);
  if (typeof made === 'string') return same({ ...state, settingsError: made });
  return { state: made, effects: [{ type: 'restarted' }, { type: 'announce', text: say }] };
}

const END_MESSAGE = '시나리오가 끝났습니다. 질문의 답을 확인해 보세요. 재생을 누르면 계속 진행합니다.';

export function reduce(state: LabState, command: LabCommand): Transition {
  switch (command.type) {
    case 'load-scenario': {
      const scenario = findScenario(command.id);
      if (command.id !== '' && !scenario) return same(state);
      const title = scenario?.title ?? '자유 실습';
      return restart(
        state,
        scenario?.id ?? '',
        scenario?.config ?? DEFAULT_CONFIG,
        scenario?.events ?? [],
        scenario?.speed ?? 300,
        `${title}: 처음부터 준비했습니다. 재생을 누르세요.`,
      );
    }
    case 'reset':
      return restart(state, state.scenarioId, state.config, state.events, state.speed, '처음부터 다시 시작합니다.');
    case 'play':
      return same({ ...state, playing: true, carry: 0 });
    case 'pause':
      return same({ ...state, playing: false, carry: 0 });
    case 'step': {
      advance(state.sim, state.sim.config.stepSeconds);
      return same({ ...state, playing: false, carry: 0 });
    }
    case 'tick': {
      if (!state.playing || !(command.realSeconds > 0)) return same(state);
      const owed = state.carry + Math.min(command.realSeconds, 0.25) * state.speed;
      const step = state.sim.config.stepSeconds;
      const steps = Math.min(MAX_STEPS_PER_TICK, Math.floor(owed / step));
      const before = state.sim.t;
      const { ended } = run(state, steps * step);
      const carry = owed - (state.sim.t - before);
      if (ended) return { state: { ...state, playing: false, carry: 0, ended: true }, effects: [{ type: 'announce', text: END_MESSAGE }] };
      return same({ ...state, carry: Math.max(0, Math.min(carry, step)) });
    }
    case 'skip-to-next-event': {
      const { seconds, entry, ended } = skipToNextEvent(state);
      const when = clockLabel(state.sim, state.sim.t);
      let text: string;
      if (ended) text = `${when}: ${END_MESSAGE}`;
      else if (entry) text = `${when}까지 건너뛰었습니다(${Math.round(seconds / 60)}분). ${entry.kind === 'note' ? entry.description.ko : entry.kind === 'launch' ? '인스턴스를 시작했습니다.' : '인스턴스를 종료합니다.'}`;
      else if (seconds >= MAX_SKIP_SECONDS) text = `${when}: 24시간 동안 아무 일도 일어나지 않았습니다.`;
      else text = `${when}까지 건너뛰었습니다. 원하는 용량이 ${withJosa(String(state.sim.desired), '으로/로')} 바뀌었습니다.`;
      return { state: { ...state, playing: false, carry: 0, ended: state.ended || ended }, effects: [{ type: 'announce', text }] };
    }
    case 'set-speed':
      return (SPEEDS as readonly number[]).includes(command.speed) ? same({ ...state, speed: command.speed }) : same(state);
    case 'set-window':
      return (WINDOWS as readonly number[]).includes(command.seconds) ? same({ ...state, windowSeconds: command.seconds }) : same(state);
    case 'select': {
      const exists = state.sim.instances.some((i) => i.id === command.instanceId);
      if (!exists) return same({ ...state, selected: null });
      return same({ ...state, selected: state.selected === command.instanceId ? null : command.instanceId });
    }
    case 'fault': {
      const selected = state.selected !== null && state.sim.instances.some((i) => i.id === state.selected) ? state.selected : undefined;
      const action = faultAction(command.kind, command.zone ?? '', selected);
      const r = applyAction(state.sim, action);
      return same({ ...state, actionError: r.ok ? null : r.error.message });
    }
    case 'set-capacity': {
      const parsed = parseCapacityForm({ min: command.min, desired: command.desired, max: command.max });
      if (!parsed.ok) return same({ ...state, actionError: parsed.error.message });
      const r = applyAction(state.sim, { type: 'setCapacity', ...parsed.value });
      return same({ ...state, actionError: r.ok ? null : r.error.message });
    }
    case 'apply-settings': {
      const parsed = parseSettings(command.input, state.config);
      if (!parsed.ok) return same({ ...state, settingsError: parsed.error });
      // Keep the scenario's planned events only if their zones still exist.
      const events = state.events.filter((e) => !('zone' in e.action) || parsed.value.zones.includes(e.action.zone));
      return restart(state, state.scenarioId, parsed.value, events, state.speed, '새 설정으로 처음부터 시작합니다.');
    }
    case 'inspect':
      return same({ ...state, inspected: command.t });
  }
}

function faultAction(kind: FaultKind, zone: string, instanceId: string | undefined): Action {
  switch (kind) {
    case 'kill':
      return instanceId ? { type: 'kill', instanceId } : { type: 'kill' };
    case 'failHealth':
      return instanceId ? { type: 'failHealth', instanceId } : { type: 'failHealth' };
    case 'spike':
      return { type: 'spike', multiplier: 3, durationSeconds: 900 };
    case 'failZone':
      return { type: 'failZone', zone };
    case 'restoreZone':
      return { type: 'restoreZone', zone };
  }
}

// ---------- settings form ----------

type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/** One whole number typed in a field: empty or not a whole number in range is a Korean error naming it. */
export function parseWholeNumber(text: string, label: string, lo: number, hi: number): Parsed<number> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, error: `${withJosa(label, '을/를')} 입력하세요. ${lo} 이상 ${hi} 이하의 정수입니다.` };
  const n = /^\d{1,10}$/.test(trimmed) ? Number(trimmed) : Number.NaN;
  if (!(n >= lo && n <= hi)) return { ok: false, error: `${withJosa(label, '은/는')} ${lo} 이상 ${hi} 이하의 정수여야 합니다(입력: ${trimmed.slice(0, 12)}).` };
  return { ok: true, value: n };
}

/** The settings form as typed → a configuration (validateConfig then checks the whole). */
export function parseSettings(input: SettingsInput, base: ScalingConfig): Parsed<ScalingConfig> {
  const numbers: Record<string, number> = {};
  const fields: readonly [keyof SettingsInput, string, number, number][] = [
    ['gracePeriodSeconds', '유예 기간', 0, 7200],
    ['warmupSeconds', '워밍업', 0, 3600],
    ['appBootSeconds', '앱 부팅 시간', 0, 3600],
    ['baseRps', '기본 요청/s', 0, 100_000],
    ['peakRps', '최대 요청/s', 0, 100_000],
    ['seed', '문제 세트 번호(시드)', 0, 4_294_967_295],
  ];
  const capacity = parseCapacityForm({ min: input.min, desired: input.desired, max: input.max });
  if (!capacity.ok) return { ok: false, error: capacity.error.message };
  for (const [key, label, lo, hi] of fields) {
    const r = parseWholeNumber(String(input[key]), label, lo, hi);
    if (!r.ok) return r;
    numbers[key] = r.value;
  }
  let policy: ScalingPolicy = { kind: 'none' };
  if (input.policy === 'target-tracking') {
    const cpu = parseWholeNumber(input.targetCpu, '대상 CPU', 1, 99);
    if (!cpu.ok) return cpu;
    policy = { ...DEFAULT_TARGET_TRACKING, targetCpu: cpu.value };
  } else if (input.policy === 'step') policy = DEFAULT_STEP_POLICY;
  else if (input.policy === 'simple') policy = DEFAULT_SIMPLE_POLICY;
  const curve: TrafficCurve = TRAFFIC_CURVES.find((c) => c.id === input.curve)?.id ?? 'lunch';
  let custom: readonly number[] = base.traffic.custom;
  if (curve === 'custom') {
    const levels: number[] = [];
    for (const [hour, text] of input.custom.entries()) {
      const r = parseWholeNumber(text, `${hour}시 요청/s`, 0, 100_000);
      if (!r.ok) return r;
      levels.push(r.value);
    }
    if (levels.length !== 24) return { ok: false, error: '직접 그리기에는 0시부터 23시까지 24개 값이 필요합니다.' };
    custom = levels;
  }
  const zones = Number(input.zones);
  return {
    ok: true,
    value: {
      ...base,
      seed: numbers['seed'] ?? base.seed,
      instanceType: isInstanceTypeName(input.instanceType) ? input.instanceType : base.instanceType,
      zones: SEOUL_ZONES.slice(0, zones === 2 || zones === 4 ? zones : 3),
      ...capacity.value,
      healthCheckType: input.healthCheckType === 'EC2' ? 'EC2' : 'ELB',
      gracePeriodSeconds: numbers['gracePeriodSeconds'] ?? base.gracePeriodSeconds,
      warmupSeconds: numbers['warmupSeconds'] ?? base.warmupSeconds,
      appBootSeconds: numbers['appBootSeconds'] ?? base.appBootSeconds,
      policy,
      scheduledActions: input.schedule ? WEEKDAY_WEEKEND_SCHEDULE : [],
      traffic: {
        ...base.traffic,
        curve,
        baseRps: numbers['baseRps'] ?? base.traffic.baseRps,
        peakRps: numbers['peakRps'] ?? base.traffic.peakRps,
        custom,
      },
    },
  };
}

// ---------- chart markers ----------

export interface ChartMarker {
  /** Simulated seconds. */
  readonly t: number;
  readonly kind: 'fault' | 'recovery' | 'scaling';
  /** Short title for the readout: "장애 주입", "확장 +2" … */
  readonly title: string;
  /** The sentences behind it (Korean glosses of the activity entries). */
  readonly details: readonly string[];
}

/** Markers for the charts: injected faults and recoveries, and scaling activities grouped by minute. */
export function chartMarkers(sim: SimState, from = 0, to = Number.POSITIVE_INFINITY): ChartMarker[] {
  const out: ChartMarker[] = [];
  const scaling = new Map<number, { launch: number; terminate: number; details: string[] }>();
  for (const a of sim.activity) {
    if (a.at < from || a.at > to) continue;
    if (a.kind === 'note') {
      if (a.tag === 'fault' || a.tag === 'recovery') {
        out.push({ t: a.at, kind: a.tag, title: a.tag === 'fault' ? '장애 주입' : '복구', details: [a.description.ko] });
      }
      continue;
    }
    const minute = Math.floor(a.at / 60) * 60;
    const group = scaling.get(minute) ?? { launch: 0, terminate: 0, details: [] };
    group[a.kind]++;
    group.details.push(a.cause.ko);
    scaling.set(minute, group);
  }
  for (const [t, g] of scaling) {
    const parts = [g.launch > 0 ? `시작 ${g.launch}대` : '', g.terminate > 0 ? `종료 ${g.terminate}대` : ''].filter(Boolean);
    out.push({ t, kind: 'scaling', title: `조정 활동: ${parts.join(', ')}`, details: [...new Set(g.details)] });
  }
  return out.sort((a, b) => a.t - b.t || a.kind.localeCompare(b.kind));
}

/** The readout for a marker time: what happened, on the lab clock. */
export function markerReadout(sim: SimState, t: number): string {
  const markers = chartMarkers(sim).filter((m) => m.t === t);
  if (markers.length === 0) return '';
  return `${clockLabel(sim, t)} · ${markers.map((m) => `${m.title}. ${m.details.join(' ')}`).join(' · ')}`;
}
