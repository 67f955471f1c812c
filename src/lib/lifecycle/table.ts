// The lifecycle as data, written from the AWS EC2 User Guide ("Amazon EC2 instance state changes",
// "Differences between instance states", stop protection, termination protection, Spot interruption
// behavior). The model (model.ts), the diagram, the tests and the lesson all read these tables.
import { pickJosa, withJosa } from '../korean.ts';
import type { LessonAnchor } from './anchors.ts';
import type { InstanceConfig, InstanceState, LifecycleAction, LifecyclePath, Instance } from './types.ts';

export interface StateInfo {
  /** InstanceState.Code low byte. */
  code: number;
  label: string;
  description: string;
  /** "Instance usage billing" column. `stopping` is billed only while hibernating. */
  billing: 'billed' | 'not-billed' | 'hibernate-only';
  /** Transitional states settle by themselves into `settlesTo`. */
  settlesTo: InstanceState | null;
}

export const STATES = {
  pending: {
    code: 0,
    label: '대기 중',
    description: '실행 상태로 들어갈 준비를 합니다. 시작(launch)하거나 중지된 인스턴스를 다시 시작하면 이 상태가 됩니다.',
    billing: 'not-billed',
    settlesTo: 'running',
  },
  running: {
    code: 16,
    label: '실행 중',
    description: '실행 중이며 사용할 수 있습니다.',
    billing: 'billed',
    settlesTo: null,
  },
  stopping: {
    code: 64,
    label: '중지 중',
    description: '중지할 준비를 합니다. 최대 절전 중이면 이 상태에서도 요금이 나갑니다.',
    billing: 'hibernate-only',
    settlesTo: 'stopped',
  },
  stopped: {
    code: 80,
    label: '중지됨',
    description: '종료(shut down)되어 사용할 수 없지만 언제든 다시 시작할 수 있습니다.',
    billing: 'not-billed',
    settlesTo: null,
  },
  'shutting-down': {
    code: 32,
    label: '종료 중',
    description: '종료(terminate)할 준비를 합니다.',
    billing: 'not-billed',
    settlesTo: 'terminated',
  },
  terminated: {
    code: 48,
    label: '종료됨',
    description: '영구히 삭제되어 다시 시작할 수 없습니다.',
    billing: 'not-billed',
    settlesTo: null,
  },
} as const satisfies Record<InstanceState, StateInfo>;

/** How each API state name is read aloud, so particles attach correctly ("running이", "stopped가"). */
export const STATE_READINGS = {
  pending: '펜딩',
  running: '러닝',
  stopping: '스토핑',
  stopped: '스톱트',
  'shutting-down': '셧다운',
  terminated: '터미네이티드',
} as const satisfies Record<InstanceState, string>;

/** The state name with a particle: stateJosa('running', '이/가') → "running이". */
export function stateJosa(state: InstanceState, option: Parameters<typeof withJosa>[1]): string {
  return withJosa(state, option, STATE_READINGS[state]);
}

export const STATE_ORDER: readonly InstanceState[] = ['pending', 'running', 'stopping', 'stopped', 'shutting-down', 'terminated'];

export interface ActionInfo {
  label: string;
  /** What it corresponds to in AWS. */
  api: string;
  description: string;
}

export const ACTIONS = {
  start: { label: '시작', api: 'StartInstances', description: '중지된 인스턴스를 다시 시작합니다.' },
  stop: { label: '중지', api: 'StopInstances', description: '인스턴스를 중지합니다(EBS 루트만).' },
  hibernate: {
    label: '최대 절전',
    api: 'StopInstances --hibernate',
    description: 'RAM을 루트 EBS 볼륨에 저장하고 중지합니다(시작할 때 켠 경우만).',
  },
  reboot: { label: '재부팅', api: 'RebootInstances', description: '같은 호스트에서 운영 체제를 다시 부팅합니다.' },
  terminate: { label: '종료', api: 'TerminateInstances', description: '인스턴스를 영구히 삭제합니다.' },
  'os-shutdown': {
    label: 'OS에서 종료',
    api: 'sudo shutdown -h now',
    description: '인스턴스 안에서 운영 체제 종료 명령을 실행합니다.',
  },
  'spot-interruption': {
    label: '스팟 중단',
    api: 'EC2 Spot 중단(2분 전 알림)',
    description: 'EC2가 용량을 회수하며 스팟 인스턴스를 중단합니다.',
  },
} as const satisfies Record<LifecycleAction, ActionInfo>;

