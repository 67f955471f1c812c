// Missions: short goals, each a predicate over the session log, with a hint and a lesson link.
import type { LessonAnchor } from './anchors.ts';
import type { LogEntry, Session } from './session.ts';
import type { InstanceConfig } from './types.ts';

export interface Mission {
  id: string;
  title: string;
  hint: string;
  anchor: LessonAnchor;
  /** Launch options that make the mission possible (offered as "이 설정으로 다시 시작"). */
  config: Partial<InstanceConfig>;
  done: (log: readonly LogEntry[]) => boolean;
}

/** The public IP before each stop/hibernate, matched with the one after the next start settles. */
function restarts(log: readonly LogEntry[]): { before: string | null; after: string | null }[] {
  const out: { before: string | null; after: string | null }[] = [];
  let pending: string | null | undefined;
  for (const e of log) {
    if (e.kind === 'action' && (e.path === 'stop' || e.path === 'hibernate')) pending = e.before?.publicIp ?? null;
    if (e.kind === 'settle' && e.path === 'start' && e.after?.state === 'running' && pending !== undefined) {
      out.push({ before: pending, after: e.after.publicIp });
      pending = undefined;
    }
  }
  return out;
}

export const MISSIONS: readonly Mission[] = [
  {
    id: 'restart-keep-ip',
    title: '퍼블릭 IP를 바꾸지 않고 인스턴스를 재시작하라',
    hint: '재부팅은 같은 호스트에서 주소를 그대로 둡니다. 중지 후 시작하면서도 주소를 지키려면 탄력적 IP가 필요합니다.',
    anchor: 'publicIp',
    config: {},
    done: (log) =>
      log.some((e) => e.kind === 'action' && e.path === 'reboot') ||
      restarts(log).some((r) => r.before !== null && r.before === r.after),
  },
  {
    id: 'new-public-ip',
    title: '중지했다가 다시 시작해 새 퍼블릭 IP를 받아라',
    hint: 'EBS 루트 인스턴스를 중지하고, stopped가 된 뒤 시작하세요. 탄력적 IP가 있으면 주소가 바뀌지 않습니다.',
    anchor: 'publicIp',
    config: { rootDevice: 'ebs', elasticIp: false, stopProtection: false },
    done: (log) => restarts(log).some((r) => r.before !== null && r.after !== null && r.before !== r.after),
  },
  {
    id: 'hibernate-no-bill',
    title: 'RAM을 보존한 채 요금이 나가지 않게 하라',
    hint: '시작하기 전에 최대 절전을 켜야 합니다(EBS 루트). 실행 중에 최대 절전을 누르고 stopped가 될 때까지 기다리세요. stopping 동안에는 아직 요금이 나갑니다.',
    anchor: 'hibernation',
    config: { rootDevice: 'ebs', hibernationEnabled: true, stopProtection: false },
    done: (log) =>
      log.some((e) => e.after !== null && e.after.state === 'stopped' && e.after.ramSavedToRoot && !e.after.billed),
  },
  {
    id: 'instance-store-stop',
    title: '인스턴스 스토어 루트 인스턴스를 중지해 보고 왜 안 되는지 확인하라',
    hint: '루트 디바이스를 인스턴스 스토어로 골라 시작한 뒤, 실행 중에 중지를 눌러 보세요.',
    anchor: 'instanceStoreRoot',
    config: { rootDevice: 'instance-store', hibernationEnabled: false, stopProtection: false, market: 'on-demand' },
    done: (log) => log.some((e) => e.kind === 'refusal' && e.action === 'stop' && e.error?.code === 'instance-store-root'),
  },
  {
    id: 'os-shutdown-beats-protection',
    title: '종료 방지를 켠 인스턴스를 종료하라',
    hint: '종료 방지는 API·콘솔의 종료만 막습니다. 운영 체제 종료 동작을 terminate로 두고 OS에서 종료해 보세요.',
    anchor: 'osShutdown',
    config: { terminationProtection: true, shutdownBehavior: 'terminate', market: 'on-demand' },
    done: (log) =>
      log.some(
        (e) => e.kind === 'action' && e.action === 'os-shutdown' && e.path === 'terminate' && e.before?.config.terminationProtection === true,
      ),
  },
  {
    id: 'keep-root-volume',
    title: '인스턴스를 종료한 뒤에도 루트 볼륨을 남겨라',
    hint: 'EBS 루트 볼륨은 기본으로 종료와 함께 삭제됩니다. 시작할 때 "종료 시 루트 볼륨 삭제"를 끄세요.',
    anchor: 'differences',
    config: { rootDevice: 'ebs', deleteRootOnTermination: false, terminationProtection: false },
    done: (log) => log.some((e) => e.after?.state === 'terminated' && e.after.rootVolume === 'kept'),
  },
  {
    id: 'minimum-minute',
    title: '1분도 안 돼 중지해서 최소 1분 요금을 확인하라',
    hint: 'running이 된 뒤 시간을 보내지 말고 바로 중지하세요. 청구 시간은 60초로 올려 계산됩니다.',
    anchor: 'billing',
    config: { rootDevice: 'ebs', stopProtection: false },
    done: (log) =>
      log.some((e) =>
        (e.after?.billing ?? []).some(
          (p) => p.end !== null && (p.closedBy === 'stop' || p.closedBy === 'hibernate') && p.end - p.start < 60,
        ),
      ),
  },
  {
    id: 'spot-hibernate',
    title: '스팟 중단을 받아도 RAM이 남게 하라',
    hint: '구매 옵션을 스팟으로, 중단 동작을 hibernate로 골라 시작한 뒤 스팟 중단을 일으키세요.',
    anchor: 'spot',
    config: {
      rootDevice: 'ebs',
      market: 'spot',
      spotInterruptionBehavior: 'hibernate',
      terminationProtection: false,
      stopProtection: false,
    },
    done: (log) =>
      log.some((e) => e.after !== null && e.after.state === 'stopped' && e.after.stoppedBySpotInterruption && e.after.ramSavedToRoot),
  },
];

export function missionStatus(session: Session): Record<string, boolean> {
  const out: Record<string, boolean> = {};
  for (const m of MISSIONS) out[m.id] = m.done(session.log);
  return out;
}
