// The site's tools and study pages: one catalog that the home page, /tools/ and the search index all read.

export interface SitePage {
  href: string;
  /** Korean title, as the page's own heading shows it. */
  title: string;
  /** English name, for learners who search in English. */
  en: string;
  /** Other names a learner may type. */
  aliases: readonly string[];
  summary: string;
  /** The lesson that teaches what the tool shows. */
  lesson?: string;
}

export const TOOLS = [
  {
    href: '/tools/instance-type/',
    title: '인스턴스 유형 해독기',
    en: 'Instance type decoder',
    aliases: ['인스턴스 타입', '인스턴스 유형 이름', 'm7g.large', '인스턴스 패밀리'],
    summary: 'm5d.xlarge, u7i-12tb.224xlarge, mac2-m2pro.metal 같은 이름을 부분별로 풀어 설명합니다.',
    lesson: 'instance-types',
  },
  {
    href: '/tools/lifecycle/',
    title: '수명 주기 샌드박스',
    en: 'Instance lifecycle sandbox',
    aliases: ['인스턴스 수명 주기', '라이프사이클', '수명주기', '인스턴스 상태', '중지 종료 최대 절전'],
    summary: '인스턴스를 시작·중지·최대 절전·재부팅·종료하며 요금, IP, 인스턴스 스토어, EBS, RAM이 어떻게 되는지 봅니다.',
    lesson: 'instance-lifecycle',
  },
  {
    href: '/tools/scaling-lab/',
    title: 'Auto Scaling 실습실',
    en: 'Auto Scaling lab',
    aliases: ['오토 스케일링 실습실', '오토스케일링 실험실', '스케일링 랩', '로드 밸런서 시뮬레이션'],
    summary: '트래픽과 장애 속에서 Auto Scaling 그룹과 로드 밸런서가 반응하는 모습을 시뮬레이션합니다.',
    lesson: 'auto-scaling',
  },
  {
    href: '/tools/network/',
    title: '네트워크 실습실',
    en: 'Network lab',
    aliases: ['접속이 안 돼요', '보안 그룹 실습', '퍼블릭 서브넷', '퍼블릭 IP', '탄력적 IP', '네트워크 ACL', 'VPC 실습'],
    summary: '인스턴스를 시작하고 접속해 보며 라우팅, 퍼블릭 IP, 네트워크 ACL, 보안 그룹 중 어디에서 막히는지 단계별로 봅니다.',
    lesson: 'networking-and-security-groups',
  },
] as const satisfies readonly SitePage[];

export const STUDY_PAGES = [
  {
    href: '/quiz/',
    title: '퀴즈 복습',
    en: 'Quiz',
    aliases: ['퀴즈', '문제 풀기', '간격 반복 복습', '오늘의 복습'],
    summary: '간격 반복으로 오늘 복습할 문항을 풉니다.',
  },
  {
    href: '/review/',
    title: '복습 모드',
    en: 'Instructor review',
    aliases: ['강사용 복습 모드', '발표자 모드', '프레젠테이션', '수업 복습'],
    summary: '강의실에서 핵심 정리와 문항을 화면에 띄워 함께 복습합니다.',
  },
  {
    href: '/glossary/',
    title: '용어집',
    en: 'Glossary',
    aliases: ['용어 사전', '약어'],
    summary: 'EC2 용어를 한국어, 영어, 약어로 찾아봅니다.',
  },
] as const satisfies readonly SitePage[];
