// What each series (the letters before the generation digit) means, and its category.
// Wording follows the AWS page "Amazon EC2 instance type naming conventions" (2026); older 2023 wording
// is kept as `formerly` because study notes still quote it (M = Most scenarios, R = RAM, …).
import type { Category } from './categories.ts';

export interface SeriesInfo {
  id: string;
  /** Korean meaning. */
  label: string;
  /** AWS's English wording in the naming table, or the name AWS uses elsewhere when the table omits it. */
  english: string;
  /** Older AWS wording (2023 user guide), when it differs. */
  formerly?: string;
  category: Category;
  /** Whether the series is in AWS's naming-convention table today. */
  inNamingTable: boolean;
  /** Only retired families use this series. */
  legacy: boolean;
  /** One or two sentences for learners. */
  note: string;
}

const s = (info: SeriesInfo): SeriesInfo => info;

export const SERIES: Record<string, SeriesInfo> = {
  a: s({ id: 'a', label: 'Arm 기반 AWS Graviton', english: 'Arm-based AWS Graviton', category: 'general-purpose', inNamingTable: false, legacy: false,
    note: 'A1은 1세대 AWS Graviton(Arm) 프로세서를 쓴 범용 인스턴스로, 지금은 이전 세대입니다. 이후 Graviton은 시리즈가 아니라 옵션 문자 g로 표시됩니다(m6g, c7g…).' }),
  c: s({ id: 'c', label: '컴퓨팅 최적화', english: 'Compute optimized', formerly: 'Compute', category: 'compute-optimized', inNamingTable: true, legacy: false,
    note: 'vCPU 대비 메모리가 적고(대개 vCPU 1개당 2 GiB) 프로세서 성능이 중요한 작업용입니다.' }),
  cc: s({ id: 'cc', label: '클러스터 컴퓨팅', english: 'Cluster Compute', category: 'compute-optimized', inNamingTable: false, legacy: true,
    note: '2010년대 초의 클러스터 컴퓨팅 인스턴스(cc1, cc2)로, 현재 문서에는 없는 퇴역 유형입니다.' }),
  cg: s({ id: 'cg', label: '클러스터 GPU', english: 'Cluster GPU', category: 'accelerated-computing', inNamingTable: false, legacy: true,
    note: '2010년의 클러스터 GPU 인스턴스(cg1)로, 현재 문서에는 없는 퇴역 유형입니다.' }),
  cr: s({ id: 'cr', label: '고메모리 클러스터', english: 'High Memory Cluster', category: 'memory-optimized', inNamingTable: false, legacy: true,
    note: '2013년의 고메모리 클러스터 인스턴스(cr1)로, 현재 문서에는 없는 퇴역 유형입니다.' }),
  d: s({ id: 'd', label: '고밀도 스토리지', english: 'Dense storage', category: 'storage-optimized', inNamingTable: true, legacy: false,
    note: 'HDD 기반의 큰 로컬 스토리지(인스턴스 스토어)를 싸게 제공해 대용량 순차 처리에 맞습니다.' }),
  dl: s({ id: 'dl', label: '딥 러닝', english: 'Deep Learning', category: 'accelerated-computing', inNamingTable: false, legacy: false,
    note: 'AWS 명명 규칙 표에는 없는 시리즈입니다. DL1은 Habana Gaudi 가속기로 딥 러닝 학습을, DL2q는 Qualcomm AI 가속기로 추론을 합니다.' }),
  f: s({ id: 'f', label: 'FPGA', english: 'FPGA', category: 'accelerated-computing', inNamingTable: true, legacy: false,
    note: '직접 프로그래밍할 수 있는 FPGA(필드 프로그래머블 게이트 어레이) 가속기를 답니다.' }),
  g: s({ id: 'g', label: '그래픽 집약적', english: 'Graphics intensive', formerly: 'GPU', category: 'accelerated-computing', inNamingTable: true, legacy: false,
    note: 'GPU로 그래픽 렌더링, 동영상 처리, 머신러닝 추론 같은 작업을 합니다. 시리즈 G는 옵션 문자 g(Graviton)와 다릅니다: g5g는 “G 시리즈, 5세대, Graviton”입니다.' }),
  gr: s({ id: 'gr', label: '그래픽(메모리 많은 변형)', english: 'Gr', category: 'accelerated-computing', inNamingTable: false, legacy: false,
    note: 'AWS 명명 규칙 표에는 없는 시리즈입니다. Gr6은 G6과 같은 NVIDIA L4 GPU에 vCPU 대비 메모리를 더 많이(1:8) 준 변형입니다.' }),
  h: s({ id: 'h', label: 'HDD 처리량', english: 'H (high disk throughput)', category: 'storage-optimized', inNamingTable: false, legacy: false,
    note: 'AWS 명명 규칙 표에는 없는 시리즈입니다. H1은 HDD 기반 로컬 스토리지로 높은 디스크 처리량을 냅니다.' }),
  hi: s({ id: 'hi', label: '고성능 I/O', english: 'High I/O', category: 'storage-optimized', inNamingTable: false, legacy: true,
    note: '2012년의 고성능 I/O 인스턴스(hi1)로, 현재 문서에는 없는 퇴역 유형입니다.' }),
  hpc: s({ id: 'hpc', label: '고성능 컴퓨팅', english: 'High performance computing', category: 'hpc-optimized', inNamingTable: true, legacy: false,
    note: '대규모 과학·공학 계산처럼 여러 노드가 긴밀히 통신하는 HPC 작업용입니다.' }),
  hs: s({ id: 'hs', label: '고용량 스토리지', english: 'High Storage', category: 'storage-optimized', inNamingTable: false, legacy: true,
    note: '2012년의 고용량 스토리지 인스턴스(hs1)로, 현재 문서에는 없는 퇴역 유형입니다.' }),
  i: s({ id: 'i', label: '스토리지 최적화', english: 'Storage optimized', formerly: 'I/O', category: 'storage-optimized', inNamingTable: true, legacy: false,
    note: '빠른 로컬 SSD(인스턴스 스토어, 최신 세대는 NVMe)로 높은 랜덤 I/O 성능을 냅니다.' }),
  im: s({ id: 'im', label: '스토리지 최적화 (vCPU:메모리 1:4)', english: 'Storage optimized (1 to 4 ratio of vCPU to memory)', category: 'storage-optimized', inNamingTable: true, legacy: false,
    note: '스토리지 최적화 인스턴스 가운데 vCPU 1개당 메모리 4 GiB 비율인 시리즈입니다.' }),
  inf: s({ id: 'inf', label: 'AWS Inferentia', english: 'AWS Inferentia', category: 'accelerated-computing', inNamingTable: true, legacy: false,
    note: 'AWS가 만든 머신러닝 추론 칩 Inferentia를 답니다.' }),
  is: s({ id: 'is', label: '스토리지 최적화 (vCPU:메모리 1:6)', english: 'Storage optimized (1 to 6 ratio of vCPU to memory)', category: 'storage-optimized', inNamingTable: true, legacy: false,
    note: '스토리지 최적화 인스턴스 가운데 vCPU 1개당 메모리 6 GiB 비율인 시리즈입니다.' }),
  m: s({ id: 'm', label: '범용', english: 'General purpose', formerly: 'Most scenarios', category: 'general-purpose', inNamingTable: true, legacy: false,
    note: '가장 흔한 선택지로, 대개 vCPU 1개당 메모리 4 GiB입니다. 무엇을 고를지 모를 때의 출발점입니다.' }),
  mac: s({ id: 'mac', label: 'macOS', english: 'macOS', category: 'general-purpose', inNamingTable: true, legacy: false,
    note: '실제 Apple Mac 컴퓨터를 전용 호스트로 빌려 macOS를 실행합니다(iOS·macOS 앱 빌드 등). 모두 베어 메탈입니다.' }),
  p: s({ id: 'p', label: 'GPU 가속', english: 'GPU accelerated', formerly: 'GPU', category: 'accelerated-computing', inNamingTable: true, legacy: false,
    note: '대형 GPU로 머신러닝 학습과 HPC 계산을 합니다.' }),
  r: s({ id: 'r', label: '메모리 최적화', english: 'Memory optimized', formerly: 'Random access memory', category: 'memory-optimized', inNamingTable: true, legacy: false,
    note: '대개 vCPU 1개당 메모리 8 GiB로, 메모리를 많이 쓰는 데이터베이스와 캐시에 맞습니다.' }),
  t: s({ id: 't', label: '버스트 가능 성능', english: 'Burstable performance', formerly: 'Turbo', category: 'general-purpose', inNamingTable: true, legacy: false,
    note: '평소에는 기준 CPU 성능으로 돌다가 CPU 크레딧을 써서 잠깐 최대 성능으로 치솟을(버스트) 수 있는 저렴한 범용 인스턴스입니다.' }),
  trn: s({ id: 'trn', label: 'AWS Trainium', english: 'AWS Trainium', category: 'accelerated-computing', inNamingTable: true, legacy: false,
    note: 'AWS가 만든 머신러닝 학습 칩 Trainium을 답니다.' }),
  u: s({ id: 'u', label: '고용량 메모리', english: 'High memory', formerly: 'Ultra-high memory', category: 'memory-optimized', inNamingTable: true, legacy: false,
    note: '수 TiB에서 32 TiB까지의 메모리로 SAP HANA 같은 대형 인메모리 데이터베이스를 돌립니다. 메모리 양이 이름의 -12tb 같은 부분에 들어 있습니다.' }),
  vt: s({ id: 'vt', label: '비디오 트랜스코딩', english: 'Video transcoding', category: 'accelerated-computing', inNamingTable: true, legacy: false,
    note: '동영상 트랜스코딩 가속기를 달아 실시간 방송·스트리밍 변환에 맞습니다.' }),
  x: s({ id: 'x', label: '메모리 집약적', english: 'Memory intensive', formerly: 'Extra-large memory', category: 'memory-optimized', inNamingTable: true, legacy: false,
    note: 'R 시리즈보다도 vCPU 대비 메모리가 큰(대략 vCPU 1개당 16~32 GiB) 메모리 최적화 인스턴스입니다.' }),
  z: s({ id: 'z', label: '고용량 메모리', english: 'High memory', formerly: 'High frequency', category: 'memory-optimized', inNamingTable: true, legacy: false,
    note: 'z1d는 최대 4.0 GHz의 빠른 올코어 클럭과 큰 메모리를 함께 줍니다. 2026년 AWS 표는 Z를 “High memory”로, 예전 자료는 “High frequency”로 설명합니다.' }),
};

export const SERIES_IDS: readonly string[] = Object.keys(SERIES);

/** Own-key lookup: a typed name such as `constructor5.large` never finds an Object.prototype member. */
export function seriesInfo(id: string): SeriesInfo | undefined {
  return Object.hasOwn(SERIES, id) ? SERIES[id] : undefined;
}
