// The lifecycle state machine: launch, perform, settle. Pure and total: refusals are values,
// time is the caller's simulated clock, randomness comes from the seeded PRNG state in the instance.
import type { LessonAnchor } from './anchors.ts';
import { nextHex, nextInt } from './rng.ts';
import {
  ACTIONS,
  CONFIG_RULES,
  GUARDS,
  MINIMUM_BILLED_SECONDS,
  PATHS,
  SETTLE_SECONDS,
  STATES,
  findTransition,
  resolveOutcome,
  stateRefusal,
} from './table.ts';
import type {
  Effect,
  EffectField,
  Instance,
  InstanceConfig,
  InstanceState,
  LifecycleAction,
  LifecycleError,
  LifecyclePath,
  PerformResult,
  Result,
} from './types.ts';

// ---------------------------------------------------------------------------
// Seeded addresses. Public addresses come from the documentation ranges (RFC 5737), so no
// real address is ever shown; private ones from the default VPC range 172.31.0.0/16.

function drawPrivateIp(rng: number): { value: string; state: number } {
  const a = nextInt(rng, 0, 15);
  const b = nextInt(a.state, 4, 254); // the first four addresses of a subnet are reserved by AWS
  return { value: `172.31.${a.value}.${b.value}`, state: b.state };
}

function drawPublicIp(rng: number, avoid: string | null): { value: string; state: number } {
  let s = rng;
  for (;;) {
    const net = nextInt(s, 0, 1);
    const host = nextInt(net.state, 1, 254);
    s = host.state;
    const value = `${net.value === 0 ? '198.51.100' : '203.0.113'}.${host.value}`;
    if (value !== avoid) return { value, state: s };
  }
}

function drawElasticIp(rng: number): { value: string; state: number } {
  const host = nextInt(rng, 1, 254);
  return { value: `192.0.2.${host.value}`, state: host.state };
}

function drawHost(rng: number, avoid: string | null): { value: string; state: number } {
  let s = rng;
  for (;;) {
    const hex = nextHex(s, 17);
    s = hex.state;
    const value = `h-${hex.value}`;
    if (value !== avoid) return { value, state: s };
  }
}

// ---------------------------------------------------------------------------
// Display values (also used by the instance panel).

export function describeField(instance: Instance, field: EffectField): string {
  switch (field) {
    case 'state':
      return `${instance.state} (${STATES[instance.state].label})`;
    case 'billing':
      return instance.billed ? '청구 중' : '청구 안 됨';
    case 'publicIp':
      return instance.publicIp ?? '없음';
    case 'privateIp':
      return instance.privateIp ?? '없음';
    case 'elasticIp':
      if (instance.elasticIp === null) return '없음';
      return `${instance.elasticIp.address} (${instance.elasticIp.associated ? '연결됨' : '연결 해제됨'})`;
    case 'instanceStore':
      if (instance.config.rootDevice === 'instance-store' && instance.state === 'terminated') return '삭제됨';
      if (instance.instanceStoreData) return '데이터 유지';
      // After a stop the old volumes are gone; a start attaches new, empty ones on the new host.
      return instance.host === null ? '데이터 지워짐' : '새 빈 볼륨';
    case 'ram':
      return instance.ram === 'in-use' ? '사용 중' : instance.ram === 'saved' ? '루트 볼륨에 저장됨' : '비어 있음';
    case 'rootVolume': {
      const kind = instance.config.rootDevice === 'ebs' ? 'EBS' : '인스턴스 스토어';
      if (instance.rootVolume === 'attached') return `${kind} 연결됨`;
      if (instance.rootVolume === 'kept') return `${kind} 남아 있음(분리됨)`;
      return `${kind} 삭제됨`;
    }
    case 'host':
      return instance.host ?? '없음';
  }
}

// ---------------------------------------------------------------------------
// Operations: the rows of AWS's differences table, applied to a draft instance. Each returns the
// explanation shown to the learner; a change is only reported when the displayed value changes
// (or `force` is set, e.g. RAM erased by a reboot although the instance keeps running).

