// The interactive tools, as the home page, /tools/ and search list them.
export const TOOLS = [
  {
    href: '/tools/instance-type/',
    title: '인스턴스 유형 해독기',
    summary: 'm5d.xlarge, u7i-12tb.224xlarge, mac2-m2pro.metal 같은 이름을 부분별로 풀어 설명합니다.',
    lesson: 'instance-types',
  },
  {
    href: '/tools/lifecycle/',
    title: '수명 주기 샌드박스',
    summary: '인스턴스를 시작·중지·최대 절전·재부팅·종료하며 요금, IP, 인스턴스 스토어, EBS, RAM이 어떻게 되는지 봅니다.',
    lesson: 'instance-lifecycle',
  },
  {
    href: '/tools/scaling-lab/',
    title: 'Auto Scaling 실험실',
    summary: '트래픽과 장애 속에서 Auto Scaling 그룹과 로드 밸런서가 반응하는 모습을 시뮬레이션합니다.',
    lesson: 'auto-scaling',
  },
] as const;
