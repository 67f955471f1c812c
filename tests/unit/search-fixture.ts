// Fixed fixture mirroring the real content (lesson sections, glossary with abbreviations, question prompts).
// Slugs are what github-slugger makes of the Korean headings.
import { buildEntries, TOOL_ENTRIES, type GlossaryInput, type LessonInput, type QuestionFileInput } from '../../src/lib/search/index.ts';

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s/g, '-');

function lesson(id: string, title: string, sections: [depth: number, heading: string, text: string][]): LessonInput {
  return {
    id,
    title,
    description: `${title} 레슨입니다. 핵심 개념과 콘솔 사용법을 배웁니다.`,
    headings: sections.map(([depth, text]) => ({ depth, text, slug: slug(text) })),
    body: [
      "import Callout from '../../components/Callout.astro';",
      '',
      `${title}의 개요입니다.`,
      ...sections.flatMap(([depth, heading, text]) => ['', `${'#'.repeat(depth)} ${heading}`, '', text]),
    ].join('\n'),
  };
}

export const LESSONS: LessonInput[] = [
  lesson('ec2-basics', 'EC2 소개', [
    [2, 'EC2란 무엇인가', 'Amazon EC2는 클라우드에서 크기를 조정할 수 있는 **가상 서버**를 제공합니다.'],
    [2, '리전과 가용 영역', '각 리전은 여러 개의 [가용 영역](https://docs.aws.amazon.com/)으로 이루어집니다.'],
  ]),
  lesson('instance-types', '인스턴스 유형', [
    [2, '인스턴스 유형 이름 규칙', '`m7g.large`에서 m은 패밀리, 7은 세대, g는 Graviton 프로세서, large는 크기입니다.'],
    [2, '범용 인스턴스', 'M 패밀리와 T 패밀리는 컴퓨팅, 메모리, 네트워킹 균형이 맞습니다.'],
    [2, '컴퓨팅 최적화 인스턴스', 'C 패밀리는 고성능 프로세서가 필요한 배치 작업에 알맞습니다.'],
    [2, '버스터블 인스턴스와 CPU 크레딧', 'T 인스턴스는 CPU 크레딧을 모아 두었다가 부하가 높을 때 씁니다.'],
  ]),
  lesson('ami', 'AMI', [
    [2, 'AMI란', 'AMI는 루트 볼륨 템플릿, 시작 권한, 블록 디바이스 매핑을 담습니다.'],
    [2, 'AMI 만들기', '실행 중인 인스턴스에서 이미지를 만들 수 있습니다.'],
  ]),
  lesson('lifecycle', '인스턴스 수명 주기', [
    [2, '인스턴스 상태', 'pending, running, stopping, stopped, shutting-down, terminated 상태가 있습니다.'],
    [2, '중지와 최대 절전', '최대 절전 모드는 메모리 내용을 EBS 루트 볼륨에 저장합니다.'],
    [3, '종료 보호', '실수로 인스턴스를 종료하지 않도록 막습니다.'],
  ]),
  lesson('security-groups', '보안 그룹과 키 페어', [
    [2, '보안 그룹 규칙', '보안 그룹은 상태 저장 방화벽으로, 허용 규칙만 둘 수 있습니다.'],
    [2, '인바운드와 아웃바운드', '인바운드 규칙은 들어오는 트래픽을 허용합니다.'],
    [2, '키 페어', 'SSH로 접속할 때 프라이빗 키를 씁니다. 퍼블릭 키는 인스턴스에 저장됩니다.'],
  ]),
  lesson('storage', 'EC2 스토리지', [
    [2, 'EBS 볼륨', '네트워크로 연결된 블록 스토리지로, 인스턴스를 중지해도 데이터가 남습니다.'],
    [2, '인스턴스 스토어', '호스트 컴퓨터에 물리적으로 붙은 임시 블록 스토리지입니다. 인스턴스를 중지하면 데이터가 사라집니다.'],
    [2, '스냅샷', 'EBS 볼륨의 특정 시점 백업을 S3에 증분으로 저장합니다.'],
  ]),
  lesson('pricing', '구매 옵션', [
    [2, '온디맨드 인스턴스', '약정 없이 초 단위로 요금을 냅니다.'],
    [2, '스팟 인스턴스', '남는 용량을 최대 90% 할인된 가격에 씁니다. 2분 전에 중단 알림을 받습니다.'],
    [2, '예약 인스턴스', '1년 또는 3년 약정으로 할인을 받습니다.'],
    [2, 'Savings Plans', '시간당 사용 금액을 약정합니다.'],
  ]),
  lesson('metadata', '인스턴스 메타데이터와 사용자 데이터', [
    [2, 'IMDSv2로 메타데이터 보호', '세션 토큰을 먼저 PUT 요청으로 받아야 메타데이터를 읽을 수 있습니다.'],
    [2, '사용자 데이터', '인스턴스를 처음 시작할 때 실행할 스크립트를 넘깁니다.'],
  ]),
  lesson('launch-templates', '시작 템플릿', [
    [2, '시작 템플릿 만들기', 'AMI, 인스턴스 유형, 키 페어, 보안 그룹을 한 번에 정해 둡니다.'],
    [2, '시작 템플릿 버전', '템플릿은 버전을 매겨 바꿉니다. 기본 버전을 지정할 수 있습니다.'],
  ]),
  lesson('auto-scaling', '오토 스케일링', [
    [2, 'Auto Scaling 그룹', '최소, 원하는, 최대 용량 사이에서 인스턴스 수를 유지합니다.'],
    [2, '조정 정책', '대상 추적 조정 정책은 CPU 사용률 같은 지표를 목표값에 맞춥니다.'],
    [2, '수명 주기 후크', '인스턴스가 시작되거나 종료될 때 잠시 멈추고 작업을 실행합니다.'],
  ]),
  lesson('load-balancing', '로드 밸런싱', [
    [2, '로드 밸런서 종류', 'Elastic Load Balancing에는 ALB, NLB, GWLB가 있습니다.'],
    [2, 'Application Load Balancer', 'HTTP와 HTTPS 요청을 경로와 호스트 기준으로 라우팅합니다.'],
    [2, 'Network Load Balancer', 'TCP와 UDP 트래픽을 매우 낮은 지연 시간으로 처리합니다.'],
    [2, '대상 그룹 상태 확인', '로드 밸런서는 상태 확인에 실패한 대상으로 트래픽을 보내지 않습니다.'],
  ]),
  lesson('networking', 'VPC와 네트워크', [
    [2, '탄력적 네트워크 인터페이스', 'ENI는 VPC 안의 가상 네트워크 카드입니다.'],
    [2, '탄력적 IP 주소', '고정 퍼블릭 IPv4 주소입니다.'],
    [2, '배치 그룹', '클러스터, 분산, 파티션 배치 전략이 있습니다.'],
  ]),
];

