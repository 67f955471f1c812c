// Launching, stopping and starting the instance, Elastic IPs, and editing security group and network ACL
// rules. Every operation returns a new Network or a Korean reason; nothing here throws on user input.
import { formatCidr, parseCidr } from './cidr.ts';
import {
  AMIS,
  IAM_INSTANCE_PROFILES,
  INSTANCE_TYPES,
  KEY_PAIRS,
  LAB_GROUP_ID,
  MAX_ROOT_GIB,
  MY_PC_IP,
  RULE_TYPES,
  USER_DATA_LIMIT_BYTES,
  VOLUME_TYPES,
  WITHOUT_KEY_PAIR,
  customAcl,
  defaultAcl,
} from './table.ts';
import type { LaunchParameterId } from './table.ts';
import type { Instance, LaunchParameters, NaclAction, NaclRule, Network, Protocol, SecurityGroup, SgRule, Subnet } from './types.ts';

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export interface LaunchProblem {
  parameter: LaunchParameterId;
  message: string;
}

/** The launch form as the learner left it: '' where nothing was chosen. */
export type LaunchDraft = LaunchParameters;

export function emptyDraft(): LaunchDraft {
  return {
    name: '',
    amiId: '',
    instanceType: '',
    keyPair: '',
    subnetId: '',
    autoAssignPublicIp: false,
    securityGroupIds: [],
    rootVolumeGiB: 8,
    volumeType: 'gp3',
    iamInstanceProfile: '',
    userData: '',
  };
}

/** The reasons AWS (or the console) would refuse this launch; empty when it can launch. */
export function launchProblems(draft: LaunchDraft, network: Network): LaunchProblem[] {
  const problems: LaunchProblem[] = [];
  const ami = AMIS.find((a) => a.id === draft.amiId);
  if (ami === undefined) {
    problems.push({ parameter: 'amiId', message: 'Application and OS Images (Amazon Machine Image)에서 AMI를 고르세요. AMI가 루트 볼륨의 OS와 소프트웨어를 정하므로 없으면 시작할 수 없습니다.' });
  }
  if (!INSTANCE_TYPES.some((t) => t.id === draft.instanceType)) {
    problems.push({ parameter: 'instanceType', message: 'Instance type을 고르세요. 인스턴스 유형이 vCPU와 메모리를 정합니다.' });
  }
  if (draft.keyPair !== WITHOUT_KEY_PAIR && !KEY_PAIRS.includes(draft.keyPair)) {
    problems.push({ parameter: 'keyPair', message: 'Key pair (login)에서 키 페어를 고르거나, 키 없이 접속할 방법이 있다면 "Proceed without a key pair"를 직접 고르세요.' });
  }
  if (!network.vpc.subnets.some((s) => s.id === draft.subnetId)) {
    problems.push({ parameter: 'subnetId', message: 'Network settings에서 Subnet을 고르세요. 서브넷이 인스턴스가 놓일 가용 영역과 주소 범위를 정합니다.' });
  }
  if (draft.securityGroupIds.length === 0) {
    problems.push({ parameter: 'securityGroupIds', message: 'Firewall (security groups)에서 보안 그룹을 하나 이상 고르세요. 보안 그룹 없이는 어떤 트래픽을 허용할지 정할 수 없습니다.' });
  } else if (!draft.securityGroupIds.every((id) => network.securityGroups.some((g) => g.id === id))) {
    problems.push({ parameter: 'securityGroupIds', message: '고른 보안 그룹 중 이 VPC에 없는 것이 있습니다.' });
  }
  const min = ami?.minRootGiB ?? 1;
  if (!Number.isInteger(draft.rootVolumeGiB) || draft.rootVolumeGiB < min || draft.rootVolumeGiB > MAX_ROOT_GIB) {
    problems.push({
      parameter: 'rootVolumeGiB',
      message: `Configure storage의 루트 볼륨 크기는 ${min}–${MAX_ROOT_GIB} GiB 사이의 정수여야 합니다${ami ? `(이 AMI의 스냅샷이 ${ami.minRootGiB} GiB입니다)` : ''}.`,
    });
  } else if (!VOLUME_TYPES.includes(draft.volumeType)) {
    problems.push({ parameter: 'rootVolumeGiB', message: 'Configure storage에서 볼륨 유형(gp3 또는 gp2)을 고르세요.' });
  }
  if (draft.iamInstanceProfile !== '' && !IAM_INSTANCE_PROFILES.includes(draft.iamInstanceProfile)) {
    problems.push({ parameter: 'iamInstanceProfile', message: 'Advanced details의 IAM instance profile에 없는 역할을 골랐습니다.' });
  }
  if (new TextEncoder().encode(draft.userData).length > USER_DATA_LIMIT_BYTES) {
    problems.push({ parameter: 'userData', message: 'Advanced details의 User data는 base64로 인코딩하기 전 16 KB까지입니다.' });
  }
  return problems;
}

