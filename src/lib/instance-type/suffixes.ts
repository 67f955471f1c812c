// The part after the dash in a family name (AWS counts it as part of the family: m7i-flex, u7i-12tb).

export type SuffixKind = 'flex' | 'memory' | 'blackwell' | 'apple' | 'unknown';

export interface SuffixKindInfo {
  kind: SuffixKind;
  label: string;
  /** Written form, for the naming table. */
  pattern: string;
  note: string;
}

export const SUFFIX_KINDS: Record<SuffixKind, SuffixKindInfo> = {
  flex: { kind: 'flex', label: 'Flex 인스턴스', pattern: 'flex',
    note: '기준 CPU 성능 40%를 보장하고, 24시간 중 95%의 시간 동안 최대 100%까지 쓸 수 있는 저렴한 변형입니다. CPU를 늘 가득 쓰지 않는 작업에 맞습니다.' },
  memory: { kind: 'memory', label: '메모리 용량', pattern: '*tb',
    note: '고용량 메모리(U) 인스턴스의 메모리 양(TiB)입니다. AWS 표 기준 3 TiB에서 32 TiB까지 있습니다.' },
  blackwell: { kind: 'blackwell', label: 'NVIDIA Blackwell GPU', pattern: 'b*00 | gb*00',
    note: 'NVIDIA Blackwell GPU로 가속됩니다. b200·b300은 GPU 이름이고, gb200은 Grace CPU와 Blackwell GPU를 묶은 GB200 슈퍼칩입니다.' },
  apple: { kind: 'apple', label: 'Apple 칩', pattern: 'm* | m*pro',
    note: 'Mac 인스턴스에 들어 있는 Apple 실리콘 칩입니다(m2 = M2, m2pro = M2 Pro, m4max = M4 Max, m3ultra = M3 Ultra).' },
  unknown: { kind: 'unknown', label: 'AWS가 뜻을 밝히지 않은 접미사', pattern: '',
    note: 'AWS의 이름 규칙 문서에 나오지 않는 형태의 접미사입니다. 오타가 아닌지, 그 패밀리의 AWS 사양 페이지에서 확인하세요.' },
};

export interface SuffixDescription {
  kind: SuffixKind;
  label: string;
  note: string;
}

const APPLE_VARIANTS = new Map<string, string>([['', ''], ['pro', ' Pro'], ['max', ' Max'], ['ultra', ' Ultra']]);

export function describeSuffix(suffix: string): SuffixDescription {
  if (suffix === 'flex') return { kind: 'flex', label: SUFFIX_KINDS.flex.label, note: SUFFIX_KINDS.flex.note };
  const memory = /^(\d+)tb(\d*)$/.exec(suffix);
  if (memory) {
    const tib = Number(memory[1]);
    const trailing = memory[2] ?? '';
    const extra = trailing
      ? ` 끝의 ${trailing}은 AWS 명명 규칙 표에 설명이 없습니다.`
      : '';
    return { kind: 'memory', label: `메모리 ${tib} TiB`, note: `${SUFFIX_KINDS.memory.note} 이 유형은 ${tib} TiB(${(tib * 1024).toLocaleString('en-US')} GiB)입니다.${extra}` };
  }
  const blackwell = /^(g?)b(\d)00$/.exec(suffix);
  if (blackwell) {
    const chip = suffix.toUpperCase();
    const label = blackwell[1] ? `NVIDIA ${chip} (Grace + Blackwell)` : `NVIDIA ${chip} (Blackwell)`;
    return { kind: 'blackwell', label, note: SUFFIX_KINDS.blackwell.note };
  }
  const apple = /^m(\d+)(pro|max|ultra)?$/.exec(suffix);
  if (apple) {
    const variant = APPLE_VARIANTS.get(apple[2] ?? '') ?? '';
    return { kind: 'apple', label: `Apple M${apple[1]}${variant} 칩`, note: SUFFIX_KINDS.apple.note };
  }
  return { kind: 'unknown', label: SUFFIX_KINDS.unknown.label, note: SUFFIX_KINDS.unknown.note };
}
