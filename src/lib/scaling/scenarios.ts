// Guided scenarios: a question, what to watch, settings and planned events, and the lesson sections
// that explain the answer. Events without an instance id pick one at random (seeded).
import {
  DEFAULT_CONFIG,
  DEFAULT_STEP_POLICY,
  WEEKDAY_WEEKEND_SCHEDULE,
  type ScalingConfig,
} from './config.ts';
import type { LessonLinkId } from './lesson-links.ts';
import type { PlannedEvent } from './simulation.ts';

export interface GuidedScenario {
  readonly id: string;
  readonly title: string;
  readonly question: string;
  /** What to look at while it runs. */
  readonly watch: readonly string[];
  /** Revealed on request. */
  readonly answer: string;
  readonly config: ScalingConfig;
  readonly events: readonly PlannedEvent[];
  /** Suggested run length in simulated seconds (the lab pauses there). */
  readonly durationSeconds: number;
  readonly speed: number;
  readonly links: readonly LessonLinkId[];
}

const MIN = 60;
const HOUR = 3600;
const flat = (rps: number) => ({ ...DEFAULT_CONFIG.traffic, curve: 'flat' as const, baseRps: rps });

export const SCENARIOS: readonly GuidedScenario[] = [
  {
    id: 'lunch-peak',
    title: '점심 피크에 몇 대까지 늘어나는가',
    question: '노트의 기본 설정(t2.nano, 최소 1·원하는 1·최대 10, 평균 CPU 50 % 대상 추적)으로 카페의 하루를 돌립니다. 점심 피크에 인스턴스는 몇 대까지 늘어나고, 언제 다시 줄어드나요?',
    watch: [
      'CPU가 50 %를 3분 연속 넘으면 곧바로 원하는 용량이 늘어납니다(빠른 확장).',
      '새 인스턴스는 시작(Pending)·부팅·대상 등록을 거쳐야 트래픽을 받습니다. 그동안 CPU가 대상보다 높게 머뭅니다.',
      '피크가 지나도 CPU가 45 % 아래로 15분 내리 머물러야 줄어듭니다(느린 축소).',
    ],
    answer: '피크 요청량 약 200 rps를 한 대가 50 % CPU로 처리하는 양(약 24 rps)으로 나누면 8~9대입니다. 시뮬레이션은 12시 30분 전후에 최대 용량 10 가까이 올라갔다가, 오후에 15분짜리 축소 경보가 울릴 때마다 단계적으로 줄어 밤에는 최소 용량 1로 돌아옵니다.',
    config: DEFAULT_CONFIG,
    events: [],
    durationSeconds: 16 * HOUR,
    speed: 300,
    links: ['targetTracking', 'capacity'],
  },
  {
    id: 'elb-health-replace',
    title: 'ELB 상태 확인이 고장 난 인스턴스를 교체한다',
    question: '인스턴스 두 대 중 한 대의 웹 앱이 고장 나면(상태 확인 경로가 오류를 돌려주면) 그룹은 무엇을 하나요? 상태 확인 유형은 ELB입니다.',
    watch: [
      '대상 그룹에서 그 대상이 연속 2번 실패하면 unhealthy가 되고 트래픽이 끊깁니다.',
      '그룹이 ELB 상태 확인을 쓰므로 인스턴스가 Unhealthy로 표시되고 종료·교체됩니다. 활동 기록의 원인 문장을 보세요.',
    ],
    answer: 'ELB 상태 확인 실패 약 1분 뒤 활동 기록에 "Terminating EC2 instance … in response to an ELB system health check failure"가 남고, 곧바로 "Launching a new EC2 instance"로 새 인스턴스가 시작됩니다. 새 인스턴스가 healthy가 될 때까지 남은 한 대가 모든 요청을 받습니다.',
    config: { ...DEFAULT_CONFIG, min: 2, desired: 2, traffic: flat(30), startAt: '2026-11-23T01:00:00Z' },
    events: [{ at: 10 * MIN, action: { type: 'failHealth' } }],
    durationSeconds: 40 * MIN,
    speed: 60,
    links: ['healthChecks', 'elbTargetGroups'],
  },
  {
    id: 'ec2-only-health',
    title: '헬스 체크를 EC2로만 두면 어떤 일이 생기는가',
    question: '같은 고장을 상태 확인 유형 EC2(기본값)로 두고 재현합니다. 고장 난 인스턴스는 교체되나요?',
    watch: [
      '로드 밸런서는 여전히 그 대상을 unhealthy로 보고 트래픽을 보내지 않습니다.',
      '그러나 EC2 상태 검사는 통과하므로 그룹은 Healthy로 보고 교체하지 않습니다.',
      '고장 난 인스턴스의 낮은 CPU가 그룹 평균을 끌어내려, 남은 한 대가 바빠도 확장이 늦어집니다.',
    ],
    answer: '교체되지 않습니다. 그 인스턴스는 트래픽 없이 InService·Healthy로 남아 요금만 나가고, 실제로 일하는 서버는 한 대뿐입니다. 노트처럼 EC2와 ELB 상태 확인을 둘 다 켜야(유형 ELB) 자동 교체됩니다.',
    config: { ...DEFAULT_CONFIG, min: 2, desired: 2, healthCheckType: 'EC2', traffic: flat(30), startAt: '2026-11-23T01:00:00Z' },
    events: [{ at: 10 * MIN, action: { type: 'failHealth' } }],
    durationSeconds: 40 * MIN,
    speed: 60,
    links: ['healthChecks', 'elbTargetGroups'],
  },
  {
    id: 'max-two',
    title: '최대 용량을 2로 줄이면',
    question: '최대 용량을 10에서 2로 줄이고 같은 점심 피크를 보냅니다. 무엇이 한계에 부딪히나요?',
    watch: [
      '원하는 용량이 2에서 멈춥니다. 대상 추적 정책은 최대 용량을 넘을 수 없습니다.',
      'CPU가 100 %에 붙고 응답 시간 지표와 오류율이 치솟습니다.',
    ],
    answer: '피크 동안 두 대가 100 % CPU로 버티며 처리 못 한 요청은 오류가 됩니다. 최대 용량은 비용 상한이자 가용성 한계입니다. 비용은 줄지만 피크를 감당할 수 없습니다.',
    config: { ...DEFAULT_CONFIG, max: 2, startAt: '2026-11-23T01:00:00Z' },
    events: [],
    durationSeconds: 8 * HOUR,
    speed: 300,
    links: ['capacity', 'targetTracking'],
  },
  {
    id: 'weekday-weekend',
    title: '평일 3대, 주말 1대 예약',
    question: '노트의 예약: 평일에는 서버 3대, 주말에는 1대. 금요일 저녁에 시작해 월요일 아침까지 돌리면 언제 용량이 바뀌나요?',
    watch: [
      '토요일 00:00에 예약된 작업이 최소·원하는 용량을 1로 바꿉니다.',
      '월요일 00:00에 최소·원하는 용량이 3으로 올라가고 두 대가 새로 시작됩니다.',
      '대상 추적 정책은 그대로 동작하지만 최소 용량 아래로는 줄이지 않습니다.',
    ],
    answer: '토요일 0시에 "a scheduled action update … changing the desired capacity from 3 to 1"로 두 대가 종료되고, 월요일 0시에 1에서 3으로 늘어납니다. 예약은 최소 용량까지 바꾸므로 주중에 대상 추적이 3대 아래로 줄이지 못합니다.',
    config: {
      ...DEFAULT_CONFIG,
      min: 3,
      desired: 3,
      startAt: '2026-11-27T09:00:00Z',
      scheduledActions: WEEKDAY_WEEKEND_SCHEDULE,
      traffic: { ...DEFAULT_CONFIG.traffic, peakRps: 90, weekendFactor: 0.3 },
    },
    events: [],
    durationSeconds: 62 * HOUR,
    speed: 600,
    links: ['scheduled', 'capacity'],
  },
  {
    id: 'zone-failure',
    title: '가용 영역 하나가 멈추면',
    question: '세 영역에 두 대씩 여섯 대가 있습니다. ap-northeast-2a가 멈추면 그룹은 어디에 새 인스턴스를 띄우고, 영역이 돌아오면 무엇을 하나요?',
    watch: [
      '2a의 대상은 로드 밸런서 상태 확인에 실패하고, 그룹은 이들을 Unhealthy로 보고 교체합니다.',
      '교체분은 정상인 2b, 2c에 나뉘어 뜹니다.',
      '2a가 복구되면 그룹이 2a에 먼저 띄우고(최대 용량을 잠시 넘을 수 있음) 가장 많은 영역에서 하나씩 종료해 균형을 맞춥니다.',
    ],
    answer: '그룹이 ELB 상태 확인을 쓰므로 약 30초~1분 뒤 2a의 두 대가 "in response to an ELB system health check failure"로 종료되고 교체분이 2b·2c에 떠 3·3이 됩니다(EC2 상태 확인만 쓰면 상태 검사 손상 허용 시간 뒤에 같은 일이 생깁니다). 복구 후에는 "instances were launched to balance instances in zones ap-northeast-2a …"가 기록되고, 2b·2c에서 한 대씩 빠져 다시 2·2·2가 됩니다.',
    config: { ...DEFAULT_CONFIG, min: 6, desired: 6, traffic: flat(120), startAt: '2026-11-23T01:00:00Z' },
    events: [
      { at: 15 * MIN, action: { type: 'failZone', zone: 'ap-northeast-2a' } },
      { at: 60 * MIN, action: { type: 'restoreZone', zone: 'ap-northeast-2a' } },
    ],
    durationSeconds: 2 * HOUR,
    speed: 120,
    links: ['azBalance', 'healthChecks'],
  },
  {
    id: 'step-spike',
    title: '급증에 단계 조정으로 대응하기',
    question: '오전 10시에 트래픽이 20분 동안 급증합니다. 단계 조정(CPU 60 % 이상 +1, 80 % 이상 +3)은 몇 대를 얼마나 빨리 더하나요?',
    watch: [
      '경보 초과 폭이 크면 더 큰 단계가 적용됩니다.',
      '워밍업 중인 인스턴스가 있으면 같은 단계에서 다시 울려도 더 추가하지 않습니다.',
      '급증이 끝나면 CPU 30 % 이하 경보로 한 대씩 줄입니다.',
    ],
    answer: '급증이 시작되고 2분(평가 기간) 뒤 CPU가 100 %에 붙어 +3이 적용되고, 워밍업이 끝난 뒤에도 높으면 또 더합니다. 새 인스턴스가 트래픽을 받기까지 몇 분이 걸리므로 20분짜리 급증의 앞부분은 기존 서버가 과부하로 버팁니다.',
    config: { ...DEFAULT_CONFIG, policy: DEFAULT_STEP_POLICY, startAt: '2026-11-23T00:30:00Z', traffic: { ...DEFAULT_CONFIG.traffic, curve: 'spike', baseRps: 20, peakRps: 160 } },
    events: [],
    durationSeconds: 3 * HOUR,
    speed: 120,
    links: ['stepScaling', 'targetTracking'],
  },
  {
    id: 'grace-zero',
    title: '유예 기간을 0초로 두면',
    question: '앱이 뜨는 데 2분이 걸리는데 상태 확인 유예 기간을 0초로 두고, 5분째에 원하는 용량을 1에서 2로 올립니다. 새 인스턴스는 어떻게 되나요?',
    watch: [
      '새 인스턴스가 앱 부팅 전에 ELB 상태 확인에 두 번 실패합니다.',
      '유예 기간이 없으니 그룹이 곧바로 Unhealthy로 보고 종료·교체합니다. 활동 기록을 보세요.',
    ],
    answer: '시작→실패→종료→재시작이 끝없이 반복됩니다. 유예 기간을 앱 부팅 시간보다 길게(기본 300초) 두면 멈춥니다. 설정에서 유예 기간을 300으로 바꿔 다시 실행해 보세요.',
    config: { ...DEFAULT_CONFIG, gracePeriodSeconds: 0, appBootSeconds: 120, traffic: flat(15), startAt: '2026-11-23T01:00:00Z' },
    events: [{ at: 5 * MIN, action: { type: 'setCapacity', min: 1, desired: 2, max: 10 } }],
    durationSeconds: 40 * MIN,
    speed: 60,
    links: ['healthChecks', 'elbTargetGroups'],
  },
  {
    id: 'scale-in-order',
    title: '축소할 때는 어떤 인스턴스가 먼저 꺼지는가',
    question: '여섯 대가 도는 중 시작 템플릿을 t3.micro로 바꾸고, 원하는 용량을 6에서 3으로 줄입니다. 어느 인스턴스가 종료되나요?',
    watch: [
      '먼저 인스턴스가 가장 많은 영역을 고릅니다.',
      '그 안에서 오래된 구성(이전 시작 템플릿)의 인스턴스를 고릅니다.',
      '그래도 같으면 다음 청구 시간에 가장 가까운 인스턴스, 마지막은 무작위입니다.',
    ],
    answer: '시작 템플릿을 바꿔도 기존 t2.nano는 그대로입니다. 축소 때는 영역 균형을 지키며(2·2·2 → 1·1·1) 각 영역의 t2.nano부터 종료합니다. 모든 인스턴스가 t2.nano이므로 여기서는 다음 청구 시간에 가까운 것이 뽑힙니다.',
    config: { ...DEFAULT_CONFIG, min: 1, desired: 6, policy: { kind: 'none' }, traffic: flat(60), startAt: '2026-11-23T01:00:00Z' },
    events: [
      { at: 10 * MIN, action: { type: 'setInstanceType', instanceType: 't3.micro' } },
      { at: 20 * MIN, action: { type: 'setCapacity', min: 1, desired: 3, max: 10 } },
    ],
    durationSeconds: 40 * MIN,
    speed: 60,
    links: ['terminationPolicy', 'azBalance'],
  },
];

export type ScenarioId = (typeof SCENARIOS)[number]['id'];

export function findScenario(id: string): GuidedScenario | undefined {
  return SCENARIOS.find((s) => s.id === id);
}
