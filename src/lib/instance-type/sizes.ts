// Sizes after the dot. Within one family each step up roughly doubles vCPU and memory; the exact
// numbers differ per family, so the UI points to AWS's tables instead of computing specs.

export const NAMED_SIZES = ['nano', 'micro', 'small', 'medium', 'large', 'xlarge'] as const;
export type NamedSize = (typeof NAMED_SIZES)[number];

export interface NamedSizeInfo {
  /** Size in "xlarge units": large = 0.5, xlarge = 1, 4xlarge = 4. */
  units: number;
  label: string;
  note: string;
}

export const SIZE_TABLE: Record<NamedSize, NamedSizeInfo> = {
  nano: { units: 1 / 32, label: '나노', note: '가장 작은 크기입니다. 주로 버스트 가능(T) 인스턴스에 있습니다(t3.nano: vCPU 2개, 메모리 0.5 GiB).' },
  micro: { units: 1 / 16, label: '마이크로', note: '아주 작은 크기로, 주로 버스트 가능(T) 인스턴스에 있습니다(t3.micro: vCPU 2개, 메모리 1 GiB).' },
  small: { units: 1 / 8, label: '스몰', note: '작은 크기로, 주로 버스트 가능(T) 인스턴스에 있습니다.' },
  medium: { units: 1 / 4, label: '미디엄', note: 'large의 절반 크기입니다. T 인스턴스와 여러 Graviton 패밀리 등에 있습니다(m6g.medium: vCPU 1개).' },
  large: { units: 1 / 2, label: '라지', note: '대부분의 패밀리에서 가장 작은 크기이자 기준점입니다. 대개 vCPU 2개입니다.' },
  xlarge: { units: 1, label: '엑스라지', note: 'large의 2배입니다. 대개 vCPU 4개입니다.' },
};

export type SizeKind = 'named' | 'multiple' | 'metal' | 'metal-sized';

export interface SizeParts {
  kind: SizeKind;
  /** For `Nxlarge` and `metal-Nxl`, N; otherwise null. */
  multiplier: number | null;
}

const SIZE_RE = /^(?:(nano|micro|small|medium|large|xlarge)|([1-9]\d{0,3})xlarge|metal(?:-([1-9]\d{0,3})xl)?)$/;

/** Parses a size token; null when it is not one. `1xlarge` is rejected (AWS writes `xlarge`). */
export function parseSize(size: string): SizeParts | null {
  const m = SIZE_RE.exec(size);
  if (!m) return null;
  if (m[1]) return { kind: 'named', multiplier: null };
  if (m[2]) {
    const n = Number(m[2]);
    return n >= 2 ? { kind: 'multiple', multiplier: n } : null;
  }
  if (m[3]) {
    const n = Number(m[3]);
    return n >= 2 ? { kind: 'metal-sized', multiplier: n } : null;
  }
  return { kind: 'metal', multiplier: null };
}

/** Sort key in xlarge units; bare metal sorts after the virtualized sizes it matches. */
export function sizeUnits(size: string): number {
  if (Object.hasOwn(SIZE_TABLE, size)) return SIZE_TABLE[size as NamedSize].units;
  const parts = parseSize(size);
  if (!parts) return Number.POSITIVE_INFINITY;
  if (parts.kind === 'multiple') return parts.multiplier ?? 0;
  if (parts.kind === 'metal-sized') return (parts.multiplier ?? 0) + 0.5;
  return 100_000; // plain `metal`: the whole server, listed last
}

export function compareSizes(a: string, b: string): number {
  return sizeUnits(a) - sizeUnits(b);
}

export interface SizeDescription {
  label: string;
  note: string;
}

export function describeSize(size: string): SizeDescription | null {
  const parts = parseSize(size);
  if (!parts) return null;
  if (parts.kind === 'named') {
    const info = SIZE_TABLE[size as NamedSize];
    return { label: info.label, note: info.note };
  }
  if (parts.kind === 'multiple') {
    const n = parts.multiplier ?? 0;
    return {
      label: `xlarge의 ${n}배`,
      note: `xlarge의 ${n}배 크기입니다. 대개 vCPU ${(4 * n).toLocaleString('en-US')}개지만, 정확한 vCPU·메모리는 패밀리마다 다르니 AWS 사양 표에서 확인하세요.`,
    };
  }
  if (parts.kind === 'metal-sized') {
    const n = parts.multiplier ?? 0;
    return {
      label: `베어 메탈 (${n}xlarge 크기)`,
      note: `하이퍼바이저 없이 물리 서버에서 직접 실행되는 베어 메탈이며, vCPU·메모리는 같은 패밀리의 ${n}xlarge와 같습니다. 한 패밀리에 베어 메탈 크기가 여럿일 때 이렇게 구분합니다.`,
    };
  }
  return {
    label: '베어 메탈',
    note: '하이퍼바이저(가상화 계층) 없이 물리 서버의 프로세서와 메모리에 직접 접근합니다. 자체 하이퍼바이저를 돌리거나 라이선스가 물리 서버 단위인 소프트웨어에 씁니다.',
  };
}