/** Amazon's pool hands out a different address each time (documentation range 198.51.100.0/24). */
export function poolAddress(n: number): string {
  return `198.51.100.${((37 + n * 53) % 200) + 20}`;
}

export function elasticAddress(n: number): string {
  return `192.0.2.${(44 + n * 29) % 200 + 20}`;
}

function withPoolAddress(network: Network): { network: Network; address: string } {
  return { network: { ...network, addressesHandedOut: network.addressesHandedOut + 1 }, address: poolAddress(network.addressesHandedOut) };
}

function privateAddress(subnet: Subnet): string {
  const parsed = parseCidr(subnet.cidr);
  if (!parsed.ok) return '10.0.0.25';
  const base = formatCidr(parsed.value).split('/')[0] ?? '10.0.0.0';
  return base.replace(/\.\d+$/, '.25');
}

export function launchInstance(network: Network, draft: LaunchDraft): Result<Network> {
  if (network.instance !== null) return { ok: false, error: '이미 시작한 인스턴스가 있습니다. 다시 시작하려면 먼저 종료(Terminate)하세요.' };
  const problems = launchProblems(draft, network);
  const firstProblem = problems[0];
  if (firstProblem !== undefined) return { ok: false, error: firstProblem.message };
  const subnet = network.vpc.subnets.find((s) => s.id === draft.subnetId);
  if (subnet === undefined) return { ok: false, error: 'Subnet을 고르세요.' };
  let next = network;
  let autoPublicIp: string | null = null;
  if (draft.autoAssignPublicIp) {
    const handed = withPoolAddress(next);
    next = handed.network;
    autoPublicIp = handed.address;
  }
  const instance: Instance = {
    id: 'i-0lab0000000000001',
    name: draft.name.trim() || '이름 없는 인스턴스',
    state: 'running',
    subnetId: subnet.id,
    privateIp: privateAddress(subnet),
    autoPublicIp,
    elasticIp: null,
    securityGroupIds: [...draft.securityGroupIds],
    launch: { ...draft, securityGroupIds: [...draft.securityGroupIds] },
  };
  return { ok: true, value: { ...next, instance } };
}

/** Stopping releases an auto-assigned public IPv4 address to Amazon's pool; an Elastic IP stays. */
export function stopInstance(network: Network): Result<Network> {
  const instance = network.instance;
  if (instance === null) return { ok: false, error: '중지할 인스턴스가 없습니다.' };
  if (instance.state === 'stopped') return { ok: false, error: '이미 stopped 상태입니다.' };
  return { ok: true, value: { ...network, instance: { ...instance, state: 'stopped', autoPublicIp: null } } };
}

/** Starting gets a new address from the pool (if it was launched with one), unless an Elastic IP is associated. */
export function startInstance(network: Network): Result<Network> {
  const instance = network.instance;
  if (instance === null) return { ok: false, error: '시작할 인스턴스가 없습니다.' };
  if (instance.state === 'running') return { ok: false, error: '이미 running 상태입니다.' };
  if (instance.elasticIp !== null || !instance.launch.autoAssignPublicIp) {
    return { ok: true, value: { ...network, instance: { ...instance, state: 'running' } } };
  }
  const handed = withPoolAddress(network);
  return { ok: true, value: { ...handed.network, instance: { ...instance, state: 'running', autoPublicIp: handed.address } } };
}

/** Allocates an Elastic IP and associates it; the auto-assigned address, if any, goes back to the pool. */
export function associateElasticIp(network: Network): Result<Network> {
  const instance = network.instance;
  if (instance === null) return { ok: false, error: '탄력적 IP를 연결할 인스턴스가 없습니다.' };
  if (instance.elasticIp !== null) return { ok: false, error: '이미 탄력적 IP가 연결되어 있습니다.' };
  const address = elasticAddress(network.elasticIpsAllocated);
  return {
    ok: true,
    value: { ...network, elasticIpsAllocated: network.elasticIpsAllocated + 1, instance: { ...instance, elasticIp: address, autoPublicIp: null } },
  };
}

/** Disassociates the Elastic IP; a running instance launched with a public IP gets a new one from the pool. */
export function disassociateElasticIp(network: Network): Result<Network> {
  const instance = network.instance;
  if (instance === null || instance.elasticIp === null) return { ok: false, error: '연결된 탄력적 IP가 없습니다.' };
  if (instance.state === 'running' && instance.launch.autoAssignPublicIp) {
    const handed = withPoolAddress(network);
    return { ok: true, value: { ...handed.network, instance: { ...instance, elasticIp: null, autoPublicIp: handed.address } } };
  }
  return { ok: true, value: { ...network, instance: { ...instance, elasticIp: null } } };
}

