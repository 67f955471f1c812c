// Option letters after the generation digit, as the AWS naming table defines them.
import type { Category } from './categories.ts';

export const PROCESSOR_LETTERS = { a: 'amd', g: 'graviton', i: 'intel' } as const;
export type ProcessorLetter = keyof typeof PROCESSOR_LETTERS;
export type Processor = (typeof PROCESSOR_LETTERS)[ProcessorLetter];

export interface ProcessorInfo {
  letter: ProcessorLetter;
  label: string;
  note: string;
}

export const PROCESSORS: Record<Processor, ProcessorInfo> = {
  amd: { letter: 'a', label: 'AMD 프로세서', note: 'AMD EPYC 프로세서를 씁니다. 같은 세대의 Intel보다 대개 조금 저렴합니다.' },
  graviton: { letter: 'g', label: 'AWS Graviton 프로세서', note: 'AWS가 설계한 Arm 기반 Graviton 프로세서를 씁니다. Arm(aarch64)용 AMI와 소프트웨어가 필요합니다.' },
  intel: { letter: 'i', label: 'Intel 프로세서', note: 'Intel Xeon 프로세서를 씁니다.' },
};

export function isProcessorLetter(letter: string): letter is ProcessorLetter {
  return letter === 'a' || letter === 'g' || letter === 'i';
}

export interface OptionInfo {
  letter: string;
  label: string;
  note: string;
  /** false for letters that occur in real names but that the AWS naming table does not define. */
  defined: boolean;
}

/** Capability letters the AWS table defines. `e` is described per category by `describeOption`. */
export const OPTION_LETTERS: Record<string, OptionInfo> = {
  b: { letter: 'b', label: '블록 스토리지 최적화', defined: true,
    note: 'EBS(블록 스토리지) 성능을 높인 변형입니다. b가 없는 같은 세대 유형보다 EBS 대역폭과 IOPS가 높습니다.' },
  d: { letter: 'd', label: '인스턴스 스토어 볼륨', defined: true,
    note: '호스트 컴퓨터에 물리적으로 붙은 로컬 디스크(인스턴스 스토어)가 딸려 옵니다. 빠르지만 인스턴스를 중지하거나 종료하면 데이터가 사라지는 임시 저장소입니다.' },
  e: { letter: 'e', label: '추가 스토리지·메모리·GPU 메모리', defined: true,
    note: '스토리지 최적화에서는 인스턴스 스토리지를, 메모리 최적화에서는 메모리를, 가속 컴퓨팅에서는 GPU 메모리를 더 많이 줍니다.' },
  n: { letter: 'n', label: '네트워크 및 EBS 최적화', defined: true,
    note: 'n이 없는 같은 세대 유형보다 네트워크 대역폭과 EBS 성능이 높습니다. 노드끼리 데이터를 많이 주고받는 작업에 맞습니다.' },
  q: { letter: 'q', label: 'Qualcomm 추론 가속기', defined: true,
    note: 'Qualcomm AI 추론 가속기를 답니다.' },
  z: { letter: 'z', label: '높은 CPU 주파수', defined: true,
    note: 'CPU 클럭 주파수가 높아 코어 하나의 성능이 중요한 작업(라이선스가 코어당인 소프트웨어 등)에 맞습니다.' },
};

/** Meaning of `e` per category (AWS: extra instance storage / extra memory / extra GPU memory). */
const EXTRA_BY_CATEGORY: Partial<Record<Category, { label: string; note: string }>> = {
  'storage-optimized': { label: '추가 인스턴스 스토리지', note: '스토리지 최적화 유형에서 e는 인스턴스 스토어 용량이 더 크다는 뜻입니다.' },
  'memory-optimized': { label: '추가 메모리', note: '메모리 최적화 유형에서 e는 vCPU 대비 메모리가 더 크다는 뜻입니다.' },
  'accelerated-computing': { label: '추가 GPU 메모리', note: '가속 컴퓨팅 유형에서 e는 GPU 메모리가 더 크다는 뜻입니다.' },
};

/** Real families that use a letter the table does not define; shown as context, never as a guessed meaning. */
export const UNDEFINED_LETTER_FAMILIES: Record<string, readonly string[]> = {
  f: ['g6f', 'gr6f'],
  h: ['u7inh'],
  s: ['g3s'],
  u: ['trn2u'],
};

export const UNDEFINED_OPTION_LABEL = 'AWS가 뜻을 밝히지 않은 옵션 문자';

export function describeOption(letter: string, category: Category): OptionInfo {
  if (letter === 'e') {
    const extra = EXTRA_BY_CATEGORY[category];
    if (extra) return { letter, label: extra.label, note: extra.note, defined: true };
    return {
      letter,
      label: '추가(extra) 옵션',
      defined: true,
      note: 'AWS 표는 e를 스토리지·메모리·가속 컴퓨팅 유형에서의 “추가 스토리지·메모리·GPU 메모리”로만 정의합니다. 이 범주에서 무엇이 더 큰지는 표에 없으니 AWS의 해당 패밀리 사양을 확인하세요.',
    };
  }
  // Own keys only: the letter comes from what the learner typed.
  const known = Object.hasOwn(OPTION_LETTERS, letter) ? OPTION_LETTERS[letter] : undefined;
  if (known) return known;
  const families = Object.hasOwn(UNDEFINED_LETTER_FAMILIES, letter) ? UNDEFINED_LETTER_FAMILIES[letter] : undefined;
  return {
    letter,
    label: UNDEFINED_OPTION_LABEL,
    defined: false,
    note: families
      ? `AWS의 이름 규칙 문서는 옵션 문자 ${letter}의 뜻을 설명하지 않습니다. 이 문자를 쓰는 실제 패밀리는 ${families.join(', ')}입니다. 같은 세대의 다른 패밀리와 무엇이 다른지는 그 패밀리의 AWS 사양 페이지에서 확인하세요.`
      : `AWS의 이름 규칙 문서는 옵션 문자 ${letter}의 뜻을 설명하지 않고, 이 문자를 쓰는 실제 패밀리도 없습니다. 오타가 아닌지 확인하세요.`,
  };
}
