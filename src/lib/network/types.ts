// Types of the network lab: a VPC with subnets and route tables, security groups, network ACLs, one instance
// the learner launches, and the hop-by-hop result of a connection attempt.

export type Protocol = 'tcp' | 'udp' | 'icmp' | 'all';

/** A security group rule's Source (inbound) or Destination (outbound): a CIDR block or another security group. */
export type Peer = { kind: 'cidr'; cidr: string } | { kind: 'sg'; groupId: string };

export interface SgRule {
  id: string;
  protocol: Protocol;
  fromPort: number;
  toPort: number;
  peer: Peer;
  description: string;
}

export interface SecurityGroup {
  id: string;
  name: string;
  description: string;
  inbound: readonly SgRule[];
  outbound: readonly SgRule[];
  /** The lab lets the learner edit only its own group. */
  editable: boolean;
}

export type NaclAction = 'allow' | 'deny';

export interface NaclRule {
  ruleNumber: number;
  protocol: Protocol;
  fromPort: number;
  toPort: number;
  cidr: string;
  action: NaclAction;
}

export interface NetworkAcl {
  id: string;
  /** The VPC's default ACL allows everything; a custom one starts with no rule but the final `*` deny. */
  isDefault: boolean;
  inbound: readonly NaclRule[];
  outbound: readonly NaclRule[];
}

export type RouteTarget = 'local' | 'igw' | 'nat';

export interface Route {
  destination: string;
  target: RouteTarget;
  /** local, igw-…, nat-… as the console shows the Target column. */
  targetId: string;
}

export type SubnetKind = 'public' | 'private';

export interface Subnet {
  id: string;
  name: string;
  kind: SubnetKind;
  cidr: string;
  routeTableId: string;
  routes: readonly Route[];
  /** The subnet's "Auto-assign public IPv4 address" setting, the launch form's default. */
  mapPublicIpOnLaunch: boolean;
  networkAcl: NetworkAcl;
}

export interface Vpc {
  id: string;
  cidr: string;
  /** The attached internet gateway, or null when none is attached. */
  internetGatewayId: string | null;
  natGatewayId: string | null;
  subnets: readonly Subnet[];
}

export type InstanceState = 'running' | 'stopped';

export interface LaunchParameters {
  name: string;
  amiId: string;
  instanceType: string;
  /** A key pair name, or 'none' for "Proceed without a key pair". */
  keyPair: string;
  subnetId: string;
  autoAssignPublicIp: boolean;
  securityGroupIds: readonly string[];
  rootVolumeGiB: number;
  volumeType: string;
  iamInstanceProfile: string;
  userData: string;
}

export interface Instance {
  id: string;
  name: string;
  state: InstanceState;
  subnetId: string;
  privateIp: string;
  /** Auto-assigned from Amazon's pool; released on stop, a new one on start. */
  autoPublicIp: string | null;
  elasticIp: string | null;
  securityGroupIds: readonly string[];
  launch: LaunchParameters;
}

/** Another instance already in the VPC (EC2-A, the web server with sg-web). */
export interface PeerInstance {
  id: string;
  name: string;
  subnetId: string;
  privateIp: string;
  securityGroupIds: readonly string[];
}

export interface Network {
  vpc: Vpc;
  securityGroups: readonly SecurityGroup[];
  peers: readonly PeerInstance[];
  instance: Instance | null;
  /** How many public addresses Amazon's pool has handed out (makes the next one deterministic). */
  addressesHandedOut: number;
  /** Elastic IPs allocated so far in this lab. */
  elasticIpsAllocated: number;
}

export type SourceId = 'my-pc' | 'anyone' | 'ec2-a';

export interface Connection {
  source: SourceId;
  protocol: Exclude<Protocol, 'all'>;
  port: number;
}

export type HopId = 'instance' | 'route' | 'public-address' | 'nacl-in' | 'sg-in' | 'sg-out' | 'nacl-out';

export type HopStatus = 'pass' | 'stop' | 'skip' | 'not-reached';

export interface Hop {
  hop: HopId;
  status: HopStatus;
  /** Korean, with the console's English field names. */
  reason: string;
}

export type Evaluation =
  | { reached: true; hops: readonly Hop[]; matchedRule: SgRule | null }
  | { reached: false; stoppedAt: HopId; reason: string; hops: readonly Hop[] };
