// The network diagram as data: shapes placed in a 400×300 viewBox, drawn from the model, and the same
// picture as sentences (the diagram's text alternative). The component only turns shapes into SVG.
import { publicAddress } from './model.ts';
import type { LaunchDraft } from './model.ts';
import type { HopId, Network, Subnet } from './types.ts';

export const DIAGRAM_VIEWBOX = { width: 400, height: 300 } as const;

interface Base {
  /** Stable name for tests and styling. */
  part: string;
  className: string;
  /** Hops this shape stands for: highlighted when an attempt stops there. */
  hops?: readonly HopId[];
}

export type Shape =
  | (Base & { kind: 'rect'; x: number; y: number; width: number; height: number; rx: number })
  | (Base & { kind: 'text'; x: number; y: number; text: string; anchor: 'start' | 'middle' | 'end' })
  | (Base & { kind: 'line'; x1: number; y1: number; x2: number; y2: number });

const SUBNET_BOX = { y: 102, width: 178, height: 188 } as const;

function subnetX(index: number): number {
  return index === 0 ? 18 : 204;
}

function defaultRoute(subnet: Subnet): string {
  const route = subnet.routes.find((r) => r.destination === '0.0.0.0/0');
  return route === undefined ? '0.0.0.0/0 경로 없음' : `0.0.0.0/0 → ${route.targetId}`;
}

/** Shapes for the current network; before launch, the instance is drawn dashed where the form would put it. */
export function diagramShapes(network: Network, draft: LaunchDraft): Shape[] {
  const shapes: Shape[] = [];
  const instance = network.instance;
  const placedIn = instance?.subnetId ?? draft.subnetId;
  shapes.push({ kind: 'rect', part: 'internet', className: 'nl-d-cloud', x: 10, y: 6, width: 380, height: 36, rx: 18 });
  shapes.push({ kind: 'text', part: 'internet-label', className: 'nl-d-label', x: 200, y: 29, text: '인터넷 · 내 PC 203.0.113.7 · 아무나', anchor: 'middle' });
  shapes.push({ kind: 'rect', part: 'vpc', className: 'nl-d-vpc', x: 8, y: 66, width: 384, height: 230, rx: 10 });
  shapes.push({ kind: 'text', part: 'vpc-label', className: 'nl-d-small', x: 16, y: 84, text: `VPC ${network.vpc.cidr}`, anchor: 'start' });
  if (network.vpc.internetGatewayId !== null) {
    shapes.push({ kind: 'line', part: 'igw-link', className: 'nl-d-link', x1: 200, y1: 42, x2: 200, y2: 54 });
    shapes.push({ kind: 'rect', part: 'igw', className: 'nl-d-igw', x: 150, y: 54, width: 100, height: 26, rx: 6, hops: ['route'] });
    shapes.push({ kind: 'text', part: 'igw-label', className: 'nl-d-igw-text', x: 200, y: 71, text: `IGW ${network.vpc.internetGatewayId}`, anchor: 'middle', hops: ['route'] });
  }
  network.vpc.subnets.slice(0, 2).forEach((subnet, index) => {
    const x = subnetX(index);
    const here = subnet.id === placedIn;
    shapes.push({ kind: 'rect', part: `subnet-${subnet.kind}`, className: `nl-d-subnet is-${subnet.kind}`, x, y: SUBNET_BOX.y, width: SUBNET_BOX.width, height: SUBNET_BOX.height, rx: 8 });
    shapes.push({ kind: 'text', part: `subnet-${subnet.kind}-label`, className: 'nl-d-label', x: x + 8, y: SUBNET_BOX.y + 17, text: `${subnet.kind === 'public' ? '퍼블릭' : '프라이빗'} 서브넷 ${subnet.cidr}`, anchor: 'start' });
    shapes.push({ kind: 'text', part: `route-${subnet.kind}`, className: 'nl-d-mono', x: x + 8, y: SUBNET_BOX.y + 34, text: defaultRoute(subnet), anchor: 'start', ...(here ? { hops: ['route'] as const } : {}) });
    const acl = subnet.networkAcl;
    shapes.push({
      kind: 'text',
      part: `nacl-${subnet.kind}`,
      className: acl.isDefault ? 'nl-d-small' : 'nl-d-small is-custom',
      x: x + 8,
      y: SUBNET_BOX.y + 50,
      text: acl.isDefault ? 'NACL 기본(모두 허용)' : `NACL ${acl.id} (규칙 ${acl.inbound.length}/${acl.outbound.length})`,
      anchor: 'start',
      ...(here ? { hops: ['nacl-in', 'nacl-out'] as const } : {}),
    });
  });
  // NAT gateway and EC2-A live in the public subnet.
  const publicIndex = network.vpc.subnets.findIndex((s) => s.kind === 'public');
  if (publicIndex >= 0 && publicIndex < 2) {
    const x = subnetX(publicIndex);
    if (network.vpc.natGatewayId !== null) {
      shapes.push({ kind: 'rect', part: 'nat', className: 'nl-d-box', x: x + 8, y: SUBNET_BOX.y + 60, width: 70, height: 34, rx: 6 });
      shapes.push({ kind: 'text', part: 'nat-label', className: 'nl-d-small', x: x + 43, y: SUBNET_BOX.y + 81, text: 'NAT GW', anchor: 'middle' });
    }
    for (const peer of network.peers.slice(0, 1)) {
      shapes.push({ kind: 'rect', part: 'ec2-a', className: 'nl-d-box', x: x + 86, y: SUBNET_BOX.y + 60, width: 84, height: 34, rx: 6 });
      shapes.push({ kind: 'text', part: 'ec2-a-label', className: 'nl-d-small', x: x + 128, y: SUBNET_BOX.y + 74, text: `${peer.name} · sg-web`, anchor: 'middle' });
      shapes.push({ kind: 'text', part: 'ec2-a-ip', className: 'nl-d-mono', x: x + 128, y: SUBNET_BOX.y + 88, text: peer.privateIp, anchor: 'middle' });
    }
  }
  const index = network.vpc.subnets.findIndex((s) => s.id === placedIn);
  if (index === 0 || index === 1) {
    const x = subnetX(index) + 8;
    const y = SUBNET_BOX.y + 106;
    const launched = instance !== null;
    const groups = launched ? instance.securityGroupIds : draft.securityGroupIds;
    const names = groups.map((id) => network.securityGroups.find((g) => g.id === id)?.name ?? id).join(', ') || '보안 그룹 없음';
    shapes.push({ kind: 'rect', part: 'sg', className: 'nl-d-sg', x, y, width: 162, height: 76, rx: 8, hops: ['sg-in', 'sg-out'] });
    shapes.push({ kind: 'text', part: 'sg-label', className: 'nl-d-small', x: x + 6, y: y + 13, text: `SG: ${names}`, anchor: 'start', hops: ['sg-in', 'sg-out'] });
    shapes.push({ kind: 'rect', part: 'instance', className: launched ? `nl-d-instance is-${instance.state}` : 'nl-d-instance is-draft', x: x + 6, y: y + 18, width: 150, height: 52, rx: 6, hops: ['instance'] });
    const name = launched ? `${instance.name} · ${instance.state}` : '시작 전 인스턴스';
    shapes.push({ kind: 'text', part: 'instance-name', className: 'nl-d-instance-text', x: x + 81, y: y + 33, text: name, anchor: 'middle', hops: ['instance'] });
    shapes.push({ kind: 'text', part: 'instance-private', className: 'nl-d-instance-mono', x: x + 81, y: y + 48, text: `프라이빗 ${launched ? instance.privateIp : '—'}`, anchor: 'middle' });
    const address = launched ? publicAddress(instance) : null;
    const publicText = launched ? `퍼블릭 ${address ?? '없음'}${instance.elasticIp !== null ? ' (EIP)' : ''}` : `퍼블릭 IP 자동 할당 ${draft.autoAssignPublicIp ? 'Enable' : 'Disable'}`;
    shapes.push({ kind: 'text', part: 'instance-public', className: 'nl-d-instance-mono', x: x + 81, y: y + 63, text: publicText, anchor: 'middle', hops: ['public-address'] });
  }
  return shapes;
}

