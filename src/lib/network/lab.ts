// The lab's UI state and every command that changes it, as one pure reducer (the pattern of
// lib/review/presenter.ts). The <network-lab> element keeps the current state and renders from it.
import { josa } from 'es-hangul';
import { evaluate } from './evaluate.ts';
import { MISSIONS, missionStatus, type LabEvent } from './missions.ts';
import {
  addInboundRule,
  addNaclRule,
  associateElasticIp,
  disassociateElasticIp,
  emptyDraft,
  launchInstance,
  launchProblems,
  parseNaclRule,
  parseSgRule,
  publicAddress,
  removeInboundRule,
  removeNaclRule,
  setCustomAcl,
  startInstance,
  stopInstance,
  terminateInstance,
  type LaunchDraft,
  type LaunchProblem,
  type NaclRuleInput,
  type Result,
  type SgRuleInput,
} from './model.ts';
import { HOPS, LAB_GROUP_ID, attemptById, initialNetwork, type AttemptId } from './table.ts';
import type { Evaluation, Network, Subnet } from './types.ts';

export type Tone = 'ok' | 'error' | 'info';

export interface LabState {
  draft: LaunchDraft;
  network: Network;
  log: readonly LabEvent[];
  /** Shown under the launch form after a refused launch; cleared as the learner fixes them. */
  problems: readonly LaunchProblem[];
  lastAttempt: { attempt: AttemptId; result: Evaluation } | null;
  message: { tone: Tone; text: string } | null;
  /** Makes rule ids unique within the session. */
  ruleSeq: number;
  /** The mission ids done, in the order they were completed. */
  completed: readonly string[];
}

export type Direction = 'inbound' | 'outbound';

export type LabCommand =
  | { type: 'edit'; patch: Partial<LaunchDraft> }
  | { type: 'launch' }
  | { type: 'stop' }
  | { type: 'start' }
  | { type: 'terminate' }
  | { type: 'associate-eip' }
  | { type: 'disassociate-eip' }
  | { type: 'add-sg-rule'; input: SgRuleInput }
  | { type: 'remove-sg-rule'; ruleId: string }
  | { type: 'set-custom-acl'; custom: boolean }
  | { type: 'add-nacl-rule'; direction: Direction; input: NaclRuleInput }
  | { type: 'remove-nacl-rule'; direction: Direction; ruleNumber: number }
  | { type: 'try'; attempt: AttemptId }
  | { type: 'reset' };

export function initialLabState(): LabState {
  return {
    draft: emptyDraft(),
    network: initialNetwork(),
    log: [],
    problems: [],
    lastAttempt: null,
    message: null,
    ruleSeq: 0,
    completed: [],
  };
}

/** The subnet whose network ACL the lab edits: the instance's, or the one chosen in the form. */
export function focusSubnet(state: LabState): Subnet | undefined {
  const id = state.network.instance?.subnetId ?? state.draft.subnetId;
  return state.network.vpc.subnets.find((s) => s.id === id);
}

function withEvent(state: LabState, event: LabEvent, message: LabState['message'], network = state.network): LabState {
  const log = [...state.log, event];
  const status = missionStatus(log);
  const fresh = MISSIONS.filter((m) => status.get(m.id) === true && !state.completed.includes(m.id));
  const completed = [...state.completed, ...fresh.map((m) => m.id)];
  const done = fresh.length > 0 ? ` 미션 완료: ${fresh.map((m) => m.title).join(', ')}.` : '';
  return { ...state, network, log, completed, message: message === null ? null : { ...message, text: message.text + done } };
}

function refuse(state: LabState, action: string, error: string): LabState {
  return withEvent(state, { kind: 'refusal', action, message: error }, { tone: 'error', text: `거절됨: ${error}` });
}

function apply(state: LabState, action: string, result: Result<Network>, ok: (next: Network) => string): LabState {
  if (!result.ok) return refuse(state, action, result.error);
  return { ...state, network: result.value, lastAttempt: null, message: { tone: 'ok', text: ok(result.value) } };
}

