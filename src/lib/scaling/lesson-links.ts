// Lesson sections the lab links to. Anchors are github-slugger slugs of the lessons' Korean headings
// (tests/unit/scaling-lessons.test.ts re-derives each one from its heading).

export interface LessonLink {
  readonly lesson: '/lessons/auto-scaling/' | '/lessons/elastic-load-balancing/';
  readonly heading: string;
  readonly anchor: string;
}

export const LESSON_LINKS = {
  capacity: { lesson: '/lessons/auto-scaling/', heading: '용량: 최소, 원하는 용량, 최대', anchor: '용량-최소-원하는-용량-최대' },
  targetTracking: { lesson: '/lessons/auto-scaling/', heading: '대상 추적 조정', anchor: '대상-추적-조정' },
  stepScaling: { lesson: '/lessons/auto-scaling/', heading: '단계 조정과 단순 조정', anchor: '단계-조정과-단순-조정' },
  scheduled: { lesson: '/lessons/auto-scaling/', heading: '예약된 조정', anchor: '예약된-조정' },
  healthChecks: { lesson: '/lessons/auto-scaling/', heading: '상태 확인과 유예 기간', anchor: '상태-확인과-유예-기간' },
  terminationPolicy: { lesson: '/lessons/auto-scaling/', heading: '종료 정책', anchor: '종료-정책' },
  azBalance: { lesson: '/lessons/auto-scaling/', heading: '가용 영역 균형', anchor: '가용-영역-균형' },
  elbTargetGroups: { lesson: '/lessons/elastic-load-balancing/', heading: '대상 그룹과 상태 확인', anchor: '대상-그룹과-상태-확인' },
} as const satisfies Record<string, LessonLink>;

export type LessonLinkId = keyof typeof LESSON_LINKS;

export function lessonHref(id: LessonLinkId): string {
  const l = LESSON_LINKS[id];
  return `${l.lesson}#${l.anchor}`;
}

export function lessonTitle(id: LessonLinkId): string {
  return LESSON_LINKS[id].lesson === '/lessons/auto-scaling/' ? 'Auto Scaling' : 'Elastic Load Balancing';
}