type Op =
  | 'billing-open'
  | 'billing-close'
  | 'host-assign'
  | 'host-release'
  | 'public-ip-assign'
  | 'public-ip-release'
  | 'private-ip-assign'
  | 'private-ip-release'
  | 'eip-disassociate'
  | 'instance-store-erase'
  | 'instance-store-attach'
  | 'ram-boot'
  | 'ram-erase'
  | 'ram-save'
  | 'ram-reboot'
  | 'root-terminate';

interface OpOutcome {
  field: EffectField;
  message: string;
  anchor: LessonAnchor;
  force?: boolean;
  /** Shown instead of the displayed value after the change. */
  after?: string;
}

function applyOp(draft: Instance, op: Op, path: LifecyclePath, now: number): OpOutcome | null {
  const c = draft.config;
  switch (op) {
    case 'billing-open':
      draft.billing = [...draft.billing, { start: now, end: null, closedBy: null }];
      return {
        field: 'billing',
        message:
          path === 'launch'
            ? 'running 상태가 되는 순간부터 초 단위로 요금이 나갑니다(최소 1분).'
            : '중지된 인스턴스가 running이 될 때마다 새 청구 기간이 시작되고, 매번 최소 1분이 청구됩니다.',
        anchor: 'billing',
      };
    case 'billing-close': {
      const last = draft.billing[draft.billing.length - 1];
      if (!last || last.end !== null) return null;
      draft.billing = [...draft.billing.slice(0, -1), { ...last, end: now, closedBy: path }];
      const message =
        path === 'hibernate'
          ? '최대 절전은 stopping 동안 요금이 나가고 stopped가 되면 멈춥니다.'
          : path === 'stop'
            ? 'stopping이 되는 즉시 인스턴스 사용 요금이 멈춥니다. EBS 볼륨과 탄력적 IP 요금은 계속 나갑니다.'
            : 'shutting-down이 되는 즉시 인스턴스 사용 요금이 멈춥니다.';
      return { field: 'billing', message, anchor: 'billing' };
    }
    case 'host-assign': {
      const host = drawHost(draft.rng, draft.host);
      draft.rng = host.state;
      draft.host = host.value;
      return {
        field: 'host',
        message:
          path === 'launch'
            ? '인스턴스 유형에 맞는 호스트 컴퓨터에 배치됩니다.'
            : '다시 시작하면 대개 새 호스트 컴퓨터로 옮겨집니다(전용 호스트 등 일부 경우는 같은 호스트).',
        anchor: 'differences',
      };
    }
    case 'host-release':
      draft.host = null;
      return {
        field: 'host',
        message:
          path === 'terminate'
            ? '종료되면 호스트가 반납됩니다.'
            : '중지된 인스턴스는 호스트를 쓰지 않습니다. 다시 시작할 때 대개 새 호스트에 배치됩니다.',
        anchor: 'differences',
      };
    case 'public-ip-assign': {
      if (c.elasticIp) {
        if (draft.elasticIp === null) {
          const eip = drawElasticIp(draft.rng);
          draft.rng = eip.state;
          draft.elasticIp = { address: eip.value, associated: true };
        }
        draft.publicIp = draft.elasticIp.address;
        return {
          field: 'publicIp',
          message: '탄력적 IP가 연결되어 있어 퍼블릭 IPv4 주소로 탄력적 IP가 쓰입니다.',
          anchor: 'publicIp',
        };
      }
      const ip = drawPublicIp(draft.rng, draft.lastPublicIp);
      draft.rng = ip.state;
      draft.publicIp = ip.value;
      draft.lastPublicIp = ip.value;
      return {
        field: 'publicIp',
        message:
          path === 'launch'
            ? '시작할 때 퍼블릭 IPv4 주소가 자동으로 할당됩니다(예시 주소).'
            : '다시 시작하면 새 퍼블릭 IPv4 주소를 받습니다. 이전 주소는 돌아오지 않습니다.',
        anchor: 'publicIp',
      };
    }
    case 'public-ip-release':
      if (c.elasticIp && path !== 'terminate') return null; // the Elastic IP stays associated
      draft.publicIp = null;
      return {
        field: 'publicIp',
        message:
          path === 'terminate'
            ? '종료되면 퍼블릭 IPv4 주소가 없어집니다.'
            : '자동 할당된 퍼블릭 IPv4 주소는 중지(최대 절전 포함)하면 반납됩니다. 다시 시작하면 새 주소를 받습니다.',
        anchor: 'publicIp',
      };
    case 'private-ip-assign': {
      const ip = drawPrivateIp(draft.rng);
      draft.rng = ip.state;
      draft.privateIp = ip.value;
      return { field: 'privateIp', message: '서브넷에서 프라이빗 IPv4 주소를 받습니다.', anchor: 'publicIp' };
    }
    case 'private-ip-release':
      draft.privateIp = null;
      return { field: 'privateIp', message: '종료되면 프라이빗 IPv4 주소도 없어집니다.', anchor: 'differences' };
    case 'eip-disassociate':
      if (draft.elasticIp === null) return null;
      draft.elasticIp = { ...draft.elasticIp, associated: false };
      return {
        field: 'elasticIp',
        message: '종료되면 탄력적 IP가 인스턴스에서 연결 해제됩니다. 주소는 계정에 남아 요금이 계속 나갑니다.',
        anchor: 'publicIp',
      };
    case 'instance-store-erase':
      draft.instanceStoreData = false;
      return {
        field: 'instanceStore',
        message:
          path === 'terminate'
            ? '종료하면 인스턴스 스토어 볼륨의 데이터가 지워집니다.'
            : '중지·최대 절전하면 인스턴스 스토어 볼륨의 데이터가 지워집니다(재부팅 때만 유지).',
        anchor: 'differences',
      };
    case 'instance-store-attach':
      if (draft.instanceStoreData) return null;
      return {
        field: 'instanceStore',
        message: '새 호스트의 인스턴스 스토어 볼륨이 붙습니다. 새로 만든 빈 볼륨이라 중지 전에 있던 데이터는 없습니다.',
        anchor: 'differences',
        // Shown before the host is assigned, so state the value it is about to read.
        force: true,
        after: '새 빈 볼륨',
      };
    case 'ram-boot': {
      const resumed = draft.ram === 'saved';
      draft.ram = 'in-use';
      draft.ramSavedToRoot = false;
      return {
        field: 'ram',
        message: resumed
          ? '루트 볼륨에 저장해 둔 RAM 내용을 불러와, 최대 절전 전에 돌던 프로세스가 그대로 이어집니다.'
          : '운영 체제가 부팅되어 RAM을 쓰기 시작합니다.',
        anchor: resumed ? 'hibernation' : 'differences',
      };
    }
    case 'ram-erase':
      draft.ram = 'erased';
      draft.ramSavedToRoot = false;
      return {
        field: 'ram',
        message: path === 'terminate' ? '종료하면 RAM 내용이 지워집니다.' : '중지하면 RAM 내용이 지워집니다.',
        anchor: 'differences',
      };
    case 'ram-save':
      draft.ram = 'saved';
      draft.ramSavedToRoot = true;
      return {
        field: 'ram',
        message: '최대 절전: RAM 내용을 루트 EBS 볼륨의 파일에 저장했습니다. 다시 시작하면 이어서 실행됩니다.',
        anchor: 'hibernation',
      };
    case 'ram-reboot':
      return {
        field: 'ram',
        message: '재부팅하면 RAM 내용이 지워지고 운영 체제가 다시 부팅됩니다. 상태는 계속 running입니다.',
        anchor: 'differences',
        force: true,
        after: '지워진 뒤 다시 부팅',
      };
    case 'root-terminate': {
      const keep = c.rootDevice === 'ebs' && !c.deleteRootOnTermination;
      draft.rootVolume = keep ? 'kept' : 'deleted';
      return {
        field: 'rootVolume',
        message: keep
          ? 'DeleteOnTermination이 꺼져 있어 루트 EBS 볼륨이 종료 뒤에도 남습니다(볼륨 요금은 계속).'
          : c.rootDevice === 'ebs'
            ? '루트 EBS 볼륨은 기본값(DeleteOnTermination=true)대로 종료와 함께 삭제됩니다.'
            : '인스턴스 스토어 루트 볼륨은 인스턴스와 함께 사라집니다.',
        anchor: c.rootDevice === 'ebs' ? 'differences' : 'instanceStoreRoot',
      };
    }
  }
}

