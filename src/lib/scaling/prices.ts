// Launch-template instance types the lab offers: On-Demand price (data, sourced and dated) and the
// lab's own capacity assumption (requests per second one instance serves at 100 % CPU for the sample
// web app). Capacity is a teaching model, not an AWS figure; prices are AWS list prices.

export const PRICE_SOURCE = {
  url: 'https://aws.amazon.com/ec2/pricing/on-demand/',
  title: 'Amazon EC2 On-Demand 요금 (Linux, 시간당 USD)',
  region: 'ap-northeast-2',
  regionLabel: '아시아 태평양(서울)',
  /** Date these figures were written into the table; re-check the live page before quoting them. */
  recordedOn: '2026-11-22',
  note: 'Linux, 공유 테넌시, 세금 제외. 초 단위 과금(최소 60초). 로드 밸런서·EBS·데이터 전송 요금은 포함하지 않습니다.',
} as const;

export interface InstanceTypeSpec {
  readonly name: string;
  readonly vcpu: number;
  readonly memoryGiB: number;
  /** USD per hour, On-Demand, Linux, in PRICE_SOURCE.region. */
  readonly pricePerHour: number;
  /** Model assumption: requests/s served at 100 % CPU. */
  readonly capacityRps: number;
  readonly note: string;
}

export const INSTANCE_TYPES = {
  't2.nano': { name: 't2.nano', vcpu: 1, memoryGiB: 0.5, pricePerHour: 0.0072, capacityRps: 50, note: '노트의 시작 템플릿. 버스트 크레딧은 모델링하지 않습니다.' },
  't3.micro': { name: 't3.micro', vcpu: 2, memoryGiB: 1, pricePerHour: 0.013, capacityRps: 100, note: '버스트 가능 범용. 크레딧은 모델링하지 않습니다.' },
  'c5.large': { name: 'c5.large', vcpu: 2, memoryGiB: 4, pricePerHour: 0.096, capacityRps: 260, note: '컴퓨팅 최적화.' },
  'm5.large': { name: 'm5.large', vcpu: 2, memoryGiB: 8, pricePerHour: 0.118, capacityRps: 220, note: '범용.' },
} as const satisfies Record<string, InstanceTypeSpec>;

export type InstanceTypeName = keyof typeof INSTANCE_TYPES;
export const INSTANCE_TYPE_NAMES = Object.keys(INSTANCE_TYPES) as InstanceTypeName[];

export function isInstanceTypeName(value: string): value is InstanceTypeName {
  return Object.hasOwn(INSTANCE_TYPES, value);
}

/** EC2 per-second billing for Linux On-Demand: a 60-second minimum each time an instance starts. */
export function billedCost(seconds: number, pricePerHour: number): number {
  if (seconds <= 0) return 0;
  return (Math.max(60, seconds) * pricePerHour) / 3600;
}
