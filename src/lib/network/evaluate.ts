// Hop-by-hop evaluation of one connection attempt to the learner's instance. Total: any network, even a
// malformed one, gives a typed result (a missing part stops the packet at its hop with a reason).
import { cidrContains, cidrOverlaps, parseCidr } from './cidr.ts';
import { CLIENT_EPHEMERAL_PORT, HOP_ORDER, SOURCES, portText, ruleTypeFor } from './table.ts';
import type {
  Connection,
  Evaluation,
  Hop,
  HopId,
  Instance,
  Network,
  NetworkAcl,
  NaclRule,
  PeerInstance,
  Protocol,
  SecurityGroup,
  SgRule,
  Subnet,
} from './types.ts';

function protocolMatches(rule: Protocol, wanted: Exclude<Protocol, 'all'>): boolean {
  return rule === 'all' || rule === wanted;
}

function portMatches(rule: { protocol: Protocol; fromPort: number; toPort: number }, port: number): boolean {
  if (rule.protocol === 'all' || rule.protocol === 'icmp') return true;
  return rule.fromPort <= port && port <= rule.toPort;
}

export function connectionText(c: Connection): string {
  return c.protocol === 'icmp' ? 'ICMP' : `${c.protocol.toUpperCase()} ${c.port}`;
}

export type NaclVerdict = { action: 'allow' | 'deny'; rule: NaclRule | null; partial: boolean };

/**
 * First match by ascending rule number; no match falls to the `*` rule, which denies. `cidr` is the set of
 * addresses on the other end: an allow rule must cover all of it; a deny rule that covers part of it matches,
 * because some of those addresses would be refused.
 */
export function evaluateNacl(rules: readonly NaclRule[], protocol: Exclude<Protocol, 'all'>, port: number, cidr: string): NaclVerdict {
  const ordered = [...rules].sort((a, b) => a.ruleNumber - b.ruleNumber);
  for (const rule of ordered) {
    if (!protocolMatches(rule.protocol, protocol) || !portMatches(rule, port)) continue;
    if (cidrContains(rule.cidr, cidr)) return { action: rule.action, rule, partial: false };
    if (rule.action === 'deny' && cidrOverlaps(rule.cidr, cidr)) return { action: 'deny', rule, partial: true };
  }
  return { action: 'deny', rule: null, partial: false };
}

function sgRuleMatches(rule: SgRule, c: Connection, sourceCidr: string, sourcePeer: PeerInstance | null): boolean {
  if (!protocolMatches(rule.protocol, c.protocol) || !portMatches(rule, c.port)) return false;
  if (rule.peer.kind === 'cidr') return cidrContains(rule.peer.cidr, sourceCidr);
  return sourcePeer !== null && sourcePeer.securityGroupIds.includes(rule.peer.groupId);
}

function peerText(rule: SgRule): string {
  return rule.peer.kind === 'cidr' ? rule.peer.cidr : rule.peer.groupId;
}

export function sgRuleText(rule: SgRule): string {
  return `${ruleTypeFor(rule.protocol, rule.fromPort, rule.toPort)} · ${rule.protocol === 'all' ? 'All' : rule.protocol.toUpperCase()} ${portText(rule.protocol, rule.fromPort, rule.toPort)} · ${peerText(rule)}`;
}

/** "100번 규칙(Allow, TCP 22, 0.0.0.0/0)": a particle after it attaches to the fixed word 규칙. */
function naclRuleText(rule: NaclRule): string {
  const what = rule.protocol === 'all' ? 'All traffic' : `${rule.protocol.toUpperCase()} ${portText(rule.protocol, rule.fromPort, rule.toPort)}`;
  return `${rule.ruleNumber}번 규칙(${rule.action === 'allow' ? 'Allow' : 'Deny'}, ${what}, ${rule.cidr})`;
}

interface Check {
  pass: boolean;
  reason: string;
  skip?: boolean;
}