/** Which operations each path applies when it begins (the action) and when it settles. */
const PATH_OPS: Record<LifecyclePath, { begin: readonly Op[]; settle: readonly Op[] }> = {
  launch: { begin: ['host-assign', 'private-ip-assign', 'public-ip-assign'], settle: ['ram-boot', 'billing-open'] },
  start: { begin: ['instance-store-attach', 'host-assign', 'public-ip-assign'], settle: ['ram-boot', 'billing-open'] },
  reboot: { begin: ['ram-reboot'], settle: [] },
  stop: { begin: ['billing-close'], settle: ['ram-erase', 'instance-store-erase', 'public-ip-release', 'host-release'] },
  // Hibernation is billed while stopping: the meter closes only when it settles.
  hibernate: { begin: [], settle: ['ram-save', 'instance-store-erase', 'public-ip-release', 'host-release', 'billing-close'] },
  terminate: {
    begin: ['billing-close'],
    settle: ['ram-erase', 'instance-store-erase', 'public-ip-release', 'eip-disassociate', 'private-ip-release', 'root-terminate', 'host-release'],
  },
};

/** What the AWS table says survives each path; reported as 'kept' effects. */
function keptNotes(before: Instance, path: LifecyclePath): Effect[] {
  const c = before.config;
  const notes: Effect[] = [];
  const keep = (field: EffectField, message: string, anchor: LessonAnchor): void => {
    const value = describeField(before, field);
    notes.push({ field, kind: 'kept', before: value, after: value, message, anchor });
  };
  if (path === 'reboot') {
    keep('host', '재부팅해도 같은 호스트 컴퓨터에 머뭅니다.', 'differences');
    keep('publicIp', '재부팅해도 퍼블릭 IPv4 주소(와 퍼블릭 DNS)는 그대로입니다.', 'publicIp');
    keep('privateIp', '재부팅해도 프라이빗 IPv4 주소는 그대로입니다.', 'differences');
    keep('instanceStore', '재부팅해도 인스턴스 스토어 데이터는 보존됩니다.', 'differences');
    keep('billing', '재부팅은 새 청구 기간을 시작하지 않습니다.', 'billing');
  }
  if (path === 'stop' || path === 'hibernate' || path === 'start') {
    keep('privateIp', '프라이빗 IPv4 주소는 유지됩니다.', 'differences');
    if (c.elasticIp) keep('publicIp', '탄력적 IP는 연결된 채 남아 퍼블릭 주소가 바뀌지 않습니다(중지 중에도 탄력적 IP 요금은 나갑니다).', 'publicIp');
    if (path !== 'start') keep('rootVolume', '루트 EBS 볼륨은 보존됩니다.', 'differences');
  }
  if (path === 'hibernate') {
    keep('billing', '최대 절전은 stopping 상태 동안에도 요금이 나갑니다.', 'billing');
  }
  return notes;
}