export function terminateInstance(network: Network): Result<Network> {
  if (network.instance === null) return { ok: false, error: '종료할 인스턴스가 없습니다.' };
  return { ok: true, value: { ...network, instance: null } };
}

// --- security group rules ---------------------------------------------------------------------------------

export type SourceType = 'my-ip' | 'anywhere' | 'custom' | 'security-group';

/** A rule as the learner typed it in the "Inbound rules" editor. */
export interface SgRuleInput {
  /** A RULE_TYPES id, or 'custom-tcp' with `port`. */
  type: string;
  port: string;
  sourceType: SourceType;
  cidr: string;
  groupId: string;
}

function parsePortRange(text: string): Result<{ fromPort: number; toPort: number }> {
  const trimmed = text.trim();
  const m = /^(\d{1,5})(?:\s*-\s*(\d{1,5}))?$/.exec(trimmed);
  if (m === null) return { ok: false, error: `Port range는 22 또는 8000-8080처럼 적습니다 (입력: ${trimmed || '빈 값'}).` };
  const fromPort = Number(m[1]);
  const toPort = m[2] === undefined ? fromPort : Number(m[2]);
  if (fromPort > 65535 || toPort > 65535 || fromPort > toPort) {
    return { ok: false, error: 'Port range는 0–65535 안에서 작은 번호부터 적습니다.' };
  }
  return { ok: true, value: { fromPort, toPort } };
}

export function parseSgRule(input: SgRuleInput, network: Network, id: string): Result<SgRule> {
  let protocol: Protocol;
  let ports: { fromPort: number; toPort: number };
  const preset = RULE_TYPES.find((t) => t.id === input.type);
  if (preset !== undefined) {
    protocol = preset.protocol;
    ports = { fromPort: preset.fromPort, toPort: preset.toPort };
  } else if (input.type === 'custom-tcp') {
    const parsed = parsePortRange(input.port);
    if (!parsed.ok) return parsed;
    protocol = 'tcp';
    ports = parsed.value;
  } else {
    return { ok: false, error: 'Type을 고르세요.' };
  }
  let peer: SgRule['peer'];
  if (input.sourceType === 'my-ip') peer = { kind: 'cidr', cidr: `${MY_PC_IP}/32` };
  else if (input.sourceType === 'anywhere') peer = { kind: 'cidr', cidr: '0.0.0.0/0' };
  else if (input.sourceType === 'custom') {
    const cidr = parseCidr(input.cidr);
    if (!cidr.ok) return { ok: false, error: `Source: ${cidr.error}` };
    peer = { kind: 'cidr', cidr: formatCidr(cidr.value) };
  } else {
    if (!network.securityGroups.some((g) => g.id === input.groupId)) return { ok: false, error: 'Source로 참조할 보안 그룹을 고르세요.' };
    peer = { kind: 'sg', groupId: input.groupId };
  }
  return { ok: true, value: { id, protocol, ...ports, peer, description: '' } };
}

function samePeer(a: SgRule['peer'], b: SgRule['peer']): boolean {
  return a.kind === 'cidr' && b.kind === 'cidr' ? a.cidr === b.cidr : a.kind === 'sg' && b.kind === 'sg' && a.groupId === b.groupId;
}

function updateGroup(network: Network, groupId: string, change: (g: SecurityGroup) => Result<SecurityGroup>): Result<Network> {
  const group = network.securityGroups.find((g) => g.id === groupId);
  if (group === undefined) return { ok: false, error: `보안 그룹(${groupId})이 이 VPC에 없습니다.` };
  if (!group.editable) return { ok: false, error: `보안 그룹 ${group.name}의 규칙은 이 실습에서 바꿀 수 없습니다.` };
  const changed = change(group);
  if (!changed.ok) return changed;
  return { ok: true, value: { ...network, securityGroups: network.securityGroups.map((g) => (g.id === groupId ? changed.value : g)) } };
}

export function addInboundRule(network: Network, groupId: string, rule: SgRule): Result<Network> {
  return updateGroup(network, groupId, (g) => {
    const duplicate = g.inbound.some(
      (r) => r.protocol === rule.protocol && r.fromPort === rule.fromPort && r.toPort === rule.toPort && samePeer(r.peer, rule.peer),
    );
    if (duplicate) return { ok: false, error: '같은 규칙(프로토콜, 포트, Source)이 이미 있습니다.' };
    return { ok: true, value: { ...g, inbound: [...g.inbound, rule] } };
  });
}

export function removeInboundRule(network: Network, groupId: string, ruleId: string): Result<Network> {
  return updateGroup(network, groupId, (g) => {
    if (!g.inbound.some((r) => r.id === ruleId)) return { ok: false, error: '지울 규칙이 없습니다.' };
    return { ok: true, value: { ...g, inbound: g.inbound.filter((r) => r.id !== ruleId) } };
  });
}