const t = (id: string, ko: string, en: string, abbr: string | undefined, aliases: string[], lessonId: string, section: string): GlossaryInput => ({
  id,
  ko,
  en,
  abbr,
  aliases,
  definition: `${ko}(${en})의 정의입니다.`,
  lesson: lessonId,
  section: slug(section),
});

export const GLOSSARY: GlossaryInput[] = [
  t('asg', '오토 스케일링 그룹', 'Auto Scaling group', 'ASG', ['오토스케일링 그룹', '오토 스케일링'], 'auto-scaling', 'Auto Scaling 그룹'),
  t('elb', '탄력적 로드 밸런싱', 'Elastic Load Balancing', 'ELB', ['로드 밸런서', '로드밸런서'], 'load-balancing', '로드 밸런서 종류'),
  t('alb', '애플리케이션 로드 밸런서', 'Application Load Balancer', 'ALB', [], 'load-balancing', 'Application Load Balancer'),
  t('nlb', '네트워크 로드 밸런서', 'Network Load Balancer', 'NLB', [], 'load-balancing', 'Network Load Balancer'),
  t('ami', '아마존 머신 이미지', 'Amazon Machine Image', 'AMI', ['머신 이미지'], 'ami', 'AMI란'),
  t('ebs', '엘라스틱 블록 스토어', 'Amazon Elastic Block Store', 'EBS', ['EBS 볼륨'], 'storage', 'EBS 볼륨'),
  t('imds', '인스턴스 메타데이터 서비스', 'Instance Metadata Service', 'IMDS', ['IMDSv2', '메타데이터'], 'metadata', 'IMDSv2로 메타데이터 보호'),
  t('eni', '탄력적 네트워크 인터페이스', 'Elastic Network Interface', 'ENI', [], 'networking', '탄력적 네트워크 인터페이스'),
  t('ri', '예약 인스턴스', 'Reserved Instance', 'RI', [], 'pricing', '예약 인스턴스'),
  t('sg', '보안 그룹', 'Security group', 'SG', [], 'security-groups', '보안 그룹 규칙'),
  t('spot', '스팟 인스턴스', 'Spot Instance', undefined, [], 'pricing', '스팟 인스턴스'),
  t('on-demand', '온디맨드 인스턴스', 'On-Demand Instance', undefined, [], 'pricing', '온디맨드 인스턴스'),
  t('instance-store', '인스턴스 스토어', 'Instance store', undefined, ['임시 스토리지'], 'storage', '인스턴스 스토어'),
  t('launch-template', '시작 템플릿', 'Launch template', undefined, ['런치 템플릿'], 'launch-templates', '시작 템플릿 만들기'),
  t('key-pair', '키 페어', 'Key pair', undefined, ['키페어'], 'security-groups', '키 페어'),
  t('snapshot', '스냅샷', 'Snapshot', undefined, [], 'storage', '스냅샷'),
  t('az', '가용 영역', 'Availability Zone', 'AZ', [], 'ec2-basics', '리전과 가용 영역'),
  t('eip', '탄력적 IP 주소', 'Elastic IP address', 'EIP', [], 'networking', '탄력적 IP 주소'),
  t('user-data', '사용자 데이터', 'User data', undefined, [], 'metadata', '사용자 데이터'),
  t('placement-group', '배치 그룹', 'Placement group', undefined, [], 'networking', '배치 그룹'),
  t('burstable', '버스터블 성능 인스턴스', 'Burstable performance instance', undefined, ['버스터블 인스턴스'], 'instance-types', '버스터블 인스턴스와 CPU 크레딧'),
  t('hibernate', '최대 절전 모드', 'Hibernate', undefined, [], 'lifecycle', '중지와 최대 절전'),
  t('target-group', '대상 그룹', 'Target group', undefined, [], 'load-balancing', '대상 그룹 상태 확인'),
  t('scaling-policy', '조정 정책', 'Scaling policy', undefined, ['스케일링 정책'], 'auto-scaling', '조정 정책'),
  t('lifecycle-hook', '수명 주기 후크', 'Lifecycle hook', undefined, [], 'auto-scaling', '수명 주기 후크'),
];