function isBilled(state: InstanceState, path: LifecyclePath): boolean {
  return state === 'running' || (state === 'stopping' && path === 'hibernate');
}

function runOps(draft: Instance, ops: readonly Op[], path: LifecyclePath, now: number): Effect[] {
  const effects: Effect[] = [];
  for (const op of ops) {
    const field = OP_FIELD[op];
    const before = describeField(draft, field);
    const outcome = applyOp(draft, op, path, now);
    if (outcome === null) continue;
    if (field === 'billing') draft.billed = isBilled(draft.state, path);
    const after = outcome.after ?? describeField(draft, field);
    if (before === after && !outcome.force) continue;
    effects.push({ field, kind: 'changed', before, after, message: outcome.message, anchor: outcome.anchor });
  }
  return effects;
}

const OP_FIELD: Record<Op, EffectField> = {
  'billing-open': 'billing',
  'billing-close': 'billing',
  'host-assign': 'host',
  'host-release': 'host',
  'public-ip-assign': 'publicIp',
  'public-ip-release': 'publicIp',
  'private-ip-assign': 'privateIp',
  'private-ip-release': 'privateIp',
  'eip-disassociate': 'elasticIp',
  'instance-store-erase': 'instanceStore',
  'instance-store-attach': 'instanceStore',
  'ram-boot': 'ram',
  'ram-erase': 'ram',
  'ram-save': 'ram',
  'ram-reboot': 'ram',
  'root-terminate': 'rootVolume',
};