export const ACTION_ORDER: readonly LifecycleAction[] = [
  'start',
  'stop',
  'hibernate',
  'reboot',
  'terminate',
  'os-shutdown',
  'spot-interruption',
];

// ---------------------------------------------------------------------------
// Guards: conditions an action needs besides the state. Each refusal says why, in Korean.

export type GuardId =
  | 'ebs-root'
  | 'hibernation-enabled'
  | 'no-stop-protection'
  | 'no-termination-protection'
  | 'spot-market'
  | 'not-spot-interrupted';

export interface Guard {
  passes: (instance: Instance) => boolean;
  code: string;
  message: string;
  anchor: LessonAnchor;
}

export const GUARDS = {
  'ebs-root': {
    passes: (i) => i.config.rootDevice === 'ebs',
    code: 'instance-store-root',
    message:
      '인스턴스 스토어 루트 볼륨을 쓰는 인스턴스는 중지하거나 최대 절전할 수 없습니다. 이런 인스턴스는 실행 중이거나 종료된 상태만 있습니다.',
    anchor: 'instanceStoreRoot',
  },
  'hibernation-enabled': {
    passes: (i) => i.config.hibernationEnabled,
    code: 'hibernation-not-enabled',
    message:
      '최대 절전은 인스턴스를 시작(launch)할 때 켠 경우에만 쓸 수 있습니다. 실행 중인 인스턴스에서 나중에 켤 수는 없습니다.',
    anchor: 'hibernation',
  },
  'no-stop-protection': {
    passes: (i) => !i.config.stopProtection,
    code: 'stop-protection',
    message: '중지 방지(DisableApiStop)가 켜져 있어 API·콘솔에서 중지(최대 절전 포함)할 수 없습니다. 먼저 중지 방지를 꺼야 합니다.',
    anchor: 'protection',
  },
  'no-termination-protection': {
    passes: (i) => !i.config.terminationProtection,
    code: 'termination-protection',
    message:
      '종료 방지(DisableApiTermination)가 켜져 있어 API·콘솔에서 종료할 수 없습니다. 단, 운영 체제 종료(종료 동작이 terminate일 때)는 막지 못합니다.',
    anchor: 'protection',
  },
  'spot-market': {
    passes: (i) => i.config.market === 'spot',
    code: 'not-spot',
    message: '온디맨드 인스턴스에는 스팟 중단이 일어나지 않습니다. 구매 옵션을 스팟으로 골라 시작해야 합니다.',
    anchor: 'spot',
  },
  'not-spot-interrupted': {
    passes: (i) => !i.stoppedBySpotInterruption,
    code: 'spot-restart-by-ec2-only',
    message:
      '스팟 중단으로 중지(또는 최대 절전)된 스팟 인스턴스는 사용자가 시작할 수 없습니다. 같은 가용 영역에 용량이 생기면 EC2가 다시 시작합니다. 중지된 상태에서 종료는 할 수 있습니다.',
    anchor: 'spot',
  },
} as const satisfies Record<GuardId, Guard>;

// ---------------------------------------------------------------------------
// Transitions. An action is accepted only where a row exists; guards are checked in order.
// `outcome` is a path, or is resolved from the launch configuration.

export type Outcome = LifecyclePath | 'by-shutdown-behavior' | 'by-spot-behavior';

export interface TransitionRow {
  from: InstanceState;
  action: LifecycleAction;
  guards: readonly GuardId[];
  outcome: Outcome;
}

export const TRANSITIONS: readonly TransitionRow[] = [
  { from: 'running', action: 'reboot', guards: [], outcome: 'reboot' },
  { from: 'running', action: 'stop', guards: ['ebs-root', 'no-stop-protection'], outcome: 'stop' },
  { from: 'running', action: 'hibernate', guards: ['ebs-root', 'hibernation-enabled', 'no-stop-protection'], outcome: 'hibernate' },
  { from: 'running', action: 'terminate', guards: ['no-termination-protection'], outcome: 'terminate' },
  // Protections guard the API only: an OS shutdown and a Spot interruption pass them.
  { from: 'running', action: 'os-shutdown', guards: [], outcome: 'by-shutdown-behavior' },
  { from: 'running', action: 'spot-interruption', guards: ['spot-market'], outcome: 'by-spot-behavior' },
  { from: 'stopped', action: 'start', guards: ['not-spot-interrupted'], outcome: 'start' },
  { from: 'stopped', action: 'terminate', guards: ['no-termination-protection'], outcome: 'terminate' },
];