function naclCheck(acl: NetworkAcl, direction: 'inbound' | 'outbound', where: string, protocol: Exclude<Protocol, 'all'>, port: number, cidr: string): Check {
  const rules = direction === 'inbound' ? acl.inbound : acl.outbound;
  const field = direction === 'inbound' ? 'Inbound rules' : 'Outbound rules';
  const peerField = direction === 'inbound' ? 'Source' : 'Destination';
  const what = `${protocol.toUpperCase()} ${port}, ${peerField} ${cidr}`;
  const verdict = evaluateNacl(rules, protocol, port, cidr);
  const name = `${where}의 네트워크 ACL(${acl.id})`;
  if (verdict.rule === null) {
    return { pass: false, reason: `${name} ${field}에 이 트래픽(${what})과 일치하는 규칙이 없어 마지막 * 규칙(Deny)이 막았습니다. 네트워크 ACL은 일치하는 규칙이 없으면 거부합니다.` };
  }
  if (verdict.action === 'deny') {
    const partly = verdict.partial ? ` 이 주소 범위의 일부가 ${verdict.rule.cidr}에 들어가 거부됩니다.` : '';
    return { pass: false, reason: `${name} ${field}에서 ${naclRuleText(verdict.rule)}이 먼저 일치해 거부했습니다. 번호가 작은 규칙부터 보고 처음 일치한 규칙만 적용합니다.${partly}` };
  }
  return { pass: true, reason: `${name} ${field}의 ${naclRuleText(verdict.rule)}이 이 트래픽(${what})을 허용합니다.` };
}

function findSubnet(network: Network, id: string): Subnet | undefined {
  return network.vpc.subnets.find((s) => s.id === id);
}

function groupsOf(network: Network, ids: readonly string[]): SecurityGroup[] {
  return ids.flatMap((id) => network.securityGroups.filter((g) => g.id === id));
}

function groupNames(groups: readonly SecurityGroup[], ids: readonly string[]): string {
  return groups.length > 0 ? groups.map((g) => g.name).join(', ') : ids.join(', ') || '없음';
}

/** Longest-prefix route whose destination covers every address of `cidr`. */
function routeFor(subnet: Subnet, cidr: string) {
  let best: Subnet['routes'][number] | null = null;
  let bestPrefix = -1;
  for (const route of subnet.routes) {
    const parsed = parseCidr(route.destination);
    if (!parsed.ok || !cidrContains(route.destination, cidr)) continue;
    if (parsed.value.prefix > bestPrefix) {
      best = route;
      bestPrefix = parsed.value.prefix;
    }
  }
  return best;
}