function stateEffect(before: Instance, after: Instance, message: string): Effect {
  return {
    field: 'state',
    kind: 'changed',
    before: describeField(before, 'state'),
    after: describeField(after, 'state'),
    message,
    anchor: 'states',
  };
}

// ---------------------------------------------------------------------------
// Public API

/** Checks a launch configuration against what AWS accepts; the first broken rule is the error. */
export function validateConfig(config: InstanceConfig): Result<InstanceConfig> {
  for (const rule of CONFIG_RULES) {
    if (rule.violated(config)) return { ok: false, error: { code: rule.id, message: rule.message, anchor: rule.anchor } };
  }
  return { ok: true, value: config };
}

/** All broken launch rules (the form shows each next to its option). */
export function configProblems(config: InstanceConfig): { id: string; message: string }[] {
  return CONFIG_RULES.filter((r) => r.violated(config)).map((r) => ({ id: r.id, message: r.message }));
}

/** Launches an instance: it is `pending`, on a host, with its addresses. */
export function launch(config: InstanceConfig, seed = 1, now = 0): Instance {
  const rng = seed >>> 0;
  const id = nextHex(rng, 17);
  const base: Instance = {
    id: `i-${id.value}`,
    config: { ...config },
    state: 'pending',
    billed: false,
    publicIp: null,
    privateIp: null,
    elasticIp: null,
    lastPublicIp: null,
    instanceStoreData: true,
    ram: 'erased',
    ramSavedToRoot: false,
    rootVolume: 'attached',
    host: null,
    path: 'launch',
    cause: 'launch',
    stoppedBySpotInterruption: false,
    billing: [],
    at: now,
    rng: id.state,
  };
  runOps(base, PATH_OPS.launch.begin, 'launch', now);
  return base;
}

/** Launch with the effects to show (the UI's first log entry). */
export function launchWithEffects(config: InstanceConfig, seed = 1, now = 0): Result<{ instance: Instance; effects: Effect[] }> {
  if (!Number.isFinite(now)) return { ok: false, error: badTime(now) };
  const valid = validateConfig(config);
  if (!valid.ok) return valid;
  const instance = launch(config, seed, now);
  const blank: Instance = { ...instance, host: null, privateIp: null, publicIp: null, elasticIp: null };
  const effects: Effect[] = (['host', 'privateIp', 'publicIp'] as const).map((field) => ({
    field,
    kind: 'changed' as const,
    before: describeField(blank, field),
    after: describeField(instance, field),
    message:
      field === 'host'
        ? '인스턴스 유형에 맞는 호스트 컴퓨터에 배치됩니다.'
        : field === 'privateIp'
          ? '서브넷에서 프라이빗 IPv4 주소를 받습니다.'
          : config.elasticIp
            ? '탄력적 IP를 연결해 퍼블릭 IPv4 주소로 씁니다.'
            : '퍼블릭 IPv4 주소가 자동으로 할당됩니다(예시 주소).',
    anchor: field === 'host' ? ('differences' as const) : ('publicIp' as const),
  }));
  effects.unshift({
    field: 'state',
    kind: 'changed',
    before: '없음',
    after: describeField(instance, 'state'),
    message: '새 인스턴스를 시작(RunInstances)하면 pending 상태가 됩니다. pending 동안은 요금이 나가지 않습니다.',
    anchor: 'states',
  });
  return { ok: true, value: { instance, effects } };
}

