// Anchors of the lifecycle lesson's headings (github-slugger slugs of the Korean headings).
// The lesson has exactly these `##` headings; every explanation and mission links to one of them.
export const LESSON_PATH = '/lessons/instance-lifecycle/';

export const LESSON_ANCHORS = {
  states: { heading: '여섯 가지 상태', slug: '여섯-가지-상태' },
  billing: { heading: '상태별 요금', slug: '상태별-요금' },
  differences: { heading: '재부팅, 중지, 최대 절전, 종료 비교', slug: '재부팅-중지-최대-절전-종료-비교' },
  hibernation: { heading: '최대 절전 모드', slug: '최대-절전-모드' },
  instanceStoreRoot: { heading: '인스턴스 스토어 루트 볼륨', slug: '인스턴스-스토어-루트-볼륨' },
  protection: { heading: '종료 방지와 중지 방지', slug: '종료-방지와-중지-방지' },
  spot: { heading: '스팟 인스턴스 중단', slug: '스팟-인스턴스-중단' },
  osShutdown: { heading: '운영 체제 종료 동작', slug: '운영-체제-종료-동작' },
  publicIp: { heading: '퍼블릭 IP와 탄력적 IP', slug: '퍼블릭-ip와-탄력적-ip' },
} as const satisfies Record<string, { heading: string; slug: string }>;

export type LessonAnchor = keyof typeof LESSON_ANCHORS;

export function lessonHref(anchor: LessonAnchor): string {
  return `${LESSON_PATH}#${LESSON_ANCHORS[anchor].slug}`;
}
