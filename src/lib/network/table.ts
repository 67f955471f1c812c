// The lab's data: hops, sources, attempts, rule presets, launch parameters and the starting VPC.
// UI, tests, missions and lessons read these tables; nothing else spells these values out.
import type { HopId, Network, NetworkAcl, Protocol, SecurityGroup, SourceId, Subnet } from './types.ts';

export const VPC_CIDR = '10.0.0.0/16';
export const MY_PC_IP = '203.0.113.7';
/** A client's ephemeral port for the reply path (Linux clients use 32768–60999, Windows 49152–65535). */
export const CLIENT_EPHEMERAL_PORT = 50000;

export interface HopInfo {
  label: string;
  /** Where the console shows the setting this hop reads. */
  console: string;
  /** true for the reply's hops. */
  reply: boolean;
}

export const HOPS: Record<HopId, HopInfo> = {
  instance: { label: '인스턴스 상태', console: 'Instance state', reply: false },
  route: { label: '라우팅', console: 'Route table', reply: false },
  'public-address': { label: '퍼블릭 주소', console: 'Public IPv4 address', reply: false },
  'nacl-in': { label: '네트워크 ACL 인바운드', console: 'Network ACL · Inbound rules', reply: false },
  'sg-in': { label: '보안 그룹 인바운드', console: 'Security groups · Inbound rules', reply: false },
  'sg-out': { label: '응답: 보안 그룹', console: 'Security groups · Outbound rules', reply: true },
  'nacl-out': { label: '응답: 네트워크 ACL 아웃바운드', console: 'Network ACL · Outbound rules', reply: true },
};

export const HOP_ORDER: readonly HopId[] = ['instance', 'route', 'public-address', 'nacl-in', 'sg-in', 'sg-out', 'nacl-out'];

export interface SourceInfo {
  id: SourceId;
  label: string;
  /** The set of addresses the source may use, as a CIDR block (anyone: every address). */
  cidr: string;
  kind: 'internet' | 'vpc';
}

export const SOURCES: Record<SourceId, SourceInfo> = {
  'my-pc': { id: 'my-pc', label: `내 PC (${MY_PC_IP})`, cidr: `${MY_PC_IP}/32`, kind: 'internet' },
  anyone: { id: 'anyone', label: '인터넷의 아무나', cidr: '0.0.0.0/0', kind: 'internet' },
  'ec2-a': { id: 'ec2-a', label: '같은 VPC의 EC2-A (보안 그룹 sg-web)', cidr: '10.0.1.10/32', kind: 'vpc' },
};

export type AttemptId = 'ssh-my-pc' | 'http-anyone' | 'db-ec2-a';

export interface AttemptInfo {
  id: AttemptId;
  label: string;
  service: string;
  source: SourceId;
  protocol: 'tcp';
  port: number;
}

export const ATTEMPTS: readonly AttemptInfo[] = [
  { id: 'ssh-my-pc', label: '내 PC에서 SSH (TCP 22)', service: 'SSH', source: 'my-pc', protocol: 'tcp', port: 22 },
  { id: 'http-anyone', label: '인터넷의 아무나 HTTP (TCP 80)', service: 'HTTP', source: 'anyone', protocol: 'tcp', port: 80 },
  { id: 'db-ec2-a', label: 'EC2-A에서 MySQL/Aurora (TCP 3306)', service: 'MySQL/Aurora', source: 'ec2-a', protocol: 'tcp', port: 3306 },
];

export function attemptById(id: string): AttemptInfo | undefined {
  return ATTEMPTS.find((a) => a.id === id);
}

/** The security group rule "Type" presets of the console. */
export interface RuleType {
  id: string;
  /** As the console's Type column shows it. */
  label: string;
  protocol: Protocol;
  fromPort: number;
  toPort: number;
}

export const RULE_TYPES: readonly RuleType[] = [
  { id: 'ssh', label: 'SSH', protocol: 'tcp', fromPort: 22, toPort: 22 },
  { id: 'http', label: 'HTTP', protocol: 'tcp', fromPort: 80, toPort: 80 },
  { id: 'https', label: 'HTTPS', protocol: 'tcp', fromPort: 443, toPort: 443 },
  { id: 'mysql', label: 'MYSQL/Aurora', protocol: 'tcp', fromPort: 3306, toPort: 3306 },
  { id: 'rdp', label: 'RDP', protocol: 'tcp', fromPort: 3389, toPort: 3389 },
  { id: 'all-tcp', label: 'All TCP', protocol: 'tcp', fromPort: 0, toPort: 65535 },
  { id: 'all', label: 'All traffic', protocol: 'all', fromPort: 0, toPort: 65535 },
];

