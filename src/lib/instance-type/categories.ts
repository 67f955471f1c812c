// The six categories AWS files instance families under, and the lesson sections that teach them.

/** Headings of the instance-types lesson and their github-slugger anchors (one table, read by the UI and tests). */
export const LESSON_PATH = '/lessons/instance-types/';

export const LESSON_SECTIONS = {
  naming: { heading: '인스턴스 유형 이름 규칙', anchor: '인스턴스-유형-이름-규칙' },
  categories: { heading: '여섯 가지 범주', anchor: '여섯-가지-범주' },
  'general-purpose': { heading: '범용', anchor: '범용' },
  'compute-optimized': { heading: '컴퓨팅 최적화', anchor: '컴퓨팅-최적화' },
  'memory-optimized': { heading: '메모리 최적화', anchor: '메모리-최적화' },
  'storage-optimized': { heading: '스토리지 최적화', anchor: '스토리지-최적화' },
  'accelerated-computing': { heading: '가속 컴퓨팅', anchor: '가속-컴퓨팅' },
  'hpc-optimized': { heading: 'HPC 최적화', anchor: 'hpc-최적화' },
  sizes: { heading: '인스턴스 크기', anchor: '인스턴스-크기' },
  choosing: { heading: '인스턴스 유형 고르기', anchor: '인스턴스-유형-고르기' },
} as const satisfies Record<string, { heading: string; anchor: string }>;

export type LessonSection = keyof typeof LESSON_SECTIONS;

export function lessonHref(section: LessonSection): string {
  return `${LESSON_PATH}#${LESSON_SECTIONS[section].anchor}`;
}

export const CATEGORY_IDS = [
  'general-purpose',
  'compute-optimized',
  'memory-optimized',
  'storage-optimized',
  'accelerated-computing',
  'hpc-optimized',
] as const;

export type Category = (typeof CATEGORY_IDS)[number];

export interface CategoryInfo {
  id: Category;
  /** Korean name as the lesson uses it. */
  label: string;
  /** AWS's English name, for learners who read the AWS documentation. */
  english: string;
  /** One line, paraphrasing AWS's own definition. */
  summary: string;
  section: LessonSection;
}

export const CATEGORIES: Record<Category, CategoryInfo> = {
  'general-purpose': {
    id: 'general-purpose',
    label: '범용',
    english: 'General purpose',
    summary: '컴퓨팅·메모리·네트워크 자원이 균형 잡힌 인스턴스로, 웹 서버나 코드 저장소처럼 자원을 고르게 쓰는 작업에 맞습니다.',
    section: 'general-purpose',
  },
  'compute-optimized': {
    id: 'compute-optimized',
    label: '컴퓨팅 최적화',
    english: 'Compute optimized',
    summary: '고성능 프로세서의 덕을 보는 계산 집약적 작업(배치 처리, 미디어 인코딩, 과학 모델링, 게임 서버 등)에 맞습니다.',
    section: 'compute-optimized',
  },
  'memory-optimized': {
    id: 'memory-optimized',
    label: '메모리 최적화',
    english: 'Memory optimized',
    summary: '큰 데이터를 메모리에 올려 처리하는 작업(인메모리 데이터베이스, 실시간 분석 등)에 빠른 성능을 내도록 설계되었습니다.',
    section: 'memory-optimized',
  },
  'storage-optimized': {
    id: 'storage-optimized',
    label: '스토리지 최적화',
    english: 'Storage optimized',
    summary: '로컬 스토리지의 매우 큰 데이터를 높은 순차 읽기·쓰기와 낮은 지연의 초당 수만 건 랜덤 I/O(IOPS)로 다루는 작업에 맞습니다.',
    section: 'storage-optimized',
  },
  'accelerated-computing': {
    id: 'accelerated-computing',
    label: '가속 컴퓨팅',
    english: 'Accelerated computing',
    summary: 'GPU·FPGA·AI 칩 같은 하드웨어 가속기(보조 프로세서)로 부동소수점 계산, 그래픽, 머신러닝 같은 작업을 CPU보다 효율적으로 처리합니다.',
    section: 'accelerated-computing',
  },
  'hpc-optimized': {
    id: 'hpc-optimized',
    label: 'HPC 최적화',
    english: 'High-performance computing',
    summary: '대규모 고성능 컴퓨팅(HPC) 작업을 가장 좋은 가격 대비 성능으로 돌리도록 만든 인스턴스입니다.',
    section: 'hpc-optimized',
  },
};