/** A simulated time the model cannot use (NaN, ±Infinity). */
function badTime(now: number): LifecycleError {
  return { code: 'bad-time', message: `시뮬레이션 시각으로 ${String(now)} 값은 쓸 수 없습니다. 유한한 초 단위 숫자여야 합니다.`, anchor: 'billing' };
}

/** The path an action would take from the current state, or the refusal. Does not change anything. */
export function check(instance: Instance, action: LifecycleAction): Result<LifecyclePath> {
  // The action may come from markup (data-action): an own-key check, so `constructor` is no action.
  if (typeof action !== 'string' || !Object.hasOwn(ACTIONS, action)) {
    return { ok: false, error: { code: 'unknown-action', message: `알 수 없는 작업입니다: ${String(action).slice(0, 40)}. 시작, 중지, 최대 절전, 재부팅, 종료 가운데 하나를 고르세요.`, anchor: 'states' } };
  }
  const row = findTransition(instance.state, action);
  if (!row) return { ok: false, error: stateRefusal(instance.state, action, instance) };
  for (const id of row.guards) {
    const guard = GUARDS[id];
    if (!guard.passes(instance)) return { ok: false, error: { code: guard.code, message: guard.message, anchor: guard.anchor } };
  }
  return { ok: true, value: resolveOutcome(row.outcome, instance.config) };
}

/** Performs an action at simulated time `now` (defaults to the instance's clock; never goes back). */
export function perform(instance: Instance, action: LifecycleAction, now: number = instance.at): PerformResult {
  if (!Number.isFinite(now)) return { ok: false, error: badTime(now) };
  const checked = check(instance, action);
  if (!checked.ok) return checked;
  const path = checked.value;
  const at = Math.max(now, instance.at);
  const target = PATHS[path].via ?? PATHS[path].to;
  const draft: Instance = { ...instance, state: target, path, cause: action, at };
  if (action === 'spot-interruption') draft.stoppedBySpotInterruption = path === 'stop' || path === 'hibernate';
  const effects: Effect[] = [];
  if (target !== instance.state) effects.push(stateEffect(instance, draft, pathMessage(action, path, instance.config)));
  effects.push(...runOps(draft, PATH_OPS[path].begin, path, at));
  draft.billed = isBilled(draft.state, path);
  effects.push(...keptNotes(instance, path));
  if (path === 'reboot') {
    effects.unshift({
      field: 'state',
      kind: 'kept',
      before: describeField(instance, 'state'),
      after: describeField(draft, 'state'),
      message: '재부팅 중에도 상태는 running입니다(rebooting 상태는 없습니다).',
      anchor: 'states',
    });
  }
  return { ok: true, instance: draft, effects };
}

function pathMessage(action: LifecycleAction, path: LifecyclePath, config: InstanceConfig): string {
  if (action === 'os-shutdown') {
    if (config.rootDevice === 'instance-store') {
      return '운영 체제 종료 명령은 인스턴스 스토어 루트 인스턴스를 항상 종료(terminate)합니다. 종료 방지도 이를 막지 못합니다.';
    }
    return path === 'stop'
      ? '종료 동작(InstanceInitiatedShutdownBehavior)이 stop이라 OS 종료 명령이 인스턴스를 중지합니다. 중지 방지는 API 호출만 막습니다.'
      : '종료 동작이 terminate라 OS 종료 명령이 인스턴스를 종료합니다. 종료 방지는 이를 막지 못합니다.';
  }
  if (action === 'spot-interruption') {
    const what = path === 'terminate' ? '종료' : path === 'stop' ? '중지' : '최대 절전';
    return `스팟 중단(2분 전 알림 뒤): 중단 동작이 ${path}라 EC2가 인스턴스를 ${what}합니다.`;
  }
  switch (path) {
    case 'start':
      return '시작하면 pending을 거쳐 running이 됩니다.';
    case 'stop':
      return '중지하면 stopping을 거쳐 stopped가 됩니다.';
    case 'hibernate':
      return '최대 절전하면 stopping을 거쳐 stopped가 됩니다(hibernated라는 상태는 없습니다).';
    case 'terminate':
      return '종료하면 shutting-down을 거쳐 terminated가 됩니다.';
    default:
      return '상태가 바뀝니다.';
  }
}

