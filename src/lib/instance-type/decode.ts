// decodeInstanceType: reads an EC2 instance type name part by part. Total: never throws, on any string.
//   family = series (letters) + generation (digits, may be absent before a dash) + options (letters)
//            + optional "-" suffix;   name = family "." size
import type { Category } from './categories.ts';
import { isPreviousGeneration } from './generations.ts';
import { isKnownInstanceType } from './names.ts';
import { PROCESSOR_LETTERS, isProcessorLetter, type Processor } from './options.ts';
import { seriesInfo } from './series.ts';
import { parseSize } from './sizes.ts';

export interface InstanceTypeParts {
  /** Normalized: trimmed, lower-case, NFKC. */
  name: string;
  /** Everything before the dot, as AWS defines it: "m5d", "m7i-flex", "u7i-12tb". */
  family: string;
  series: string;
  generation: number | null;
  processor: Processor | null;
  /** Other option letters, in written order. */
  options: string[];
  suffix: string | null;
  size: string;
  category: Category;
  previousGeneration: boolean;
  /** The name is one AWS lists today. */
  known: boolean;
}

export type DecodeErrorCode =
  | 'empty'
  | 'too-long'
  | 'invalid-character'
  | 'missing-dot'
  | 'extra-dot'
  | 'missing-family'
  | 'missing-size'
  | 'family-starts-with-digit'
  | 'unknown-series'
  | 'missing-generation'
  | 'bad-generation'
  | 'bad-options'
  | 'duplicate-option'
  | 'misplaced-processor'
  | 'bad-suffix'
  | 'bad-size';

export interface DecodeError {
  code: DecodeErrorCode;
  message: string;
}

export type DecodeResult = { ok: true; value: InstanceTypeParts } | { ok: false; error: DecodeError };

export const MAX_NAME_LENGTH = 40;
const EXAMPLE = '올바른 예: m5d.xlarge, c7gn.16xlarge, u7i-12tb.224xlarge';

function fail(code: DecodeErrorCode, message: string): DecodeResult {
  return { ok: false, error: { code, message } };
}

/** Quotes a piece of the input for a message (shortened; the UI renders messages as text). */
function quote(text: string): string {
  const short = text.length > 16 ? `${text.slice(0, 15)}…` : text;
  return `“${short}”`;
}

function describeChar(ch: string): string {
  if (/\s/u.test(ch)) return '공백';
  const code = ch.codePointAt(0) ?? 0;
  if (code < 0x20 || code === 0x7f) return `제어 문자(U+${code.toString(16).toUpperCase().padStart(4, '0')})`;
  return quote(ch);
}

export function normalizeInstanceTypeName(input: string): string {
  return input.normalize('NFKC').trim().toLowerCase();
}

const SIZE_HINT = '크기는 nano, micro, small, medium, large, xlarge, 2xlarge처럼 숫자+xlarge, metal, metal-24xl 가운데 하나입니다.';

function sizeError(size: string): DecodeResult {
  const xs = /^(x+)large$/.exec(size);
  if (xs && xs[1]) {
    return fail('bad-size', `크기 ${quote(size)}는 없습니다. AWS는 x를 겹쳐 쓰지 않고 숫자로 씁니다: ${xs[1].length}xlarge. ${SIZE_HINT}`);
  }
  if (/^[01]xlarge$/.test(size)) {
    return fail('bad-size', `크기 ${quote(size)}는 없습니다. 1배는 숫자 없이 xlarge라고 씁니다. ${SIZE_HINT}`);
  }
  if (/^0\d+xlarge$/.test(size)) {
    return fail('bad-size', `크기 ${quote(size)}의 숫자가 0으로 시작합니다. ${SIZE_HINT}`);
  }
  const xl = /^(\d+)xl$/.exec(size);
  if (xl) return fail('bad-size', `크기 ${quote(size)}는 줄여 쓴 형태입니다. ${xl[1]}xlarge라고 쓰세요(xl로 끝나는 것은 metal-24xl 같은 베어 메탈 크기뿐입니다).`);
  if (/^metal-/.test(size)) {
    return fail('bad-size', `베어 메탈 크기 ${quote(size)}의 형태가 틀렸습니다. metal 또는 metal-24xl처럼 metal-숫자xl로 씁니다.`);
  }
  return fail('bad-size', `점 뒤의 크기 ${quote(size)}를 알 수 없습니다. ${SIZE_HINT}`);
}

