// Turns decoded parts into what the UI and lessons show: colored segments with Korean meanings,
// the category with its lesson link, and related real names.
import { CATEGORIES, lessonHref, type CategoryInfo } from './categories.ts';
import type { InstanceTypeParts } from './decode.ts';
import { decodeInstanceType } from './decode.ts';
import { isRetiredFamily } from './generations.ts';
import { INSTANCE_FAMILIES, familySizes, nearestSize } from './names.ts';
import { describeOption, PROCESSORS } from './options.ts';
import { seriesInfo } from './series.ts';
import { describeSize } from './sizes.ts';
import { describeSuffix } from './suffixes.ts';

export type SegmentRole = 'series' | 'generation' | 'processor' | 'option' | 'suffix' | 'size' | 'separator';

export interface Segment {
  /** The characters of the name this segment covers. */
  text: string;
  role: SegmentRole;
  /** What kind of part it is: "시리즈", "세대", … (empty for separators). */
  title: string;
  /** Its meaning, short. */
  label: string;
  /** One or two sentences. */
  note: string;
  /** false for letters and suffixes the AWS naming table does not define. */
  defined: boolean;
  /** Lesson section that explains this part, if any. */
  href: string | null;
}

export const ROLE_TITLES: Record<Exclude<SegmentRole, 'separator'>, string> = {
  series: '시리즈',
  generation: '세대',
  processor: '프로세서',
  option: '옵션',
  suffix: '접미사',
  size: '크기',
};

export interface Explanation {
  parts: InstanceTypeParts;
  segments: Segment[];
  category: CategoryInfo & { href: string };
  retired: boolean;
}

function separator(text: string, note: string): Segment {
  return { text, role: 'separator', title: '', label: '', note, defined: true, href: null };
}

export function explainInstanceType(parts: InstanceTypeParts): Explanation {
  const series = seriesInfo(parts.series);
  const category = CATEGORIES[parts.category];
  const segments: Segment[] = [];
  const naming = lessonHref('naming');

  const noGeneration = parts.generation === null ? ' 이 이름에는 세대 숫자가 없고, 하이픈 뒤의 접미사가 패밀리를 구분합니다.' : '';
  const seriesNote = series
    ? `${series.english}${series.formerly ? ` (예전 AWS 표기: ${series.formerly})` : ''}. ${series.note}${series.inNamingTable ? '' : ' (AWS 이름 규칙 문서가 뜻을 밝히지 않은 시리즈)'}${noGeneration}`
    : '';
  segments.push({
    text: parts.series,
    role: 'series',
    title: ROLE_TITLES.series,
    label: series?.label ?? parts.series,
    note: seriesNote,
    defined: series?.inNamingTable ?? false,
    href: lessonHref(category.section),
  });
  if (parts.generation !== null) {
    segments.push({
      text: String(parts.generation),
      role: 'generation',
      title: ROLE_TITLES.generation,
      label: `${parts.generation}세대`,
      note: parts.previousGeneration
        ? `같은 시리즈 안에서 숫자가 클수록 최신 세대입니다. ${parts.family}는 AWS가 이전 세대로 분류하니, 새로 만들 때는 더 높은 세대를 고르세요.`
        : '같은 시리즈 안에서 숫자가 클수록 최신 세대이고, 보통 새 세대가 비슷한 가격에 더 나은 가격 대비 성능을 냅니다.',
      defined: true,
      href: naming,
    });
  }
  const letters = parts.family.slice(parts.series.length + (parts.generation === null ? 0 : String(parts.generation).length));
  const optionLetters = letters.split('-')[0] ?? '';
  let optionIndex = 0;
  for (const letter of optionLetters) {
    if (optionIndex === 0 && parts.processor !== null) {
      const info = PROCESSORS[parts.processor];
      segments.push({ text: letter, role: 'processor', title: ROLE_TITLES.processor, label: info.label, note: info.note, defined: true, href: naming });
    } else {
      const info = describeOption(letter, parts.category);
      segments.push({ text: letter, role: 'option', title: ROLE_TITLES.option, label: info.label, note: info.note, defined: info.defined, href: naming });
    }
    optionIndex++;
  }
  if (parts.suffix !== null) {
    segments.push(separator('-', '하이픈 뒤의 접미사도 패밀리 이름의 일부입니다.'));
    const info = describeSuffix(parts.suffix);
    segments.push({ text: parts.suffix, role: 'suffix', title: ROLE_TITLES.suffix, label: info.label, note: info.note, defined: info.kind !== 'unknown', href: naming });
  }
  segments.push(separator('.', '점 앞은 인스턴스 패밀리, 점 뒤는 크기입니다.'));
  const size = describeSize(parts.size);
  segments.push({
    text: parts.size,
    role: 'size',
    title: ROLE_TITLES.size,
    label: size?.label ?? parts.size,
    note: size?.note ?? '',
    defined: true,
    href: lessonHref('sizes'),
  });
  return {
    parts,
    segments,
    category: { ...category, href: lessonHref(category.section) },
    retired: isRetiredFamily(parts.family),
  };
}

/** Other sizes AWS sells in the same family, smallest first. */
export function otherSizes(parts: InstanceTypeParts): string[] {
  return familySizes(parts.family).map((size) => `${parts.family}.${size}`);
}

interface FamilyEntry {
  family: string;
  parts: InstanceTypeParts;
}

let catalog: FamilyEntry[] | null = null;

/** Every real family, decoded once (lazily). */
export function familyCatalog(): readonly FamilyEntry[] {
  if (catalog) return catalog;
  const entries: FamilyEntry[] = [];
  for (const family of INSTANCE_FAMILIES) {
    const first = familySizes(family)[0];
    if (first === undefined) continue;
    const result = decodeInstanceType(`${family}.${first}`);
    if (result.ok) entries.push({ family, parts: result.value });
  }
  catalog = entries;
  return entries;
}

/** Real types of the same series and generation with other options (closest size to the input's). */
export function similarInstanceTypes(parts: InstanceTypeParts, limit = 16): string[] {
  const out: string[] = [];
  for (const entry of familyCatalog()) {
    if (entry.family === parts.family) continue;
    if (entry.parts.series !== parts.series || entry.parts.generation !== parts.generation) continue;
    const size = nearestSize(entry.family, parts.size);
    if (size !== null) out.push(`${entry.family}.${size}`);
    if (out.length >= limit) break;
  }
  return out;
}