/** The transitional state a path goes through, and where it settles. */
export const PATHS = {
  launch: { via: 'pending', to: 'running' },
  start: { via: 'pending', to: 'running' },
  reboot: { via: null, to: 'running' },
  stop: { via: 'stopping', to: 'stopped' },
  hibernate: { via: 'stopping', to: 'stopped' },
  terminate: { via: 'shutting-down', to: 'terminated' },
} as const satisfies Record<LifecyclePath, { via: InstanceState | null; to: InstanceState }>;

/** Resolves config-dependent outcomes. */
export function resolveOutcome(outcome: Outcome, config: InstanceConfig): LifecyclePath {
  switch (outcome) {
    case 'by-shutdown-behavior':
      // "Operating system shutdown commands always terminate an instance with an instance store root volume."
      return config.rootDevice === 'instance-store' ? 'terminate' : config.shutdownBehavior;
    case 'by-spot-behavior':
      // An instance store root cannot be stopped; validateConfig rejects that combination anyway.
      return config.rootDevice === 'instance-store' ? 'terminate' : config.spotInterruptionBehavior;
    default:
      return outcome;
  }
}

export function findTransition(from: InstanceState, action: LifecycleAction): TransitionRow | undefined {
  return TRANSITIONS.find((row) => row.from === from && row.action === action);
}

// ---------------------------------------------------------------------------
// Refusals for actions the state does not allow (no row), so nothing is ignored silently.

export function stateRefusal(
  state: InstanceState,
  action: LifecycleAction,
  instance?: Instance,
): { code: string; message: string; anchor: LessonAnchor } {
  const label = ACTIONS[action].label;
  if (state === 'terminated') {
    return {
      code: 'terminated',
      message: `종료된(terminated) 인스턴스는 영구히 삭제되어 어떤 작업도 할 수 없습니다. 새 인스턴스를 시작하세요(초기화).`,
      anchor: 'states',
    };
  }
  const settlesTo = STATES[state].settlesTo;
  if (settlesTo !== null) {
    return { code: 'transitional', message: transitionalAdvice(state, settlesTo, action, instance), anchor: 'states' };
  }
  const specific = SPECIFIC_REFUSALS.get(`${state}:${action}`);
  if (specific) return specific;
  return {
    code: 'invalid-state',
    message: `${state}(${STATES[state].label}) 상태에서는 '${label}'${pickJosa(label, '을/를')} 할 수 없습니다.`,
    anchor: 'states',
  };
}

/** Actions that will be accepted once the instance settles into `state` (guards checked on this instance). */
export function actionsPossibleIn(state: InstanceState, instance?: Instance): LifecycleAction[] {
  return ACTION_ORDER.filter((action) => {
    const row = findTransition(state, action);
    if (!row) return false;
    return instance === undefined || row.guards.every((id) => GUARDS[id].passes(instance));
  });
}

/**
 * Advice for an action refused in a transitional state: say where the instance is going and what will
 * be possible there, e.g. "stopped가 되면 시작할 수 있습니다", rather than "try again later".
 */
function transitionalAdvice(state: InstanceState, settlesTo: InstanceState, action: LifecycleAction, instance?: Instance): string {
  const label = ACTIONS[action].label;
  const becomes = stateJosa(settlesTo, '이/가');
  const going = `인스턴스가 ${state}(${STATES[state].label}) 전환 상태이고, 곧 저절로 ${becomes} 됩니다.`;
  const possible = actionsPossibleIn(settlesTo, instance);
  if (possible.includes(action)) return `${going} ${becomes} 되면 ${label}할 수 있습니다.`;
  const inProgress = instance !== undefined && instance.cause === action;
  const head = inProgress ? `이미 ${label}하는 중입니다. ${going}` : going;
  if (possible.length === 0) return `${head} ${settlesTo} 상태에서는 더 할 수 있는 작업이 없습니다.`;
  const names = possible.map((a) => ACTIONS[a].label).join('·');
  return `${head} ${becomes} 되면 ${withJosa(names, '을/를')} 할 수 있습니다.`;
}

interface Refusal {
  code: string;
  message: string;
  anchor: LessonAnchor;
}

