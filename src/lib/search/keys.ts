// Jamo-level match keys with a position map back to the original text.
// Matching happens on `jamo` (lower-cased, decomposed, letters and digits only), so one wrong jamo is a
// small edit and spacing or punctuation never matters; highlights are mapped back through `map`.
import { disassemble, getChoseong } from 'es-hangul';

export interface Keyed {
  /** Original text (NFC). */
  text: string;
  /** Decomposed, lower-cased letters and digits: `로드 밸런서(ELB)` → `ㄹㅗㄷㅡㅂㅐㄹㄹㅓㄴㅅㅓelb`. */
  jamo: string;
  /** `map[i]` = UTF-16 offset in `text` of the character that produced `jamo[i]`. */
  map: number[];
  /** Initial consonants of the Hangul syllables (and bare consonants) only. */
  cho: string;
  choMap: number[];
}

const SYLLABLE = /[\uac00-\ud7a3]/;
const COMPAT_JAMO = /[\u3131-\u318e]/;
const CONSONANT = /[\u3131-\u314e]/;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const LATIN_OR_DIGIT = /[\p{Script=Latin}\p{N}]/u;

// Few distinct syllables occur in the content; caching makes key building ~10× cheaper.
const jamoCache = new Map<string, string>();
const choCache = new Map<string, string>();

function jamoOf(ch: string): string {
  let d = jamoCache.get(ch);
  if (d === undefined) {
    d = SYLLABLE.test(ch) || COMPAT_JAMO.test(ch) ? disassemble(ch) : ch.toLowerCase();
    jamoCache.set(ch, d);
  }
  return d;
}

function choOf(ch: string): string {
  let c = choCache.get(ch);
  if (c === undefined) {
    c = SYLLABLE.test(ch) ? getChoseong(ch) : '';
    choCache.set(ch, c);
  }
  return c;
}

export function keyed(raw: string): Keyed {
  const text = raw.normalize('NFC');
  let jamo = '';
  let cho = '';
  const map: number[] = [];
  const choMap: number[] = [];
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i) ?? 0;
    const len = cp > 0xffff ? 2 : 1;
    const ch = text.slice(i, i + len);
    if (WORD_CHAR.test(ch)) {
      const d = jamoOf(ch);
      jamo += d;
      for (let j = 0; j < d.length; j++) map.push(i);
      const c = CONSONANT.test(ch) ? ch : choOf(ch);
      if (c) {
        cho += c;
        choMap.push(i);
      }
    }
    i += len;
  }
  return { text, jamo, map, cho, choMap };
}

/** The query's jamo key (same normalisation as `keyed`, without the map). */
export function jamoKey(raw: string): string {
  return keyed(raw).jamo;
}

/** True if every letter of the query is a bare consonant (ㄱ…ㅎ, compound ones like ㄳ split). */
export function isChoseongQuery(jamo: string): boolean {
  if (!jamo) return false;
  for (const ch of jamo) if (!CONSONANT.test(ch)) return false;
  return true;
}

export function hasHangul(s: string): boolean {
  return SYLLABLE.test(s) || COMPAT_JAMO.test(s);
}

/**
 * A match may only start where a character starts, and inside Latin text only at the start of a word,
 * so `ri` does not match the middle of `security` and `ㅏㄴ` not the middle of `안`.
 */
export function isStartBoundary(k: Keyed, i: number): boolean {
  const at = k.map[i];
  if (at === undefined) return false;
  if (i > 0 && k.map[i - 1] === at) return false;
  const ch = k.text[at] ?? '';
  if (!LATIN_OR_DIGIT.test(ch)) return true;
  const prev = at > 0 ? (k.text[at - 1] ?? '') : '';
  if (!LATIN_OR_DIGIT.test(prev)) return true;
  // camelCase and letter/digit boundaries (IMDSv2, EC2) count as word starts too.
  if (/\p{Ll}/u.test(prev) && /\p{Lu}/u.test(ch)) return true;
  return /\p{L}/u.test(prev) !== /\p{L}/u.test(ch);
}

/** First occurrence of `needle` in `k.jamo` that starts on a boundary, or -1. */
export function findAtBoundary(k: Keyed, needle: string): number {
  if (!needle) return -1;
  let from = 0;
  for (;;) {
    const i = k.jamo.indexOf(needle, from);
    if (i < 0) return -1;
    if (isStartBoundary(k, i)) return i;
    from = i + 1;
  }
}

/** Choseong substring position (any Hangul character start is a boundary), or -1. */
export function findChoseong(k: Keyed, needle: string): number {
  return needle ? k.cho.indexOf(needle) : -1;
}

function charEnd(text: string, at: number): number {
  const cp = text.codePointAt(at) ?? 0;
  return at + (cp > 0xffff ? 2 : 1);
}

/**
 * Map inclusive key ranges back to half-open ranges in the original text, merging ranges that touch or
 * are separated only by spaces or punctuation (`로드 밸런서` highlights as one run).
 */
export function mapRanges(k: Keyed, ranges: readonly (readonly [number, number])[], useCho = false): [number, number][] {
  const map = useCho ? k.choMap : k.map;
  const spans: [number, number][] = [];
  for (const [a, b] of ranges) {
    const s = map[a];
    const e = map[b];
    if (s === undefined || e === undefined) continue;
    spans.push([s, charEnd(k.text, e)]);
  }
  spans.sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  for (const span of spans) {
    const last = out[out.length - 1];
    if (last && span[0] <= last[1]) {
      last[1] = Math.max(last[1], span[1]);
    } else if (last && !WORD_CHAR.test(k.text.slice(last[1], span[0]))) {
      last[1] = Math.max(last[1], span[1]);
    } else {
      out.push([span[0], span[1]]);
    }
  }
  return out;
}

/**
 * Inclusive [start, end] of the substring of `text` closest to `pattern` in edit distance (Sellers'
 * semi-global alignment), for highlighting fuzzy hits: Bitap's match mask over-marks its window
 * (`로드벨런서` would light up `로드 밸런서 생` in `로드 밸런서 생성`). Runs only for shown hits.
 */
export function alignRange(text: string, pattern: string): [number, number] | null {
  const m = pattern.length;
  const n = text.length;
  if (m === 0 || n === 0) return null;
  let cost = new Array<number>(n + 1).fill(0);
  let from = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const nextCost = new Array<number>(n + 1);
    const nextFrom = new Array<number>(n + 1);
    nextCost[0] = i;
    nextFrom[0] = 0;
    for (let j = 1; j <= n; j++) {
      let best = (cost[j - 1] ?? 0) + (pattern[i - 1] === text[j - 1] ? 0 : 1);
      let start = from[j - 1] ?? 0;
      const skipPattern = (cost[j] ?? 0) + 1;
      if (skipPattern < best) {
        best = skipPattern;
        start = from[j] ?? 0;
      }
      const skipText = (nextCost[j - 1] ?? 0) + 1;
      if (skipText < best) {
        best = skipText;
        start = nextFrom[j - 1] ?? 0;
      }
      nextCost[j] = best;
      nextFrom[j] = start;
    }
    cost = nextCost;
    from = nextFrom;
  }
  let end = -1;
  let min = Infinity;
  for (let j = 1; j <= n; j++) {
    const c = cost[j] ?? Infinity;
    if (c < min) {
      min = c;
      end = j;
    }
  }
  const start = from[end] ?? 0;
  return end > start ? [start, end - 1] : null;
}
