// Missions: goals checked by the model against the lab's event log (never by the UI).
import { evaluate } from './evaluate.ts';
import { publicAddress } from './model.ts';
import type { AttemptId } from './table.ts';
import type { Evaluation, Instance, Network } from './types.ts';

export type LabEvent =
  | { kind: 'launch'; network: Network }
  | { kind: 'stop' | 'start' | 'associate-eip' | 'disassociate-eip' | 'terminate'; before: Instance; after: Instance | null }
  | { kind: 'attempt'; attempt: AttemptId; network: Network; result: Evaluation }
  | { kind: 'refusal'; action: string; message: string };

export interface LessonLink {
  href: string;
  label: string;
}

export interface Mission {
  id: string;
  title: string;
  hint: string;
  lesson: LessonLink;
  done: (log: readonly LabEvent[]) => boolean;
}

type AttemptEvent = Extract<LabEvent, { kind: 'attempt' }>;

function attempts(log: readonly LabEvent[], id: AttemptId): AttemptEvent[] {
  return log.filter((e): e is AttemptEvent => e.kind === 'attempt' && e.attempt === id);
}

/** Every inbound rule of the instance's groups that would admit TCP `port` refers to a security group. */
function onlyGroupReferences(network: Network, port: number): boolean {
  const instance = network.instance;
  if (instance === null) return false;
  const rules = network.securityGroups
    .filter((g) => instance.securityGroupIds.includes(g.id))
    .flatMap((g) => g.inbound)
    .filter((r) => (r.protocol === 'all' || r.protocol === 'tcp') && (r.protocol === 'all' || (r.fromPort <= port && port <= r.toPort)));
  return rules.length > 0 && rules.every((r) => r.peer.kind === 'sg');
}

/** Public address before each stop paired with the one after the next start. */
export function restarts(log: readonly LabEvent[]): { before: string | null; after: string | null }[] {
  const out: { before: string | null; after: string | null }[] = [];
  let pending: string | null | undefined;
  for (const e of log) {
    if (e.kind === 'stop') pending = publicAddress(e.before);
    if (e.kind === 'start' && pending !== undefined) {
      out.push({ before: pending, after: publicAddress(e.after) });
      pending = undefined;
    }
    if (e.kind === 'launch' || e.kind === 'terminate') pending = undefined;
  }
  return out;
}

const LAUNCHING = '/lessons/launching-instances/';
const NETWORKING = '/lessons/networking-and-security-groups/';

export const MISSIONS: readonly Mission[] = [
  {
    id: 'expose-web',
    title: '웹 서버를 인터넷에 공개하세요',
    hint: '노트 4의 세 조건입니다: 퍼블릭 서브넷(0.0.0.0/0 → igw 경로)에 두고, Auto-assign public IP를 Enable로 하고, 보안 그룹의 Inbound rules에 HTTP를 Anywhere-IPv4에서 허용하세요. 그다음 "인터넷의 아무나 HTTP"로 접속해 보세요.',
    lesson: { href: `${LAUNCHING}#서버를-인터넷에-공개하기`, label: '서버를 인터넷에 공개하기' },
    done: (log) => attempts(log, 'http-anyone').some((e) => e.result.reached),
  },
  {
    id: 'ssh-my-ip',
    title: 'SSH는 내 IP에서만 받으세요',
    hint: 'SSH 규칙의 Source를 Anywhere-IPv4(0.0.0.0/0)가 아니라 My IP(203.0.113.7/32)로 두세요. 내 PC에서는 접속되고 인터넷의 아무나는 막혀야 합니다.',
    lesson: { href: `${NETWORKING}#인바운드-규칙과-아웃바운드-규칙`, label: '인바운드 규칙과 아웃바운드 규칙' },
    done: (log) =>
      attempts(log, 'ssh-my-pc').some((e) => e.result.reached && !evaluate(e.network, { source: 'anyone', protocol: 'tcp', port: 22 }).reached),
  },
  {
    id: 'db-from-web-sg',
    title: 'DB 포트(3306)는 웹 서버의 보안 그룹에서만 받으세요',
    hint: 'Inbound rules에 MYSQL/Aurora 규칙을 추가하고 Source에 CIDR 대신 보안 그룹 sg-web을 고르세요. 3306을 IP 범위로 여는 규칙이 남아 있으면 완료되지 않습니다.',
    lesson: { href: `${NETWORKING}#다른-보안-그룹-참조하기`, label: '다른 보안 그룹 참조하기' },
    done: (log) => attempts(log, 'db-ec2-a').some((e) => e.result.reached && onlyGroupReferences(e.network, 3306)),
  },
  {
    id: 'public-subnet-no-ip',
    title: '퍼블릭 서브넷에 있어도 퍼블릭 IP가 없으면 접속되지 않는 것을 확인하세요',
    hint: '퍼블릭 서브넷을 고르고 Auto-assign public IP를 Disable로 바꿔 시작한 뒤 인터넷에서 접속해 보세요. 어느 단계에서 멈추는지 보세요.',
    lesson: { href: `${LAUNCHING}#퍼블릭-ip-주소`, label: '퍼블릭 IP 주소' },
    done: (log) =>
      log.some(
        (e) =>
          e.kind === 'attempt' &&
          !e.result.reached &&
          e.result.stoppedAt === 'public-address' &&
          e.network.vpc.subnets.find((s) => s.id === e.network.instance?.subnetId)?.kind === 'public',
      ),
  },
  {
    id: 'ip-survives-restart',
    title: '중지했다가 시작해도 바뀌지 않는 퍼블릭 IP를 만드세요',
    hint: '자동 할당 퍼블릭 IP는 중지하면 반납되고 시작할 때 새 주소를 받습니다. 탄력적 IP(Elastic IP)를 연결한 뒤 중지하고 시작해 보세요.',
    lesson: { href: `${NETWORKING}#탄력적-ip-주소`, label: '탄력적 IP 주소' },
    done: (log) => restarts(log).some((r) => r.before !== null && r.before === r.after),
  },
];

export function missionStatus(log: readonly LabEvent[]): Map<string, boolean> {
  return new Map(MISSIONS.map((m) => [m.id, m.done(log)]));
}
