// Activity history in the console's words (English, as the console shows it), each with a Korean gloss.
// A cause is one or more sentences: what changed the desired capacity, then what the group did about it.

export interface Phrase {
  readonly en: string;
  readonly ko: string;
}

import { withJosa } from '../korean.ts';

export type ActivityKind = 'launch' | 'terminate' | 'note';

/** What a note is about, for chart markers: a fault the learner (or a scenario) injected, or a recovery. */
export type NoteTag = 'fault' | 'recovery' | 'capacity';

/**
 * When something happened: the console's UTC ISO stamp for the English sentence, and the lab clock
 * (local time, e.g. "월 12:31:10 KST") for the Korean gloss, so the gloss agrees with the clock on screen.
 */
export interface Stamp {
  readonly utc: string;
  readonly local: string;
}

const to = (n: number): string => withJosa(String(n), '으로/로');

export interface ActivityEntry {
  readonly seq: number;
  /** Simulated seconds since the start. */
  readonly at: number;
  readonly kind: ActivityKind;
  readonly instanceId: string | null;
  readonly zone: string | null;
  /** Console "Description" column. */
  readonly description: Phrase;
  /** Console "Cause" column. */
  readonly cause: Phrase;
  /** Notes only: what kind of event it records (chart markers). */
  readonly tag?: NoteTag;
}

export function join(...parts: readonly Phrase[]): Phrase {
  return { en: parts.map((p) => p.en).join(' '), ko: parts.map((p) => p.ko).join(' ') };
}

export const describe = {
  launch: (id: string): Phrase => ({ en: `Launching a new EC2 instance: ${id}`, ko: `새 EC2 인스턴스 시작: ${id}` }),
  terminate: (id: string): Phrase => ({ en: `Terminating EC2 instance: ${id}`, ko: `EC2 인스턴스 종료: ${id}` }),
};

const constraints = (min: number, max: number, desired: number) => `min: ${min}, max: ${max}, desired: ${desired}`;

export const cause = {
  alarm: (at: Stamp, alarm: string, policy: string, from: number, toCount: number): Phrase => ({
    en: `At ${at.utc} a monitor alarm ${alarm} in state ALARM triggered policy ${policy} changing the desired capacity from ${from} to ${toCount}.`,
    ko: `${at.local}에 CloudWatch 경보(${alarm})가 ALARM 상태가 되어 조정 정책(${policy})을 실행했고, 원하는 용량이 ${from}에서 ${to(toCount)} 바뀌었습니다.`,
  }),
  userRequest: (at: Stamp, min: number, max: number, desired: number, from: number): Phrase => ({
    en: `At ${at.utc} a user request update of AutoScalingGroup constraints to ${constraints(min, max, desired)} changing the desired capacity from ${from} to ${desired}.`,
    ko: `${at.local}에 사용자가 그룹 용량을 최소 ${min}, 최대 ${max}, 원하는 용량 ${to(desired)} 바꿔 원하는 용량이 ${from}에서 ${to(desired)} 바뀌었습니다.`,
  }),
  scheduled: (at: Stamp, min: number, max: number, desired: number, from: number): Phrase => ({
    en: `At ${at.utc} a scheduled action update of AutoScalingGroup constraints to ${constraints(min, max, desired)} changing the desired capacity from ${from} to ${desired}.`,
    ko: `${at.local}에 예약된 작업이 그룹 용량을 최소 ${min}, 최대 ${max}, 원하는 용량 ${to(desired)} 바꿔 원하는 용량이 ${from}에서 ${to(desired)} 바뀌었습니다.`,
  }),
  started: (at: Stamp, from: number, toCount: number): Phrase => ({
    en: `At ${at.utc} an instance was started in response to a difference between desired and actual capacity, increasing the capacity from ${from} to ${toCount}.`,
    ko: `${at.local}에 원하는 용량과 실제 용량의 차이를 메우려고 인스턴스를 시작해 용량이 ${from}에서 ${to(toCount)} 늘었습니다.`,
  }),
  shrunk: (at: Stamp, from: number, toCount: number): Phrase => ({
    en: `At ${at.utc} an instance was taken out of service in response to a difference between desired and actual capacity, shrinking the capacity from ${from} to ${toCount}.`,
    ko: `${at.local}에 원하는 용량보다 실제 용량이 많아 인스턴스 하나를 서비스에서 빼 용량이 ${from}에서 ${to(toCount)} 줄었습니다.`,
  }),
  elbUnhealthy: (at: Stamp): Phrase => ({
    en: `At ${at.utc} an instance was taken out of service in response to an ELB system health check failure.`,
    ko: `${at.local}에 로드 밸런서(ELB) 상태 확인에 실패한 인스턴스를 서비스에서 뺐습니다.`,
  }),
  ec2Impaired: (at: Stamp): Phrase => ({
    en: `At ${at.utc} an instance was taken out of service in response to an EC2 instance status check failure.`,
    ko: `${at.local}에 EC2 인스턴스 상태 검사에 실패한 인스턴스를 서비스에서 뺐습니다.`,
  }),
  ec2Stopped: (at: Stamp): Phrase => ({
    en: `At ${at.utc} an instance was taken out of service in response to an EC2 health check indicating it has been terminated or stopped.`,
    ko: `${at.local}에 EC2 상태 확인에서 인스턴스가 종료되었거나 중지된 것으로 확인되어 서비스에서 뺐습니다.`,
  }),
  rebalanceLaunch: (at: Stamp, zones: readonly string[]): Phrase => ({
    en: `At ${at.utc} instances were launched to balance instances in zones ${zones.join(' ')} with other zones resulting in more than desired number of instances in the group.`,
    ko: `${at.local}에 영역 ${zones.join(', ')}의 인스턴스 수를 다른 영역과 맞추려고 인스턴스를 시작했습니다. 잠시 그룹이 원하는 용량보다 커집니다.`,
  }),
};