/** Evaluates `connection` to the learner's instance, hop by hop in HOP_ORDER. Never throws. */
export function evaluate(network: Network, connection: Connection): Evaluation {
  const source = SOURCES[connection.source];
  const hops: Hop[] = [];
  const finish = (stoppedAt: HopId, reason: string): Evaluation => {
    hops.push({ hop: stoppedAt, status: 'stop', reason });
    for (const hop of HOP_ORDER.slice(HOP_ORDER.indexOf(stoppedAt) + 1)) hops.push({ hop, status: 'not-reached', reason: '패킷이 앞에서 멈춰 여기까지 오지 않았습니다.' });
    return { reached: false, stoppedAt, reason, hops };
  };
  const record = (hop: HopId, check: Check): boolean => {
    if (!check.pass) return false;
    hops.push({ hop, status: check.skip === true ? 'skip' : 'pass', reason: check.reason });
    return true;
  };

  // 1. instance
  const instance: Instance | null = network.instance;
  if (instance === null) return finish('instance', '아직 시작한 인스턴스가 없습니다. 먼저 Launch instance로 인스턴스를 시작하세요.');
  if (instance.state !== 'running') {
    return finish('instance', `Instance state가 ${instance.state}입니다. 중지된 인스턴스는 연결을 받지 않습니다. 먼저 시작하세요.`);
  }
  record('instance', { pass: true, reason: 'Instance state가 running입니다.' });

  const subnet = findSubnet(network, instance.subnetId);
  if (subnet === undefined) return finish('route', `인스턴스의 서브넷(${instance.subnetId})을 VPC에서 찾을 수 없습니다.`);
  const sourcePeer: PeerInstance | null =
    source.kind === 'vpc' ? (network.peers.find((p) => cidrContains(source.cidr, `${p.privateIp}/32`)) ?? null) : null;
  const sourceCidr = sourcePeer !== null ? `${sourcePeer.privateIp}/32` : source.cidr;
  const sourceSubnet = sourcePeer !== null ? findSubnet(network, sourcePeer.subnetId) : undefined;
  const sameSubnet = sourceSubnet !== undefined && sourceSubnet.id === subnet.id;
  const rtb = `서브넷 ${subnet.name}의 Route table(${subnet.routeTableId})`;

  // 2. route
  if (source.kind === 'internet') {
    const route = routeFor(subnet, sourceCidr);
    const igw = network.vpc.internetGatewayId;
    if (igw === null) {
      return finish('route', `VPC에 Internet gateway가 연결(Attach)되어 있지 않아 인터넷에서 VPC로 들어올 입구가 없습니다.`);
    }
    if (route === null) {
      return finish('route', `${rtb}에 인터넷으로 가는 경로(0.0.0.0/0 → igw-…)가 없습니다. 인터넷과 주고받을 길이 없는 프라이빗 서브넷입니다.`);
    }
    if (route.target === 'nat') {
      return finish(
        'route',
        `${rtb}에서 ${route.destination}의 Target이 NAT 게이트웨이(${route.targetId})입니다. NAT 게이트웨이는 안에서 시작한 연결만 내보내므로 인터넷에서 들어오는 연결은 받지 못합니다. 프라이빗 서브넷입니다.`,
      );
    }
    if (route.target !== 'igw' || route.targetId !== igw) {
      return finish('route', `${rtb}에 ${route.destination} → Internet gateway(${igw}) 경로가 없습니다. 응답이 인터넷으로 돌아갈 길이 없습니다.`);
    }
    record('route', { pass: true, reason: `${rtb}에 ${route.destination} → ${route.targetId} 경로가 있는 퍼블릭 서브넷입니다.` });
  } else {
    if (sourcePeer === null) return finish('route', `출발지(${source.label})에 해당하는 인스턴스를 VPC에서 찾을 수 없습니다.`);
    record('route', { pass: true, reason: `같은 VPC 안이므로 Route table의 ${network.vpc.cidr} → local 경로로 갑니다.` });
  }

  // 3. public address
  if (source.kind === 'internet') {
    const address = instance.elasticIp ?? instance.autoPublicIp;
    if (address === null) {
      return finish(
        'public-address',
        `인스턴스에 Public IPv4 address가 없습니다. 시작할 때 Auto-assign public IP가 Disable이었고 Elastic IP도 연결되지 않았습니다. 퍼블릭 서브넷에 있어도 인터넷에서 찾아올 주소가 없으면 접속할 수 없습니다.`,
      );
    }
    const kind = instance.elasticIp !== null ? 'Elastic IP 주소' : '자동 할당된 Public IPv4 주소';
    record('public-address', { pass: true, reason: `${kind}(${address})를 보고 찾아옵니다. 인터넷 게이트웨이가 이 주소를 프라이빗 주소(${instance.privateIp})로 바꿔 전달합니다.` });
  } else {
    record('public-address', { pass: true, skip: true, reason: `VPC 안에서는 프라이빗 주소(${instance.privateIp})로 접속하므로 퍼블릭 주소가 필요 없습니다.` });
  }

  // 4. network ACL, inbound
  const target = `${instance.privateIp}/32`;
  if (sameSubnet) {
    record('nacl-in', { pass: true, skip: true, reason: '같은 서브넷 안의 트래픽은 네트워크 ACL을 거치지 않습니다.' });
  } else {
    if (sourceSubnet !== undefined) {
      const out = naclCheck(sourceSubnet.networkAcl, 'outbound', `출발 서브넷 ${sourceSubnet.name}`, connection.protocol, connection.port, target);
      if (!out.pass) return finish('nacl-in', out.reason);
    }
    const inbound = naclCheck(subnet.networkAcl, 'inbound', `서브넷 ${subnet.name}`, connection.protocol, connection.port, sourceCidr);
    if (!record('nacl-in', inbound)) return finish('nacl-in', inbound.reason);
  }

  // 5. security groups, inbound (the rules of every attached group together)
  const groups = groupsOf(network, instance.securityGroupIds);
  const names = groupNames(groups, instance.securityGroupIds);
  const matched = groups.flatMap((g) => g.inbound.filter((r) => sgRuleMatches(r, connection, sourceCidr, sourcePeer)).map((r) => ({ g, r })));
  const first = matched[0];
  if (first === undefined) {
    const portOnly = groups.flatMap((g) => g.inbound.filter((r) => protocolMatches(r.protocol, connection.protocol) && portMatches(r, connection.port)));
    const near = portOnly[0];
    let hint = '';
    if (near !== undefined) {
      hint =
        near.peer.kind === 'sg' && source.kind === 'internet'
          ? ` ${connectionText(connection)} 규칙은 있지만 Source가 보안 그룹 ${near.peer.groupId}입니다. 보안 그룹을 참조하는 규칙은 그 그룹이 붙은 인스턴스의 프라이빗 IP에서 온 트래픽만 허용합니다.`
          : ` ${connectionText(connection)} 규칙은 있지만 그 규칙의 Source 값(${peerText(near)})이 출발지 주소와 맞지 않습니다.`;
    }
    return finish(
      'sg-in',
      `보안 그룹(${names})의 Inbound rules에 ${connectionText(connection)} 트래픽을 Source ${sourceCidr}에서 허용하는 규칙이 없습니다. 보안 그룹에는 허용 규칙만 있어 허용하지 않은 트래픽은 모두 막힙니다.${hint}`,
    );
  }
  record('sg-in', { pass: true, reason: `보안 그룹 ${first.g.name}의 Inbound rules 규칙(${sgRuleText(first.r)})이 허용합니다.` });

  // 6. reply: security groups are stateful
  const noOutbound = groups.every((g) => g.outbound.length === 0);
  record('sg-out', {
    pass: true,
    reason: `보안 그룹은 상태 저장(stateful)이라 허용된 요청의 응답은 Outbound rules와 관계없이 나갑니다${noOutbound ? '(Outbound rules가 비어 있어도 마찬가지입니다)' : ''}.`,
  });

  // 7. reply: network ACLs are stateless
  if (sameSubnet) {
    record('nacl-out', { pass: true, skip: true, reason: '같은 서브넷 안의 응답도 네트워크 ACL을 거치지 않습니다.' });
  } else {
    const stateless = `네트워크 ACL은 상태 비저장(stateless)이라 응답(클라이언트의 임시 포트, 예: TCP ${CLIENT_EPHEMERAL_PORT})도 규칙으로 허용해야 합니다.`;
    const out = naclCheck(subnet.networkAcl, 'outbound', `서브넷 ${subnet.name}`, connection.protocol, CLIENT_EPHEMERAL_PORT, sourceCidr);
    if (!out.pass) return finish('nacl-out', `${stateless} ${out.reason}`);
    if (sourceSubnet !== undefined) {
      const back = naclCheck(sourceSubnet.networkAcl, 'inbound', `출발 서브넷 ${sourceSubnet.name}`, connection.protocol, CLIENT_EPHEMERAL_PORT, target);
      if (!back.pass) return finish('nacl-out', `${stateless} ${back.reason}`);
    }
    record('nacl-out', { pass: true, reason: `${out.reason} ${stateless}` });
  }

  return { reached: true, hops, matchedRule: first.r };
}