function lifecycle(state: LabState, kind: 'stop' | 'start' | 'associate-eip' | 'disassociate-eip' | 'terminate', result: Result<Network>, text: (next: Network) => string): LabState {
  const before = state.network.instance;
  if (!result.ok || before === null) return refuse(state, kind, result.ok ? '인스턴스가 없습니다.' : result.error);
  return withEvent({ ...state, lastAttempt: null }, { kind, before, after: result.value.instance }, { tone: 'ok', text: text(result.value) }, result.value);
}

function addressText(network: Network): string {
  const instance = network.instance;
  if (instance === null) return '없음';
  if (instance.elasticIp !== null) return `${instance.elasticIp} (Elastic IP)`;
  return instance.autoPublicIp ?? '없음';
}

export function attemptMessage(attempt: AttemptId, result: Evaluation): string {
  const info = attemptById(attempt);
  const label = info?.label ?? attempt;
  if (result.reached) return `연결되었습니다: ${label}. 요청이 인스턴스에 닿았고 응답도 돌아왔습니다.`;
  return `연결되지 않았습니다: ${label}. ${josa(HOPS[result.stoppedAt].label, '이/가')} 막았습니다. ${result.reason}`;
}

export function reduceLab(state: LabState, command: LabCommand): LabState {
  switch (command.type) {
    case 'edit': {
      if (state.network.instance !== null) return state;
      const patch = { ...command.patch };
      // Choosing a subnet resets "Auto-assign public IP" to the subnet's setting, as the console does.
      if (patch.subnetId !== undefined && patch.subnetId !== state.draft.subnetId && patch.autoAssignPublicIp === undefined) {
        const subnet = state.network.vpc.subnets.find((s) => s.id === patch.subnetId);
        patch.autoAssignPublicIp = subnet?.mapPublicIpOnLaunch ?? false;
      }
      const draft = { ...state.draft, ...patch };
      const problems = state.problems.length > 0 ? launchProblems(draft, state.network) : [];
      return { ...state, draft, problems };
    }
    case 'launch': {
      const problems = launchProblems(state.draft, state.network);
      if (state.network.instance === null && problems.length > 0) {
        const refused = refuse(state, 'launch', `시작할 수 없습니다. 필수 설정 ${problems.length}개가 비어 있거나 잘못되었습니다.`);
        return { ...refused, problems };
      }
      const result = launchInstance(state.network, state.draft);
      if (!result.ok) return refuse(state, 'launch', result.error);
      const instance = result.value.instance;
      const name = instance?.name ?? '';
      const address = publicAddress(instance);
      const text = `${josa(name, '이/가')} running 상태가 되었습니다. 프라이빗 IP ${instance?.privateIp ?? ''}, 퍼블릭 IPv4 ${address ?? '없음'}.`;
      return withEvent({ ...state, problems: [], lastAttempt: null }, { kind: 'launch', network: result.value }, { tone: 'ok', text }, result.value);
    }
    case 'stop': {
      const before = addressText(state.network);
      return lifecycle(state, 'stop', stopInstance(state.network), (n) =>
        n.instance?.elasticIp != null
          ? `중지했습니다. 탄력적 IP(${n.instance.elasticIp})는 계속 연결되어 있습니다.`
          : `중지했습니다. 자동 할당 퍼블릭 IPv4(${before})는 Amazon의 주소 풀로 반납되었습니다.`,
      );
    }
    case 'start': {
      return lifecycle(state, 'start', startInstance(state.network), (n) =>
        n.instance?.elasticIp != null
          ? `시작했습니다. 퍼블릭 IPv4는 탄력적 IP ${n.instance.elasticIp} 그대로입니다.`
          : `시작했습니다. 퍼블릭 IPv4: ${addressText(n)}${n.instance?.autoPublicIp ? ' (새로 받은 주소)' : ''}.`,
      );
    }
    case 'associate-eip':
      return lifecycle(state, 'associate-eip', associateElasticIp(state.network), (n) => `탄력적 IP(${n.instance?.elasticIp ?? ''})를 할당해 연결했습니다. 자동 할당 퍼블릭 IPv4가 있었다면 반납되었습니다.`);
    case 'disassociate-eip':
      return lifecycle(state, 'disassociate-eip', disassociateElasticIp(state.network), (n) => `탄력적 IP 연결을 해제했습니다. 퍼블릭 IPv4: ${addressText(n)}.`);
    case 'terminate':
      return lifecycle(state, 'terminate', terminateInstance(state.network), () => '인스턴스를 종료했습니다. 시작 설정을 바꿔 새로 시작할 수 있습니다. 보안 그룹 규칙은 그대로 남습니다.');
    case 'add-sg-rule': {
      const rule = parseSgRule(command.input, state.network, `rule-${state.ruleSeq + 1}`);
      if (!rule.ok) return refuse(state, 'add-sg-rule', rule.error);
      const next = apply({ ...state, ruleSeq: state.ruleSeq + 1 }, 'add-sg-rule', addInboundRule(state.network, LAB_GROUP_ID, rule.value), () => 'Inbound rules에 규칙을 추가했습니다. 보안 그룹 규칙은 재시작 없이 곧 적용됩니다.');
      return next;
    }
    case 'remove-sg-rule':
      return apply(state, 'remove-sg-rule', removeInboundRule(state.network, LAB_GROUP_ID, command.ruleId), () => 'Inbound rules에서 규칙을 지웠습니다.');
    case 'set-custom-acl': {
      const subnet = focusSubnet(state);
      if (subnet === undefined) return refuse(state, 'set-custom-acl', '먼저 Network settings에서 서브넷을 고르세요.');
      return apply(state, 'set-custom-acl', setCustomAcl(state.network, subnet.id, command.custom), () =>
        command.custom
          ? `서브넷 ${subnet.name}에 새 네트워크 ACL을 연결했습니다. 규칙이 마지막 *(Deny)뿐이라 지금은 모든 트래픽을 거부합니다.`
          : `서브넷 ${subnet.name}에 기본 네트워크 ACL(모두 허용)을 다시 연결했습니다.`,
      );
    }
    case 'add-nacl-rule': {
      const subnet = focusSubnet(state);
      if (subnet === undefined) return refuse(state, 'add-nacl-rule', '먼저 Network settings에서 서브넷을 고르세요.');
      const rule = parseNaclRule(command.input);
      if (!rule.ok) return refuse(state, 'add-nacl-rule', rule.error);
      const field = command.direction === 'inbound' ? 'Inbound rules' : 'Outbound rules';
      return apply(state, 'add-nacl-rule', addNaclRule(state.network, subnet.id, command.direction, rule.value), () => `네트워크 ACL ${field}에 ${rule.value.ruleNumber}번 규칙을 추가했습니다.`);
    }
    case 'remove-nacl-rule': {
      const subnet = focusSubnet(state);
      if (subnet === undefined) return refuse(state, 'remove-nacl-rule', '서브넷이 없습니다.');
      return apply(state, 'remove-nacl-rule', removeNaclRule(state.network, subnet.id, command.direction, command.ruleNumber), () => `${command.ruleNumber}번 규칙을 지웠습니다.`);
    }
    case 'try': {
      const info = attemptById(command.attempt);
      if (info === undefined) return refuse(state, 'try', '알 수 없는 접속 시도입니다.');
      const result = evaluate(state.network, { source: info.source, protocol: info.protocol, port: info.port });
      const tone: Tone = result.reached ? 'ok' : 'error';
      return withEvent(
        { ...state, lastAttempt: { attempt: command.attempt, result } },
        { kind: 'attempt', attempt: command.attempt, network: state.network, result },
        { tone, text: attemptMessage(command.attempt, result) },
      );
    }
    case 'reset':
      return initialLabState();
  }
}