export function replaceInboundRules(network: Network, groupId: string, rules: readonly SgRule[]): Network {
  return { ...network, securityGroups: network.securityGroups.map((g) => (g.id === groupId ? { ...g, inbound: [...rules] } : g)) };
}

export function labGroup(network: Network): SecurityGroup | undefined {
  return network.securityGroups.find((g) => g.id === LAB_GROUP_ID);
}

// --- network ACL rules ------------------------------------------------------------------------------------

export interface NaclRuleInput {
  ruleNumber: string;
  /** 'all' or 'tcp'. */
  protocol: string;
  port: string;
  cidr: string;
  action: string;
}

export function parseNaclRule(input: NaclRuleInput): Result<NaclRule> {
  const number = /^\d{1,5}$/.test(input.ruleNumber.trim()) ? Number(input.ruleNumber.trim()) : NaN;
  if (!Number.isInteger(number) || number < 1 || number > 32766) return { ok: false, error: 'Rule number는 1부터 32766까지의 정수입니다.' };
  const action: NaclAction | null = input.action === 'allow' ? 'allow' : input.action === 'deny' ? 'deny' : null;
  if (action === null) return { ok: false, error: 'Allow/Deny를 고르세요.' };
  const cidr = parseCidr(input.cidr);
  if (!cidr.ok) return { ok: false, error: `CIDR: ${cidr.error}` };
  if (input.protocol === 'all') return { ok: true, value: { ruleNumber: number, protocol: 'all', fromPort: 0, toPort: 65535, cidr: formatCidr(cidr.value), action } };
  if (input.protocol !== 'tcp') return { ok: false, error: 'Type을 고르세요 (All traffic 또는 Custom TCP).' };
  const ports = parsePortRange(input.port);
  if (!ports.ok) return ports;
  return { ok: true, value: { ruleNumber: number, protocol: 'tcp', ...ports.value, cidr: formatCidr(cidr.value), action } };
}

function updateSubnet(network: Network, subnetId: string, change: (s: Subnet) => Result<Subnet>): Result<Network> {
  const subnet = network.vpc.subnets.find((s) => s.id === subnetId);
  if (subnet === undefined) return { ok: false, error: '먼저 Network settings에서 서브넷을 고르세요.' };
  const changed = change(subnet);
  if (!changed.ok) return changed;
  return {
    ok: true,
    value: { ...network, vpc: { ...network.vpc, subnets: network.vpc.subnets.map((s) => (s.id === subnetId ? changed.value : s)) } },
  };
}

/** Associates a new custom ACL (denies all until rules are added) with the subnet, or the default ACL back. */
export function setCustomAcl(network: Network, subnetId: string, custom: boolean): Result<Network> {
  return updateSubnet(network, subnetId, (s) => ({ ok: true, value: { ...s, networkAcl: custom ? customAcl() : defaultAcl() } }));
}

export function addNaclRule(network: Network, subnetId: string, direction: 'inbound' | 'outbound', rule: NaclRule): Result<Network> {
  return updateSubnet(network, subnetId, (s) => {
    if (s.networkAcl.isDefault) return { ok: false, error: '기본 네트워크 ACL은 이 실습에서 바꾸지 않습니다. 먼저 사용자 지정 네트워크 ACL을 연결하세요.' };
    const rules = s.networkAcl[direction];
    if (rules.some((r) => r.ruleNumber === rule.ruleNumber)) return { ok: false, error: `${rule.ruleNumber}번 규칙이 이미 있습니다. 규칙 번호는 방향마다 하나씩입니다.` };
    const next = [...rules, rule].sort((a, b) => a.ruleNumber - b.ruleNumber);
    return { ok: true, value: { ...s, networkAcl: { ...s.networkAcl, [direction]: next } } };
  });
}

export function removeNaclRule(network: Network, subnetId: string, direction: 'inbound' | 'outbound', ruleNumber: number): Result<Network> {
  return updateSubnet(network, subnetId, (s) => {
    if (s.networkAcl.isDefault) return { ok: false, error: '기본 네트워크 ACL의 규칙은 지우지 않습니다.' };
    if (!s.networkAcl[direction].some((r) => r.ruleNumber === ruleNumber)) return { ok: false, error: '지울 규칙이 없습니다.' };
    return { ok: true, value: { ...s, networkAcl: { ...s.networkAcl, [direction]: s.networkAcl[direction].filter((r) => r.ruleNumber !== ruleNumber) } } };
  });
}

/** The address the internet reaches the instance at, if any. */
export function publicAddress(instance: Instance | null): string | null {
  return instance === null ? null : (instance.elasticIp ?? instance.autoPublicIp);
}