export const QUESTIONS: QuestionFileInput[] = [
  {
    lesson: 'pricing',
    questions: [
      { id: 'pricing-spot-01', section: slug('스팟 인스턴스'), prompt: '스팟 인스턴스는 회수되기 몇 분 전에 중단 알림을 받나요?' },
      { id: 'pricing-ri-01', section: slug('예약 인스턴스'), prompt: '예약 인스턴스의 약정 기간으로 고를 수 있는 것은?' },
    ],
  },
  {
    lesson: 'storage',
    questions: [
      { id: 'storage-store-01', section: slug('인스턴스 스토어'), prompt: '인스턴스를 중지하면 `인스턴스 스토어` 볼륨의 데이터는 어떻게 되나요?' },
    ],
  },
  {
    lesson: 'security-groups',
    questions: [
      { id: 'sg-stateful-01', section: slug('보안 그룹 규칙'), prompt: '보안 그룹이 상태 저장(stateful)이라는 말의 뜻은?' },
    ],
  },
  {
    lesson: 'auto-scaling',
    questions: [
      { id: 'asg-capacity-01', section: slug('Auto Scaling 그룹'), prompt: 'Auto Scaling 그룹의 원하는 용량이 최대 용량보다 클 수 있나요?' },
      { id: 'asg-hook-01', section: slug('수명 주기 후크'), prompt: '종료 직전에 로그를 내보내려면 무엇을 쓰나요?' },
    ],
  },
  {
    lesson: 'metadata',
    questions: [{ id: 'imds-token-01', section: slug('IMDSv2로 메타데이터 보호'), prompt: 'IMDSv2에서 메타데이터를 읽기 전에 받아야 하는 것은?' }],
  },
];

export const ENTRIES = buildEntries({ lessons: LESSONS, glossary: GLOSSARY, questions: QUESTIONS, tools: TOOL_ENTRIES });