export function decodeInstanceType(input: string): DecodeResult {
  if (typeof input !== 'string') return fail('empty', `인스턴스 유형 이름을 입력하세요. ${EXAMPLE}`);
  // Cheap guard before normalizing, so a huge paste costs nothing.
  if (input.length > MAX_NAME_LENGTH * 4) {
    return fail('too-long', `이름이 너무 깁니다(${MAX_NAME_LENGTH}자 이하). 가장 긴 실제 이름도 20자 남짓입니다. ${EXAMPLE}`);
  }
  const name = normalizeInstanceTypeName(input);
  if (name === '') return fail('empty', `인스턴스 유형 이름을 입력하세요. ${EXAMPLE}`);
  if (name.length > MAX_NAME_LENGTH) {
    return fail('too-long', `이름이 너무 깁니다(${MAX_NAME_LENGTH}자 이하). 가장 긴 실제 이름도 20자 남짓입니다. ${EXAMPLE}`);
  }
  const bad = /[^a-z0-9.-]/u.exec(name);
  if (bad) {
    return fail('invalid-character', `${describeChar(bad[0])}는 쓸 수 없는 문자입니다. 인스턴스 유형 이름은 영문자, 숫자, 점(.)과 하이픈(-)만으로 이루어집니다. ${EXAMPLE}`);
  }
  const dot = name.indexOf('.');
  if (dot === -1) {
    return fail('missing-dot', `점(.)과 크기가 없습니다. ${quote(name)}는 패밀리만 적은 것입니다. ${quote(`${name}.large`)}처럼 점 뒤에 크기를 붙이세요.`);
  }
  if (name.indexOf('.', dot + 1) !== -1) {
    return fail('extra-dot', `점(.)이 두 개 이상입니다. 이름에는 패밀리와 크기를 나누는 점이 하나만 있습니다. ${EXAMPLE}`);
  }
  const family = name.slice(0, dot);
  const size = name.slice(dot + 1);
  if (family === '') return fail('missing-family', `점 앞의 패밀리가 없습니다. ${quote(`m5d${name}`)}처럼 크기 앞에 시리즈·세대·옵션을 쓰세요.`);
  if (size === '') return fail('missing-size', `점 뒤의 크기가 없습니다. ${quote(`${family}.xlarge`)}처럼 점 뒤에 크기를 쓰세요.`);

  // Family: series letters, generation digits, option letters, then an optional "-suffix".
  const m = /^([a-z]*)(\d*)([a-z]*)(.*)$/.exec(family);
  const seriesText = m?.[1] ?? '';
  const genText = m?.[2] ?? '';
  const optText = m?.[3] ?? '';
  const rest = m?.[4] ?? '';
  if (seriesText === '') {
    if (/^\d/.test(family)) {
      return fail('family-starts-with-digit', `패밀리 ${quote(family)}가 숫자로 시작합니다. 이름은 시리즈 문자로 시작하고 세대 숫자가 그 뒤에 옵니다(예: 5m이 아니라 m5).`);
    }
    return fail('unknown-series', `패밀리 ${quote(family)}가 시리즈 문자로 시작하지 않습니다. ${EXAMPLE}`);
  }
  const series = seriesInfo(seriesText);
  if (!series) {
    return fail('unknown-series', `시리즈 ${quote(seriesText)}는 AWS가 쓰지 않는 시리즈입니다. 시리즈는 첫 숫자 앞의 문자들입니다(m, c, r, t, g, p, i, hpc, inf, trn, mac, u, x …).`);
  }
  let suffix: string | null = null;
  if (rest !== '') {
    if (!rest.startsWith('-')) {
      return fail('bad-options', `패밀리 ${quote(family)}의 옵션 문자 뒤에 ${quote(rest)}가 있습니다. 옵션 문자(예: d, n)는 세대 숫자 뒤에 한 번만 오고, 그 뒤에는 점이나 -flex 같은 접미사만 옵니다.`);
    }
    suffix = rest.slice(1);
    if (suffix === '') return fail('bad-suffix', `하이픈(-) 뒤가 비어 있습니다. m7i-flex, u7i-12tb처럼 하이픈 뒤에 접미사를 쓰거나 하이픈을 지우세요.`);
    if (!/^[a-z0-9]+$/.test(suffix)) {
      return fail('bad-suffix', `접미사 ${quote(suffix)}에는 영문자와 숫자만 쓸 수 있고 하이픈은 하나만 옵니다(예: m7i-flex, p6-b200).`);
    }
  }
  let generation: number | null = null;
  if (genText === '') {
    if (suffix === null) {
      return fail('missing-generation', `시리즈 ${quote(seriesText)} 뒤에 세대 숫자가 없습니다. ${quote(`${seriesText}5`)}처럼 시리즈 바로 뒤에 세대를 쓰세요.`);
    }
  } else {
    if (genText.length > 2 || genText.startsWith('0')) {
      return fail('bad-generation', `세대 ${quote(genText)}는 올바른 세대 숫자가 아닙니다. 세대는 1부터 시작하는 한두 자리 숫자입니다(예: m5, c7).`);
    }
    generation = Number(genText);
  }
  let processor: Processor | null = null;
  const options: string[] = [];
  for (const [index, letter] of [...optText].entries()) {
    if (index === 0 && isProcessorLetter(letter)) processor = PROCESSOR_LETTERS[letter];
    else options.push(letter);
  }
  const misplaced = options.find((letter) => isProcessorLetter(letter));
  if (misplaced) {
    return fail('misplaced-processor', `프로세서 문자 ${quote(misplaced)}는 세대 숫자 바로 뒤, 옵션의 맨 앞에만 올 수 있습니다(예: m6id, c7gn). 패밀리 ${quote(family)}를 확인하세요.`);
  }
  const duplicate = options.find((letter, i) => options.indexOf(letter) !== i);
  if (duplicate) {
    return fail('duplicate-option', `옵션 문자 ${quote(duplicate)}가 두 번 있습니다. 옵션 문자는 한 번씩만 씁니다(예: m5dn).`);
  }
  if (!parseSize(size)) return sizeError(size);

  return {
    ok: true,
    value: {
      name,
      family,
      series: seriesText,
      generation,
      processor,
      options,
      suffix,
      size,
      category: series.category,
      previousGeneration: isPreviousGeneration(family),
      known: isKnownInstanceType(name),
    },
  };
}