export function ruleTypeFor(protocol: Protocol, fromPort: number, toPort: number): string {
  const preset = RULE_TYPES.find((t) => t.protocol === protocol && t.fromPort === fromPort && t.toPort === toPort);
  if (preset) return preset.label;
  return `Custom ${protocol.toUpperCase()}`;
}

export function portText(protocol: Protocol, fromPort: number, toPort: number): string {
  if (protocol === 'all' || (fromPort === 0 && toPort === 65535)) return 'All';
  return fromPort === toPort ? String(fromPort) : `${fromPort}-${toPort}`;
}

/** Launch parameters in the console's launch order (note 004 lists eight; the name is the form's first field). */
export type LaunchParameterId =
  | 'name'
  | 'amiId'
  | 'instanceType'
  | 'keyPair'
  | 'subnetId'
  | 'securityGroupIds'
  | 'rootVolumeGiB'
  | 'iamInstanceProfile'
  | 'userData';

export interface LaunchParameterInfo {
  id: LaunchParameterId;
  label: string;
  /** The console's section and field names. */
  console: string;
  required: boolean;
  /** What the parameter decides (note 004). */
  decides: string;
}

export const LAUNCH_PARAMETERS: readonly LaunchParameterInfo[] = [
  { id: 'name', label: '이름', console: 'Name and tags', required: false, decides: '콘솔에서 알아볼 Name 태그' },
  { id: 'amiId', label: 'AMI', console: 'Application and OS Images (Amazon Machine Image)', required: true, decides: 'OS와 미리 설치된 소프트웨어(루트 볼륨의 템플릿)' },
  { id: 'instanceType', label: '인스턴스 유형', console: 'Instance type', required: true, decides: 'vCPU, 메모리, 네트워크 성능' },
  { id: 'keyPair', label: '키 페어', console: 'Key pair (login)', required: true, decides: 'SSH 로그인(Windows는 관리자 암호 복호화)에 쓰는 키' },
  { id: 'subnetId', label: '네트워크 배치', console: 'Network settings · Subnet', required: true, decides: 'VPC, 서브넷(가용 영역), 퍼블릭 IP 자동 할당' },
  { id: 'securityGroupIds', label: '보안 그룹', console: 'Firewall (security groups)', required: true, decides: '들어오고 나가는 트래픽의 허용 규칙' },
  { id: 'rootVolumeGiB', label: '스토리지', console: 'Configure storage', required: true, decides: '루트 볼륨의 크기와 유형' },
  { id: 'iamInstanceProfile', label: 'IAM 역할', console: 'Advanced details · IAM instance profile', required: false, decides: '인스턴스의 애플리케이션이 쓰는 임시 자격 증명' },
  { id: 'userData', label: '사용자 데이터', console: 'Advanced details · User data', required: false, decides: '첫 부팅 때 실행할 스크립트' },
];

export interface AmiInfo {
  id: string;
  label: string;
  /** The AMI's root snapshot size: the smallest root volume the console accepts. */
  minRootGiB: number;
  /** SSH for Linux, RDP for Windows. */
  login: 'ssh' | 'rdp';
}

export const AMIS: readonly AmiInfo[] = [
  { id: 'ami-0a1b2c3d4e5f60001', label: 'Amazon Linux 2023 AMI', minRootGiB: 8, login: 'ssh' },
  { id: 'ami-0a1b2c3d4e5f60002', label: 'Ubuntu Server 24.04 LTS', minRootGiB: 8, login: 'ssh' },
  { id: 'ami-0a1b2c3d4e5f60003', label: 'Microsoft Windows Server 2022 Base', minRootGiB: 30, login: 'rdp' },
];

