// Console step lists that lessons show (issue 16 §7): one typed table read by the lessons (ConsoleSteps.astro) and
// the tests, so a console label is written once, as the English AWS console shows it, next to the AWS page it was
// checked against.
//
// A step is Korean text in a small markup:
//   [[Label]]        a console label, or a path of labels "[[EC2 > Instances > Launch instances]]";
//                    every label must be listed in the procedure's `labels`;
//   **text**         emphasis;
//   `value`          something the learner types or picks (a name, a number, an instance type).
// Pure data and parsing: no DOM, no I/O.

export type ConsoleStep = string | { readonly text: string; readonly items: readonly string[] };

export interface ConsoleProcedure {
  /** What the list does, in Korean (the list's accessible name). */
  readonly title: string;
  /** The AWS documentation page whose console labels the steps follow. */
  readonly source: string;
  /** The console labels the steps may name, spelled as the console shows them. */
  readonly labels: readonly string[];
  readonly steps: readonly ConsoleStep[];
}

export type StepPart =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'label'; readonly text: string }
  | { readonly kind: 'strong'; readonly text: string }
  | { readonly kind: 'value'; readonly text: string };

const TOKEN = /\[\[(.+?)\]\]|\*\*(.+?)\*\*|`([^`]+)`/g;

/** Splits a step into text, console labels, emphasis and typed values. Unclosed markup stays text. */
export function parseStep(step: string): StepPart[] {
  const parts: StepPart[] = [];
  let last = 0;
  for (const match of step.matchAll(TOKEN)) {
    if (match.index > last) parts.push({ kind: 'text', text: step.slice(last, match.index) });
    const [, label, strong, value] = match;
    if (label !== undefined) parts.push({ kind: 'label', text: label });
    else if (strong !== undefined) parts.push({ kind: 'strong', text: strong });
    else parts.push({ kind: 'value', text: value ?? '' });
    last = match.index + match[0].length;
  }
  if (last < step.length) parts.push({ kind: 'text', text: step.slice(last) });
  return parts;
}

/** The console labels a step names; a path "A > B" names A and B. */
export function labelsIn(step: string): string[] {
  return parseStep(step)
    .filter((part) => part.kind === 'label')
    .flatMap((part) => part.text.split(' > ').map((label) => label.trim()));
}

/** A step's text as a reader sees it, without markup (for search and for the "not retyped" check). */
export function plainStep(step: string): string {
  return parseStep(step).map((part) => part.text).join('');
}

/** Every line of a step: the step itself and its sub-items. */
export function stepLines(step: ConsoleStep): string[] {
  return typeof step === 'string' ? [step] : [step.text, ...step.items];
}

const EC2_LAUNCH = 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-launch-instance-wizard.html';

/** The sections and fields of the console's Launch instance page (source: EC2_LAUNCH). */
export const LAUNCH_INSTANCE_LABELS = [
  'Name and tags', 'Name', 'Application and OS Images (Amazon Machine Image)', 'Instance type', 'Key pair (login)',
  'Network settings', 'Edit', 'Auto-assign public IP', 'Enable', 'Firewall (security groups)',
  'Select existing security group', 'Configure storage', 'Advanced details', 'IAM instance profile', 'User data',
  'Launch instance',
] as const;

export interface LaunchParameter {
  /** The parameter in Korean. */
  readonly parameter: string;
  /** Where the Launch instance page sets it: a label path in the step markup, e.g. "[[Advanced details > User data]]". */
  readonly location: string;
  readonly decides: string;
  readonly afterLaunch: string;
}

/** What each Launch instance setting decides and whether it can change after launch (the launching lesson's table). */
export const LAUNCH_PARAMETERS: readonly LaunchParameter[] = [
  { parameter: 'AMI', location: '[[Application and OS Images (Amazon Machine Image)]]', decides: 'OS, 미리 설치된 소프트웨어, 루트 볼륨의 원본', afterLaunch: '보통 새 인스턴스로 시작(루트 볼륨 교체는 예외)' },
  { parameter: '인스턴스 유형', location: '[[Instance type]]', decides: 'vCPU, 메모리, 네트워크 성능, 인스턴스 스토어', afterLaunch: '중지 후 가능' },
  { parameter: '네트워크 배치와 주소', location: '[[Network settings]]', decides: 'VPC, 서브넷(가용 영역), 퍼블릭 IP 자동 할당', afterLaunch: '서브넷은 불가, IP는 일부 가능' },
  { parameter: 'IAM 역할', location: '[[Advanced details > IAM instance profile]]', decides: '인스턴스 안의 앱이 쓸 AWS 권한', afterLaunch: '실행 중에도 가능' },
  { parameter: '사용자 데이터', location: '[[Advanced details > User data]]', decides: '첫 부팅 때 실행할 스크립트', afterLaunch: '중지 후 가능' },
  { parameter: '스토리지', location: '[[Configure storage]]', decides: '루트 볼륨과 추가 볼륨의 종류·크기', afterLaunch: '볼륨 추가·확장 가능' },
  { parameter: '보안 그룹', location: '[[Network settings > Firewall (security groups)]]', decides: '허용할 인바운드·아웃바운드 트래픽', afterLaunch: '실행 중에도 가능' },
  { parameter: '키 페어', location: '[[Key pair (login)]]', decides: 'SSH 로그인, Windows 관리자 암호 복호화', afterLaunch: '콘솔에서 교체 불가(OS 안에서 키 추가)' },
];
const ASG_CREATE = 'https://docs.aws.amazon.com/autoscaling/ec2/userguide/create-asg-launch-template.html';

export const CONSOLE_PROCEDURES = {
  'lab-prepare': {
    title: '실습 준비: 리전과 보안 그룹',
    source: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/creating-security-group.html',
    labels: ['EC2', 'Security Groups', 'Create security group', 'Inbound rules', 'HTTP', 'Source', 'Anywhere-IPv4', 'My IP'],
    steps: [
      'AWS 콘솔 오른쪽 위에서 실습할 **리전**을 고릅니다(예: 서울, `ap-northeast-2`). 모든 리소스는 같은 리전에 만듭니다.',
      '이 실습은 계정마다 리전별로 있는 **기본 VPC**(default VPC)와 그 퍼블릭 서브넷을 씁니다. 직접 만든 VPC를 쓴다면 서로 다른 가용 영역의 퍼블릭 서브넷이 두 개 이상 있어야 합니다(ALB 조건).',
      {
        text: '[[EC2 > Security Groups > Create security group]]에서 보안 그룹 두 개를 만듭니다.',
        items: [
          '`cafe-alb-sg`: [[Inbound rules]]에 [[HTTP]](80), [[Source]] `0.0.0.0/0` ([[Anywhere-IPv4]])',
          '`cafe-web-sg`: [[Inbound rules]]에 [[HTTP]](80), [[Source]]는 `cafe-alb-sg`(보안 그룹 ID). SSH가 필요하면 22번을 [[My IP]]에서만 허용합니다.',
        ],
      },
    ],
  },
  'lab-launch-source-instance': {
    title: '1단계: 원본 웹 서버 인스턴스 시작',
    source: EC2_LAUNCH,
    labels: [
      'EC2', 'Instances', 'Launch instances', 'Name', 'Application and OS Images (Amazon Machine Image)', 'Instance type',
      'Key pair (login)', 'Advanced details', 'IAM instance profile', 'Network settings', 'Edit', 'Auto-assign public IP',
      'Enable', 'Select existing security group', 'User data', 'Launch instance',
    ],
    steps: [
      '[[EC2 > Instances > Launch instances]]를 엽니다.',
      '[[Name]]에 `cafe-web-source`를 입력합니다.',
      '[[Application and OS Images (Amazon Machine Image)]] 섹션에서 `Amazon Linux 2023 AMI`를 고릅니다.',
      '[[Instance type]]은 `t3.micro`를 고릅니다(이유는 3단계에서 설명합니다).',
      '[[Key pair (login)]] 항목은 SSH로 접속할 계획이면 고릅니다. AWS Systems Manager Session Manager로 접속할 계획이면 비워 두고, [[Advanced details > IAM instance profile]]에 `AmazonSSMManagedInstanceCore` 정책이 붙은 역할을 지정합니다.',
      '[[Network settings]]에서 [[Edit]]을 누르고 기본 VPC의 퍼블릭 서브넷, [[Auto-assign public IP]]는 [[Enable]], [[Select existing security group]]에서 `cafe-web-sg`를 고릅니다. 이 인스턴스에 브라우저로 바로 접속해 보려면 잠시 `cafe-web-sg`에 80번을 My IP에서 허용하는 규칙을 더합니다.',
      '[[Advanced details > User data]]에 아래 스크립트를 넣고 [[Launch instance]]를 누릅니다.',
    ],
  },
  'lab-create-image': {
    title: '2단계: 원본 인스턴스로 이미지 만들기',
    source: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/creating-an-ami-ebs.html',
    labels: [
      'EC2', 'Instances', 'Actions', 'Image and templates', 'Create image', 'Image name', 'Image description',
      'Reboot instance', 'Tags', 'Tag image and snapshots together', 'Images', 'AMIs',
    ],
    steps: [
      '[[EC2 > Instances]]에서 `cafe-web-source`를 선택하고 [[Actions > Image and templates > Create image]]를 누릅니다.',
      '[[Image name]]에 `cafe-web-nginx-v1`, [[Image description]]에 `nginx web server for Auto Scaling`을 입력합니다. 이름에 버전을 붙이면 나중에 새 이미지를 만들 때 구별하기 쉽습니다.',
      '[[Reboot instance]]는 켠 채로 둡니다. 파일 시스템을 일관된 상태로 만들기 위해 인스턴스를 재부팅한 뒤 이미지를 만듭니다.',
      '[[Tags]]에서 [[Tag image and snapshots together]]를 고르고 키 `purpose`, 값 `autoscaling-lab` 같은 태그를 붙인 뒤 [[Create image]]를 누릅니다.',
      '[[EC2 > Images > AMIs]]에서 상태가 `Pending`에서 `Available`이 될 때까지 기다립니다.',
    ],
  },
  'lab-create-launch-template': {
    title: '3단계: 시작 템플릿 만들기',
    source: 'https://docs.aws.amazon.com/autoscaling/ec2/userguide/create-launch-template.html',
    labels: [
      'EC2', 'Instances', 'Launch Templates', 'Create launch template', 'Launch template name',
      'Template version description', 'Auto Scaling guidance',
      'Provide guidance to help me set up a template that I can use with EC2 Auto Scaling',
      'Application and OS Images (Amazon Machine Image)', 'My AMIs', 'Owned by me', 'Instance type', 'Key pair (login)',
      "Don't include in launch template", 'Network settings', 'Subnet', 'Security groups', 'Storage (volumes)',
      'Advanced details', 'User data',
    ],
    steps: [
      '[[EC2 > Instances > Launch Templates > Create launch template]]를 엽니다.',
      '[[Launch template name]]에 `cafe-web-lt`, [[Template version description]]에 `v1 nginx`를 입력합니다.',
      '[[Auto Scaling guidance]]의 [[Provide guidance to help me set up a template that I can use with EC2 Auto Scaling]]을 켭니다. Auto Scaling에 필요한 항목을 콘솔이 표시해 줍니다.',
      '[[Application and OS Images (Amazon Machine Image)]] 섹션에서 [[My AMIs > Owned by me]]를 누르고 `cafe-web-nginx-v1`을 고릅니다.',
      '[[Instance type]]에서 `t3.micro`를 고릅니다.',
      "[[Key pair (login)]] 항목은 필요하면 고르고, 아니면 [[Don't include in launch template]]으로 둡니다.",
      "[[Network settings]]에서 [[Subnet]]은 [[Don't include in launch template]]으로 둡니다. 서브넷은 Auto Scaling 그룹에서 고릅니다. [[Security groups]]에서 `cafe-web-sg`를 고릅니다.",
      '[[Storage (volumes)]] 항목은 기본값으로 둡니다.',
      '[[Advanced details > User data]]에 아래 스크립트를 넣습니다. 인스턴스마다 자기 인스턴스 ID를 첫 페이지에 써서, 로드 밸런서가 요청을 여러 인스턴스에 나누는 모습을 눈으로 볼 수 있게 합니다.',
      '[[Create launch template]]를 누릅니다.',
    ],
  },
  'lab-create-target-group': {
    title: '4단계: 대상 그룹 만들기',
    source: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/create-target-group.html',
    labels: [
      'EC2', 'Load Balancing', 'Target Groups', 'Create target group', 'Basic configuration', 'Choose a target type',
      'Instances', 'Target group name', 'Protocol : Port', 'HTTP : 80', 'IP address type', 'IPv4', 'VPC',
      'Protocol version', 'HTTP1', 'Health checks', 'Health check protocol', 'Health check path',
      'Advanced health check settings', 'Next', 'Register targets',
    ],
    steps: [
      '[[EC2 > Load Balancing > Target Groups > Create target group]]을 엽니다.',
      '[[Basic configuration]]에서 [[Choose a target type]]은 [[Instances]]를 고릅니다.',
      '[[Target group name]]에 `cafe-web-tg`를 입력합니다.',
      '[[Protocol : Port]]는 [[HTTP : 80]], [[IP address type]]은 [[IPv4]], [[VPC]]는 기본 VPC, [[Protocol version]]은 [[HTTP1]]로 둡니다.',
      '[[Health checks]]에서 [[Health check protocol]]은 HTTP, [[Health check path]]는 `/`로 둡니다. [[Advanced health check settings]]의 기본값(간격 30초, 제한 시간 5초, 정상 임곗값 5, 비정상 임곗값 2, 성공 코드 200)을 확인만 하고 [[Next]]를 누릅니다.',
      '[[Register targets]] 화면에서는 **아무 인스턴스도 등록하지 않고** [[Create target group]]을 누릅니다.',
    ],
  },
  'lab-create-load-balancer': {
    title: '5단계: Application Load Balancer 만들기',
    source: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/create-application-load-balancer.html',
    labels: [
      'EC2', 'Load Balancing', 'Load Balancers', 'Create load balancer', 'Application Load Balancer', 'Create',
      'Basic configuration', 'Load balancer name', 'Scheme', 'Internet-facing', 'Load balancer IP address type', 'IPv4',
      'Network mapping', 'VPC', 'Availability Zones and subnets', 'Security groups', 'Listeners and routing',
      'Protocol', 'HTTP', 'Port', 'Default action', 'Forward to', 'Summary', 'State', 'DNS name',
    ],
    steps: [
      '[[EC2 > Load Balancing > Load Balancers > Create load balancer]]를 누르고 [[Application Load Balancer]] 아래의 [[Create]]를 누릅니다.',
      '[[Basic configuration]]에서 [[Load balancer name]]에 `cafe-web-alb`를 입력합니다. [[Scheme]]은 [[Internet-facing]], [[Load balancer IP address type]]은 [[IPv4]]를 고릅니다.',
      '[[Network mapping]]에서 [[VPC]]는 기본 VPC, [[Availability Zones and subnets]](Mappings)에서 가용 영역을 **두 개 이상**(기본 VPC라면 모두) 고르고 각 영역의 퍼블릭 서브넷을 고릅니다.',
      '[[Security groups]]에서 기본 보안 그룹을 빼고 `cafe-alb-sg`를 고릅니다.',
      '[[Listeners and routing]]에서 [[Protocol]]은 [[HTTP]], [[Port]]는 `80`, [[Default action]]은 [[Forward to]] `cafe-web-tg`를 고릅니다.',
      '[[Summary]]를 확인하고 [[Create load balancer]]를 누릅니다.',
      '로드 밸런서의 [[State]]가 `Provisioning`에서 `Active`가 될 때까지 기다리고, [[DNS name]]을 복사해 둡니다.',
    ],
  },
  'lab-asg-launch-template': {
    title: 'Auto Scaling 그룹 만들기 1: 시작 템플릿 고르기',
    source: ASG_CREATE,
    labels: ['Auto Scaling group name', 'Launch template', 'Launch template version', 'Default', 'Latest', 'Next'],
    steps: [
      '[[Auto Scaling group name]]에 `cafe-web-asg`를 입력합니다.',
      '[[Launch template]]에서 `cafe-web-lt`를 고릅니다.',
      '[[Launch template version]]에서 `Default (1)` 또는 `Latest (1)` 버전을 고릅니다. [[Latest]]를 고르면 템플릿을 고쳐 새 버전을 만들 때 그 뒤에 시작되는 인스턴스부터 새 버전을 씁니다. 무엇이 배포되는지 분명히 하려면 [[Default]]를 고르고 기본 버전을 바꿔 배포합니다.',
      '[[Next]]를 누릅니다.',
    ],
  },
  'lab-asg-launch-options': {
    title: 'Auto Scaling 그룹 만들기 2: 인스턴스 시작 옵션',
    source: ASG_CREATE,
    labels: [
      'Instance type requirements', 'Override launch template', 'Network', 'VPC', 'Availability Zones and subnets',
      'Availability Zone distribution', 'Balanced best effort', 'Next',
    ],
    steps: [
      '[[Instance type requirements]]는 [[Override launch template]]을 켜지 않고 시작 템플릿의 `t3.micro`를 그대로 씁니다.',
      '[[Network]]에서 [[VPC]]는 기본 VPC, [[Availability Zones and subnets]]에서 ALB와 같은 가용 영역의 서브넷을 **두 개 이상** 고릅니다.',
      '[[Availability Zone distribution]]은 기본값 [[Balanced best effort]]로 둡니다.',
      '[[Next]]를 누릅니다.',
    ],
  },
  'lab-asg-integrations': {
    title: 'Auto Scaling 그룹 만들기 3: 다른 서비스와 통합',
    source: ASG_CREATE,
    labels: [
      'Load balancing', 'Attach to an existing load balancer', 'Choose from your load balancer target groups',
      'VPC Lattice integration options', 'No VPC Lattice service', 'Health checks',
      'Turn on Elastic Load Balancing health checks', 'Health check grace period', 'Turn on Amazon EBS health checks',
      'Additional settings', 'Monitoring', 'Enable group metrics collection within CloudWatch', 'Next',
    ],
    steps: [
      '[[Load balancing]]에서 [[Attach to an existing load balancer]]를 고르고, [[Choose from your load balancer target groups]]에서 `cafe-web-tg | HTTP`를 고릅니다.',
      '[[VPC Lattice integration options]]는 [[No VPC Lattice service]]로 둡니다.',
      '[[Health checks]]에서 EC2 상태 확인은 항상 켜져 있습니다. [[Turn on Elastic Load Balancing health checks]]를 켭니다. [[Health check grace period]]는 `300`초로 둡니다. 필요하면 [[Turn on Amazon EBS health checks]]도 켤 수 있습니다.',
      '[[Additional settings]]에서 [[Monitoring]]의 [[Enable group metrics collection within CloudWatch]]를 켭니다. 그룹의 원하는 용량, 실행 중인 인스턴스 수 같은 지표를 CloudWatch 그래프로 볼 수 있습니다.',
      '[[Next]]를 누릅니다.',
    ],
  },
  'lab-asg-size-and-scaling': {
    title: 'Auto Scaling 그룹 만들기 4: 그룹 크기와 조정',
    source: 'https://docs.aws.amazon.com/autoscaling/ec2/userguide/as-scaling-target-tracking.html',
    labels: [
      'Group size', 'Desired capacity', 'Scaling', 'Min desired capacity', 'Max desired capacity', 'Automatic scaling',
      'Target tracking scaling policy', 'Scaling policy name', 'Metric type', 'Average CPU utilization', 'Target value',
      'Instance warmup', 'Disable scale in to create only a scale-out policy', 'Instance maintenance policy',
      'No policy', 'Instance scale-in protection', 'Next',
    ],
    steps: [
      '[[Group size]]의 [[Desired capacity]]는 `1`로 둡니다.',
      '[[Scaling]]의 [[Min desired capacity]]는 `1`, [[Max desired capacity]]는 `10`을 입력합니다.',
      '[[Automatic scaling]]에서 [[Target tracking scaling policy]]를 고릅니다.',
      '[[Scaling policy name]]은 `cafe-cpu50`, [[Metric type]]은 [[Average CPU utilization]], [[Target value]]는 `50`을 입력합니다.',
      '[[Instance warmup]]은 `300`초로 둡니다. 새 인스턴스의 지표를 이 시간 동안 그룹 평균에 넣지 않습니다.',
      '[[Disable scale in to create only a scale-out policy]]는 켜지 않습니다. 부하가 줄면 다시 줄어들어야 하기 때문입니다.',
      '[[Instance maintenance policy]]는 [[No policy]], [[Instance scale-in protection]]은 끈 채로 두고 [[Next]]를 누릅니다.',
    ],
  },
  'lab-asg-finish': {
    title: 'Auto Scaling 그룹 만들기 5–7: 알림, 태그, 검토',
    source: ASG_CREATE,
    labels: ['Add notifications', 'Add tags', 'Tag new instances', 'Review', 'Create Auto Scaling group'],
    steps: [
      '[[Add notifications]]는 건너뜁니다.',
      '[[Add tags]]에서 키 `Name`, 값 `cafe-web-asg`를 넣고 [[Tag new instances]]가 켜져 있는지 확인합니다. 그룹이 띄운 인스턴스를 인스턴스 목록에서 쉽게 알아볼 수 있습니다.',
      '[[Review]]에서 설정을 확인하고 [[Create Auto Scaling group]]을 누릅니다.',
    ],
  },
  'lab-clean-up': {
    title: '정리 순서',
    source: 'https://docs.aws.amazon.com/autoscaling/ec2/userguide/tutorial-ec2-auto-scaling-load-balancer.html',
    labels: [
      'Auto Scaling Groups', 'Actions', 'Delete', 'Load Balancers', 'Delete load balancer', 'Target Groups',
      'Launch Templates', 'Delete template', 'AMIs', 'Deregister AMI', 'Elastic Block Store', 'Snapshots',
      'Instance state', 'Terminate (delete) instance', 'Release',
    ],
    steps: [
      '**Auto Scaling 그룹 삭제**: [[Auto Scaling Groups]]에서 `cafe-web-asg`를 선택하고 [[Actions > Delete]]를 누릅니다. 그룹이 띄운 인스턴스가 모두 종료되고, 대상 추적 정책과 그 CloudWatch 경보도 함께 지워집니다. (인스턴스, EBS, 퍼블릭 IPv4 요금이 멈춥니다.)',
      '**로드 밸런서 삭제**: [[Load Balancers]]에서 `cafe-web-alb`를 선택하고 [[Actions > Delete load balancer]]를 누릅니다. (ALB 시간·LCU 요금과 퍼블릭 IPv4 요금이 멈춥니다.)',
      '**대상 그룹 삭제**: 리스너가 사라진 뒤에야 지울 수 있습니다. [[Target Groups]]에서 `cafe-web-tg`를 선택하고 [[Actions > Delete]]를 누릅니다.',
      '**시작 템플릿 삭제**: [[Launch Templates]]에서 `cafe-web-lt`를 선택하고 [[Actions > Delete template]]를 누릅니다.',
      '**AMI 등록 취소와 스냅샷 삭제**: [[AMIs]]에서 `cafe-web-nginx-v1`을 선택하고 [[Actions > Deregister AMI]]를 누른 뒤, [[Elastic Block Store > Snapshots]]에서 그 AMI의 스냅샷을 지웁니다. 등록 취소만 하면 스냅샷 요금이 계속 나옵니다.',
      '**원본 인스턴스 종료**: `cafe-web-source`를 [[Instance state > Terminate (delete) instance]]로 종료합니다. 탄력적 IP 주소를 따로 할당했다면 [[Release]]합니다.',
      '**보안 그룹 삭제**: 연결된 리소스가 모두 사라진 뒤 `cafe-web-sg`, `cafe-alb-sg`를 지웁니다(요금은 없지만 깔끔하게 정리합니다).',
    ],
  },
} as const satisfies Record<string, ConsoleProcedure>;

export type ConsoleProcedureId = keyof typeof CONSOLE_PROCEDURES;

/** Own-key lookup: an id from content never reaches Object.prototype. */
export function isConsoleProcedureId(id: string): id is ConsoleProcedureId {
  return Object.hasOwn(CONSOLE_PROCEDURES, id);
}

export function consoleProcedure(id: ConsoleProcedureId): ConsoleProcedure {
  return CONSOLE_PROCEDURES[id];
}

/** Labels a procedure's steps name but does not list (an empty list when the table is sound). */
export function unlistedLabels(procedure: ConsoleProcedure): string[] {
  const listed = new Set(procedure.labels);
  return procedure.steps.flatMap(stepLines).flatMap(labelsIn).filter((label) => !listed.has(label));
}