// A Map, so a state:action key can never reach Object.prototype.
const SPECIFIC_REFUSALS = new Map<string, Refusal>(Object.entries({
  'running:start': { code: 'already-running', message: '이미 실행 중(running)인 인스턴스입니다.', anchor: 'states' },
  'stopped:stop': { code: 'already-stopped', message: '이미 중지된(stopped) 인스턴스입니다.', anchor: 'states' },
  'stopped:hibernate': {
    code: 'not-running',
    message: '최대 절전은 실행 중인 인스턴스의 RAM을 저장하는 동작이라, 중지된 인스턴스에는 할 수 없습니다.',
    anchor: 'hibernation',
  },
  'stopped:reboot': {
    code: 'not-running',
    message: '재부팅은 실행 중인 인스턴스에만 할 수 있습니다. 중지된 인스턴스는 먼저 시작하세요.',
    anchor: 'differences',
  },
  'stopped:os-shutdown': {
    code: 'not-running',
    message: '중지된 인스턴스는 운영 체제가 돌고 있지 않아 OS에서 종료 명령을 실행할 수 없습니다.',
    anchor: 'osShutdown',
  },
  'stopped:spot-interruption': {
    code: 'not-running',
    message: '스팟 중단은 실행 중인 스팟 인스턴스에 일어납니다. 중지된 인스턴스는 중단될 것이 없습니다.',
    anchor: 'spot',
  },
} satisfies Record<string, Refusal>));

// ---------------------------------------------------------------------------
// Launch configuration rules (what AWS rejects at launch). The UI locks these combinations.

export interface ConfigRule {
  id: string;
  /** True when the configuration breaks this rule. */
  violated: (config: InstanceConfig) => boolean;
  message: string;
  anchor: LessonAnchor;
}

export const CONFIG_RULES: readonly ConfigRule[] = [
  {
    id: 'hibernation-needs-ebs',
    violated: (c) => c.hibernationEnabled && c.rootDevice !== 'ebs',
    message: '최대 절전은 EBS 루트 볼륨(암호화된)에서만 켤 수 있습니다. RAM을 루트 EBS 볼륨에 저장하기 때문입니다.',
    anchor: 'hibernation',
  },
  {
    id: 'stop-protection-not-instance-store',
    violated: (c) => c.stopProtection && c.rootDevice !== 'ebs',
    message: '중지 방지는 인스턴스 스토어 루트 인스턴스에는 쓸 수 없습니다(애초에 중지할 수 없습니다).',
    anchor: 'protection',
  },
  {
    id: 'stop-protection-not-spot',
    violated: (c) => c.stopProtection && c.market === 'spot',
    message: '중지 방지는 스팟 인스턴스에는 쓸 수 없습니다.',
    anchor: 'protection',
  },
  {
    id: 'termination-protection-not-spot',
    violated: (c) => c.terminationProtection && c.market === 'spot',
    message: '스팟 인스턴스에는 종료 방지를 켤 수 없습니다.',
    anchor: 'protection',
  },
  {
    id: 'spot-stop-needs-ebs',
    violated: (c) => c.market === 'spot' && c.spotInterruptionBehavior !== 'terminate' && c.rootDevice !== 'ebs',
    message: '중단 동작 stop·hibernate는 EBS 루트 스팟 인스턴스에서만 쓸 수 있습니다(지속(persistent) 요청 필요).',
    anchor: 'spot',
  },
  {
    id: 'spot-hibernation-configured',
    violated: (c) => c.market === 'spot' && c.hibernationEnabled && c.spotInterruptionBehavior !== 'hibernate',
    message: '최대 절전을 켠 스팟 인스턴스의 중단 동작은 hibernate여야 합니다(AWS가 다른 값을 거부합니다).',
    anchor: 'spot',
  },
];

export const DEFAULT_CONFIG: InstanceConfig = {
  rootDevice: 'ebs',
  hibernationEnabled: false,
  market: 'on-demand',
  spotInterruptionBehavior: 'terminate',
  shutdownBehavior: 'stop',
  terminationProtection: false,
  stopProtection: false,
  elasticIp: false,
  deleteRootOnTermination: true,
};

/** Simulated seconds each transitional state takes before it settles (illustrative, not AWS figures). */
export const SETTLE_SECONDS = {
  pending: 20,
  stopping: 30,
  'shutting-down': 20,
} as const satisfies Partial<Record<InstanceState, number>>;

/** Each start opens a billing period charged for at least this many seconds. */
export const MINIMUM_BILLED_SECONDS = 60;