export const INSTANCE_TYPES: readonly { id: string; label: string }[] = [
  { id: 't3.micro', label: 't3.micro (2 vCPU, 1 GiB)' },
  { id: 't3.small', label: 't3.small (2 vCPU, 2 GiB)' },
  { id: 'm7g.large', label: 'm7g.large (2 vCPU, 8 GiB)' },
];

export const KEY_PAIRS: readonly string[] = ['cafe-key'];
export const WITHOUT_KEY_PAIR = 'none';
export const IAM_INSTANCE_PROFILES: readonly string[] = ['cafe-order-role'];
export const VOLUME_TYPES: readonly string[] = ['gp3', 'gp2'];
/** EBS volume size limit for gp2/gp3 (16 TiB). */
export const MAX_ROOT_GIB = 16384;
/** User data is limited to 16 KB in raw form, before base64 encoding. */
export const USER_DATA_LIMIT_BYTES = 16 * 1024;

export const LAB_GROUP_ID = 'sg-lab';
export const WEB_GROUP_ID = 'sg-web';

export const DEFAULT_ACL_ID = 'acl-default';

export function defaultAcl(): NetworkAcl {
  const all = { protocol: 'all' as const, fromPort: 0, toPort: 65535, cidr: '0.0.0.0/0', action: 'allow' as const };
  return { id: DEFAULT_ACL_ID, isDefault: true, inbound: [{ ruleNumber: 100, ...all }], outbound: [{ ruleNumber: 100, ...all }] };
}

/** A new custom ACL: only the final `*` rule, so it denies everything until rules are added. */
export function customAcl(): NetworkAcl {
  return { id: 'acl-custom', isDefault: false, inbound: [], outbound: [] };
}

const SUBNETS: readonly Subnet[] = [
  {
    id: 'subnet-public',
    name: 'public-subnet-a',
    kind: 'public',
    cidr: '10.0.1.0/24',
    routeTableId: 'rtb-public',
    routes: [
      { destination: VPC_CIDR, target: 'local', targetId: 'local' },
      { destination: '0.0.0.0/0', target: 'igw', targetId: 'igw-0abc' },
    ],
    mapPublicIpOnLaunch: true,
    networkAcl: defaultAcl(),
  },
  {
    id: 'subnet-private',
    name: 'private-subnet-a',
    kind: 'private',
    cidr: '10.0.2.0/24',
    routeTableId: 'rtb-private',
    routes: [
      { destination: VPC_CIDR, target: 'local', targetId: 'local' },
      { destination: '0.0.0.0/0', target: 'nat', targetId: 'nat-0def' },
    ],
    mapPublicIpOnLaunch: false,
    networkAcl: defaultAcl(),
  },
];

const GROUPS: readonly SecurityGroup[] = [
  {
    id: LAB_GROUP_ID,
    name: 'launch-wizard-1',
    description: '이 실습에서 만든 보안 그룹',
    editable: true,
    inbound: [],
    outbound: [{ id: 'out-all', protocol: 'all', fromPort: 0, toPort: 65535, peer: { kind: 'cidr', cidr: '0.0.0.0/0' }, description: '' }],
  },
  {
    id: WEB_GROUP_ID,
    name: 'sg-web',
    description: '웹 서버 EC2-A의 보안 그룹',
    editable: false,
    inbound: [{ id: 'web-http', protocol: 'tcp', fromPort: 80, toPort: 80, peer: { kind: 'cidr', cidr: '0.0.0.0/0' }, description: '' }],
    outbound: [{ id: 'out-all', protocol: 'all', fromPort: 0, toPort: 65535, peer: { kind: 'cidr', cidr: '0.0.0.0/0' }, description: '' }],
  },
];

/** The VPC the lab starts with: a public and a private subnet, an internet gateway, a NAT gateway and EC2-A. */
export function initialNetwork(): Network {
  return {
    vpc: { id: 'vpc-lab', cidr: VPC_CIDR, internetGatewayId: 'igw-0abc', natGatewayId: 'nat-0def', subnets: SUBNETS },
    securityGroups: GROUPS,
    peers: [{ id: 'ec2-a', name: 'EC2-A', subnetId: 'subnet-public', privateIp: '10.0.1.10', securityGroupIds: [WEB_GROUP_ID] }],
    instance: null,
    addressesHandedOut: 0,
    elasticIpsAllocated: 0,
  };
}
