// Glossary grouping for the /glossary/ page: Korean terms under their initial consonant (ㄱ…ㅎ, with ㄲ under ㄱ,
// as Korean dictionaries do), terms that start with a Latin letter under A–Z, anything else under "기타".
import { getChoseong } from 'es-hangul';

export interface GlossaryTerm {
  id: string;
  ko: string;
  en: string;
  abbr?: string | undefined;
}

export interface GlossaryGroup<T extends GlossaryTerm> {
  /** Display label: ㄱ, ㄴ, …, A, B, …, 기타. */
  label: string;
  /** Anchor id for the group on the page. */
  anchor: string;
  terms: T[];
}

const CONSONANT_ORDER = ['ㄱ', 'ㄴ', 'ㄷ', 'ㄹ', 'ㅁ', 'ㅂ', 'ㅅ', 'ㅇ', 'ㅈ', 'ㅊ', 'ㅋ', 'ㅌ', 'ㅍ', 'ㅎ'] as const;
const DOUBLE_TO_SINGLE: Record<string, string> = { ㄲ: 'ㄱ', ㄸ: 'ㄷ', ㅃ: 'ㅂ', ㅆ: 'ㅅ', ㅉ: 'ㅈ' };
const ROMAN_ANCHOR: Record<string, string> = {
  ㄱ: 'g', ㄴ: 'n', ㄷ: 'd', ㄹ: 'r', ㅁ: 'm', ㅂ: 'b', ㅅ: 's', ㅇ: 'ng', ㅈ: 'j', ㅊ: 'ch', ㅋ: 'k', ㅌ: 't', ㅍ: 'p', ㅎ: 'h',
};

/** The group label of a term: the initial consonant of its first Hangul syllable, or its first Latin letter. */
export function initialOf(text: string): string {
  const first = text.trim().charAt(0);
  if (/[a-z]/i.test(first)) return first.toUpperCase();
  const choseong = getChoseong(first);
  if (choseong) return DOUBLE_TO_SINGLE[choseong] ?? choseong;
  return '기타';
}

function groupRank(label: string): number {
  const consonant = CONSONANT_ORDER.indexOf(label as (typeof CONSONANT_ORDER)[number]);
  if (consonant >= 0) return consonant;
  if (/^[A-Z]$/.test(label)) return 100 + label.charCodeAt(0);
  return 1000;
}

export function anchorFor(label: string): string {
  if (/^[A-Z]$/.test(label)) return `latin-${label.toLowerCase()}`;
  const roman = ROMAN_ANCHOR[label];
  return roman ? `hangul-${roman}` : 'other';
}

/** Groups terms by the initial of their Korean term; groups ordered ㄱ…ㅎ then A–Z; terms sorted in Korean order. */
export function groupGlossary<T extends GlossaryTerm>(terms: readonly T[]): GlossaryGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const term of terms) {
    const label = initialOf(term.ko);
    const list = groups.get(label) ?? [];
    list.push(term);
    groups.set(label, list);
  }
  const collator = new Intl.Collator('ko');
  return [...groups]
    .sort(([a], [b]) => groupRank(a) - groupRank(b))
    .map(([label, list]) => ({ label, anchor: anchorFor(label), terms: list.sort((a, b) => collator.compare(a.ko, b.ko)) }));
}