/** Whether the instance is in a transitional state that settle() would finish. */
export function isTransitional(instance: Instance): boolean {
  return STATES[instance.state].settlesTo !== null;
}

/** Finishes a transitional state (pending→running, stopping→stopped, shutting-down→terminated), with effects. */
export function settleWithEffects(instance: Instance, now?: number): { instance: Instance; effects: Effect[] } {
  const settlesTo = STATES[instance.state].settlesTo;
  if (settlesTo === null) return { instance, effects: [] };
  const duration = SETTLE_SECONDS[instance.state as keyof typeof SETTLE_SECONDS];
  // A non-finite time is ignored like a missing one: the state settles after its usual duration.
  const at = Math.max(now !== undefined && Number.isFinite(now) ? now : instance.at + duration, instance.at);
  const draft: Instance = { ...instance, state: settlesTo, cause: 'settle', at };
  const stateMessage =
    settlesTo === 'running'
      ? 'running이 되었습니다. 이제 인스턴스를 쓸 수 있습니다.'
      : settlesTo === 'stopped'
        ? draft.path === 'hibernate'
          ? 'stopped가 되었습니다(최대 절전 중). 이제 인스턴스 사용 요금이 멈춥니다.'
          : 'stopped가 되었습니다. 언제든 다시 시작할 수 있습니다.'
        : 'terminated가 되었습니다. 다시 시작할 수 없습니다.';
  const effects: Effect[] = [stateEffect(instance, draft, stateMessage)];
  effects.push(...runOps(draft, PATH_OPS[draft.path].settle, draft.path, at));
  draft.billed = isBilled(draft.state, draft.path);
  return { instance: draft, effects };
}

/** Finishes a transitional state; any other state is returned unchanged. */
export function settle(instance: Instance, now?: number): Instance {
  return settleWithEffects(instance, now).instance;
}

/** Seconds of instance usage billed up to `now`: each period at least one minute, per second after. */
export function billedSeconds(instance: Instance, now: number = instance.at): number {
  let total = 0;
  for (const p of instance.billing) {
    const end = p.end ?? Math.max(now, p.start);
    total += Math.max(MINIMUM_BILLED_SECONDS, end - p.start);
  }
  return total;
}

/** Seconds actually spent in billed states up to `now` (without the minimum). */
export function usedSeconds(instance: Instance, now: number = instance.at): number {
  let total = 0;
  for (const p of instance.billing) total += (p.end ?? Math.max(now, p.start)) - p.start;
  return total;
}

/** Charges that continue whatever the state ("EBS volumes and Elastic IP addresses incur charges regardless"). */
export function otherCharges(instance: Instance): string[] {
  const out: string[] = [];
  if (instance.config.rootDevice === 'ebs' && instance.rootVolume !== 'deleted') {
    out.push(instance.ramSavedToRoot ? 'EBS 루트 볼륨 스토리지 요금(저장된 RAM 파일 포함)' : 'EBS 루트 볼륨 스토리지 요금');
  }
  if (instance.elasticIp !== null) out.push('탄력적 IP(퍼블릭 IPv4 주소) 시간당 요금');
  else if (instance.publicIp !== null) out.push('퍼블릭 IPv4 주소 시간당 요금(2024년 2월부터)');
  return out;
}