/** The diagram in sentences, for the SVG's <desc> and the visible "글로 보기" list. */
export function describeNetwork(network: Network, draft: LaunchDraft): string[] {
  const lines: string[] = [];
  const igw = network.vpc.internetGatewayId;
  lines.push(`VPC ${network.vpc.cidr}에 ${igw !== null ? `인터넷 게이트웨이(${igw})가 연결되어 있습니다` : '인터넷 게이트웨이가 연결되어 있지 않습니다'}.`);
  for (const s of network.vpc.subnets) {
    const acl = s.networkAcl.isDefault ? '기본 네트워크 ACL(모두 허용)' : `사용자 지정 네트워크 ACL(Inbound 규칙 ${s.networkAcl.inbound.length}개, Outbound 규칙 ${s.networkAcl.outbound.length}개, 나머지는 거부)`;
    lines.push(`${s.kind === 'public' ? '퍼블릭' : '프라이빗'} 서브넷 ${s.name}(${s.cidr}): 라우팅 ${defaultRoute(s)}, ${acl}.`);
  }
  for (const p of network.peers) lines.push(`${p.name}: 퍼블릭 서브넷, 프라이빗 IP ${p.privateIp}, 보안 그룹 ${p.securityGroupIds.join(', ')}.`);
  const instance = network.instance;
  const subnetName = (id: string) => network.vpc.subnets.find((s) => s.id === id)?.name ?? '고르지 않음';
  if (instance === null) {
    lines.push(`아직 시작한 인스턴스가 없습니다. 시작 설정의 서브넷은 ${subnetName(draft.subnetId)}, Auto-assign public IP는 ${draft.autoAssignPublicIp ? 'Enable' : 'Disable'}입니다.`);
  } else {
    const groups = instance.securityGroupIds.map((id) => network.securityGroups.find((g) => g.id === id)?.name ?? id).join(', ');
    const address = instance.elasticIp !== null ? `탄력적 IP ${instance.elasticIp}` : instance.autoPublicIp !== null ? `자동 할당 퍼블릭 IPv4 ${instance.autoPublicIp}` : '퍼블릭 IPv4 없음';
    lines.push(`인스턴스 ${instance.name}(${instance.state}): 서브넷 ${subnetName(instance.subnetId)}, 프라이빗 IP ${instance.privateIp}, ${address}, 보안 그룹 ${groups}.`);
  }
  return lines;
}
