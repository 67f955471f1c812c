// Korean-aware search over index entries: routed matching on jamo keys (see study-site-features.md §1.5).
// Tiers, best first: exact name → prefix → substring/초성 → abbreviation expansion → fuzzy (fuse.js on
// jamo names, behind a jamo-bigram filter) → all words → body text. A query that finds nothing good is retried through the other keyboard layout.
import Fuse from 'fuse.js/basic';
import { convertHangulToQwerty, convertQwertyToHangul } from 'es-hangul';
import { alignRange, findAtBoundary, findChoseong, hasHangul, isChoseongQuery, isStartBoundary, jamoKey, keyed, mapRanges, type Keyed } from './keys.ts';
import type { HighlightField, MatchKind, Range, Search, SearchEntry, SearchHit, SearchKind } from './types.ts';

interface Field {
  key: Keyed;
  /** Which displayed field to highlight when this one matches (an alias is shown only when it matched). */
  display: HighlightField | null;
  /** Small tie-break: the shown name beats an alias. */
  rank: number;
}

interface Doc {
  index: number;
  entry: SearchEntry;
  names: Field[];
  body: Field[];
  /** Fuzzy matching runs on names, except question prompts (long sentences are body text). */
  fuzzy: boolean;
  bias: number;
}

/** A matched span, kept as key positions; mapped to characters only for the hits that are shown. */
interface Mark {
  field: Field;
  /** Inclusive [start, end] positions in the field's jamo key (or 초성 key). */
  ranges: readonly (readonly [number, number])[];
  cho?: boolean;
  /** Fuzzy hits are highlighted by aligning this query key with the field. */
  fuzzy?: string;
}

interface Candidate {
  score: number;
  match: MatchKind;
  marks: Mark[];
}

type Pool = Map<number, Candidate>;

/** Which entry and which of its names a Fuse record stands for. */
interface FuseRef {
  doc: number;
  field: number;
}

/** Ties go to glossary terms, then lesson sections, tools, questions. */
const KIND_BIAS: Readonly<Record<SearchKind, number>> = { term: 0, lesson: 0.004, tool: 0.006, question: 0.008 };
/** A best score above this means "nothing good": try the other keyboard layout. */
const GOOD = 0.3;
const FUZZY_THRESHOLD = 0.3;
/** fuse.js splits longer patterns into 32-character chunks; long queries are left to the word tier. */
const FUZZY_MAX_PATTERN = 32;
const FUZZY_MIN_PATTERN = 4;
const LAYOUT_PENALTY = 0.08;
const FUSE_OPTIONS = {
  includeScore: true,
  ignoreLocation: true,
  threshold: FUZZY_THRESHOLD,
};

function toDoc(entry: SearchEntry, index: number): Doc {
  const names: Field[] = [];
  const body: Field[] = [];
  if (entry.kind === 'question') {
    body.push({ key: keyed(entry.title), display: 'title', rank: 0 });
  } else {
    names.push({ key: keyed(entry.title), display: 'title', rank: 0 });
  }
  if (entry.abbr) names.push({ key: keyed(entry.abbr), display: 'abbr', rank: 0.005 });
  if (entry.en) names.push({ key: keyed(entry.en), display: 'en', rank: 0.01 });
  for (const alias of entry.aliases ?? []) names.push({ key: keyed(alias), display: 'alias', rank: 0.015 });
  if (entry.excerpt) body.push({ key: keyed(entry.excerpt), display: 'excerpt', rank: 0 });
  return {
    index,
    entry,
    names,
    body,
    fuzzy: entry.kind !== 'question' && names.length > 0,
    bias: KIND_BIAS[entry.kind] + Math.min(entry.title.length, 200) * 0.00001,
  };
}

function offer(pool: Pool, doc: Doc, c: Candidate): void {
  const score = c.score + doc.bias;
  const prev = pool.get(doc.index);
  if (!prev || score < prev.score) pool.set(doc.index, { ...c, score });
}

function bestScore(pool: Pool): number {
  let best = Infinity;
  for (const c of pool.values()) best = Math.min(best, c.score);
  return best;
}

function bigrams(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < s.length; i++) out.push(s.slice(i, i + 2));
  return out;
}

/**
 * All keys of one kind joined into one string, so a query is one native indexOf pass instead of one per
 * field. The separator is not a letter or digit, and query keys contain only those, so no match spans two keys.
 */
interface Corpus {
  text: string;
  starts: number[];
  fields: Field[];
  owners: Doc[];
}

function corpus(docs: readonly Doc[], pick: (d: Doc) => Field[], key: (f: Field) => string): Corpus {
  const parts: string[] = [];
  const starts: number[] = [];
  const fields: Field[] = [];
  const owners: Doc[] = [];
  let at = 0;
  for (const d of docs) {
    for (const f of pick(d)) {
      const k = key(f);
      starts.push(at);
      parts.push(k);
      fields.push(f);
      owners.push(d);
      at += k.length + 1;
    }
  }
  starts.push(at);
  return { text: parts.join('\n'), starts, fields, owners };
}

/** Calls `visit` once per field with the first occurrence of `q` that passes `ok`. */
function scan(c: Corpus, q: string, ok: (f: Field, pos: number) => boolean, visit: (doc: Doc, f: Field, pos: number) => void): void {
  if (!q) return;
  let from = 0;
  let lo = 0;
  for (;;) {
    const i = c.text.indexOf(q, from);
    if (i < 0) return;
    // Occurrences come in order, so the owning field is found by moving forward from the last one.
    let hi = c.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((c.starts[mid] ?? Infinity) <= i) lo = mid;
      else hi = mid - 1;
    }
    const f = c.fields[lo];
    const doc = c.owners[lo];
    const start = c.starts[lo] ?? 0;
    if (f && doc && ok(f, i - start)) {
      visit(doc, f, i - start);
      from = c.starts[lo + 1] ?? c.text.length;
    } else {
      from = i + 1;
    }
  }
}

const atBoundary = (f: Field, pos: number) => isStartBoundary(f.key, pos);
const anywhere = () => true;

export function createSearch(entries: readonly SearchEntry[]): Search {
  const docs = entries.map(toDoc);
  const nameCorpus = corpus(docs, (d) => d.names, (f) => f.key.jamo);
  const bodyCorpus = corpus(docs, (d) => d.body, (f) => f.key.jamo);
  const choCorpus = corpus(docs, (d) => d.names, (f) => f.key.cho);
  // One Fuse record per name (not one per entry with an array key: Fuse multiplies the scores of array
  // items, which would rank an entry with many mediocre aliases above one exact-ish name).
  const fuseRefs: FuseRef[] = [];
  const fuseStrings: string[] = [];
  // Jamo-bigram postings for the q-gram filter in front of fuse.js.
  const postings = new Map<string, number[]>();
  for (const d of docs) {
    if (!d.fuzzy) continue;
    d.names.forEach((f, field) => {
      const id = fuseRefs.length;
      fuseRefs.push({ doc: d.index, field });
      fuseStrings.push(f.key.jamo);
      for (const g of new Set(bigrams(f.key.jamo))) {
        const list = postings.get(g);
        if (list) list.push(id);
        else postings.set(g, [id]);
      }
    });
  }
  const fuse = new Fuse(fuseStrings, FUSE_OPTIONS);
  const byUrl = new Map<string, Doc>();
  for (const d of docs) if (d.entry.kind === 'lesson' && !byUrl.has(d.entry.url)) byUrl.set(d.entry.url, d);

  /** Exact, prefix and boundary-substring matches of the whole query on names (and body text). */
  function literal(pool: Pool, q: string, opts: { body: boolean; penalty: number; match?: MatchKind; skip?: number }): void {
    if (!q) return;
    scan(nameCorpus, q, atBoundary, (doc, f, pos) => {
      if (doc.index === opts.skip) return;
      const coverage = q.length / f.key.jamo.length;
      const base = pos === 0 ? (coverage === 1 ? 0 : 0.05 + 0.1 * (1 - coverage)) : 0.12 + 0.1 * (1 - coverage);
      const match: MatchKind = opts.match ?? (pos === 0 ? (coverage === 1 ? 'exact' : 'prefix') : 'substring');
      offer(pool, doc, { score: opts.penalty + base + f.rank, match, marks: [{ field: f, ranges: [[pos, pos + q.length - 1]] }] });
    });
    if (!opts.body || q.length < 2) return;
    scan(bodyCorpus, q, atBoundary, (doc, f, pos) => {
      if (doc.index === opts.skip) return;
      offer(pool, doc, { score: opts.penalty + 0.45 + Math.min(pos, 400) * 0.0001, match: opts.match ?? 'body', marks: [{ field: f, ranges: [[pos, pos + q.length - 1]] }] });
    });
  }

  /** 초성 query: substring of the names' initial consonants, prefix first. */
  function choseong(pool: Pool, q: string): void {
    scan(choCorpus, q, anywhere, (doc, f, pos) => {
      const coverage = q.length / f.key.cho.length;
      const base = pos === 0 ? (coverage === 1 ? 0.02 : 0.06 + 0.1 * (1 - coverage)) : 0.14 + 0.1 * (1 - coverage);
      offer(pool, doc, { score: base + f.rank, match: 'choseong', marks: [{ field: f, ranges: [[pos, pos + q.length - 1]], cho: true }] });
    });
  }

  /**
   * Names that can possibly be within fuse's error budget, by the q-gram lemma: a k-error match of an
   * m-jamo pattern shares at least m - 1 - 2k of its bigrams. Returns undefined when the bound is useless.
   */
  function candidates(q: string): number[] | undefined {
    const k = Math.floor(FUZZY_THRESHOLD * q.length + 1e-9);
    const grams = bigrams(q);
    const distinct = new Set(grams);
    const need = q.length - 1 - 2 * k - (grams.length - distinct.size);
    if (need <= 0) return undefined;
    const counts = new Map<number, number>();
    for (const g of distinct) for (const id of postings.get(g) ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
    const out: number[] = [];
    for (const [id, n] of counts) if (n >= need) out.push(id);
    return out;
  }

  /** fuse.js Bitap on jamo names, behind the bigram filter. */
  function fuzzy(pool: Pool, q: string, penalty: number): void {
    if (q.length < FUZZY_MIN_PATTERN || q.length > FUZZY_MAX_PATTERN) return;
    const cand = candidates(q);
    if (cand && cand.length === 0) return;
    const searcher = cand ? new Fuse(cand.map((id) => fuseStrings[id] ?? ''), FUSE_OPTIONS) : fuse;
    const refOf = (i: number) => fuseRefs[cand ? (cand[i] ?? -1) : i];
    // Each name is its own Fuse record: keep the best score per entry, but highlight every shown name that matched.
    const perDoc = new Map<number, Candidate>();
    for (const r of searcher.search(q)) {
      const ref = refOf(r.refIndex);
      const doc = ref ? docs[ref.doc] : undefined;
      const f = ref && doc ? doc.names[ref.field] : undefined;
      if (!doc || !f) continue;
      // Prefer names about as long as the query: 로드벨런서 means 로드 밸런서 rather than 네트워크 로드 밸런서.
      const coverage = Math.min(1, q.length / Math.max(1, f.key.jamo.length));
      const score = penalty + 0.25 + 0.5 * (r.score ?? 1) + 0.05 * (1 - coverage) + f.rank / 3;
      const c = perDoc.get(doc.index) ?? { score: Infinity, match: 'fuzzy', marks: [] };
      if (f.display) c.marks.push({ field: f, ranges: [], fuzzy: q });
      c.score = Math.min(c.score, score);
      perDoc.set(doc.index, c);
    }
    for (const [i, c] of perDoc) {
      const doc = docs[i];
      if (doc) offer(pool, doc, c);
    }
  }

  /** Docs with a boundary occurrence of `t` in a name or the body text, with where it was found. */
  function occurrences(t: string): Map<number, { mark: Mark; inNames: boolean }> {
    const found = new Map<number, { mark: Mark; inNames: boolean }>();
    scan(nameCorpus, t, atBoundary, (doc, f, pos) => {
      if (!found.get(doc.index)?.inNames) found.set(doc.index, { mark: { field: f, ranges: [[pos, pos + t.length - 1]] }, inNames: true });
    });
    scan(bodyCorpus, t, atBoundary, (doc, f, pos) => {
      if (!found.has(doc.index)) found.set(doc.index, { mark: { field: f, ranges: [[pos, pos + t.length - 1]] }, inNames: false });
    });
    return found;
  }

  /**
   * Several words: each must occur somewhere in the entry (name or body), in any order. A word found nowhere
   * in the index ("vs", a typo beyond repair) is ignored, as long as most of the query is still understood.
   */
  function words(pool: Pool, raw: string, penalty: number): void {
    const tokens = [...new Set(raw.split(/\s+/).map(jamoKey).filter((t) => t.length >= 2))];
    if (tokens.length < 2) return;
    const perToken = tokens.map(occurrences).filter((m) => m.size > 0);
    if (perToken.length < 2 || perToken.length * 2 < tokens.length) return;
    const ignored = tokens.length - perToken.length;
    // Rarest first: the intersection shrinks fastest.
    perToken.sort((a, b) => a.size - b.size);
    const [first, ...rest] = perToken;
    if (!first) return;
    for (const [i, o] of first) {
      const marks = [o.mark];
      let inNames = o.inNames;
      let all = true;
      for (const m of rest) {
        const x = m.get(i);
        if (!x) {
          all = false;
          break;
        }
        marks.push(x.mark);
        inNames &&= x.inNames;
      }
      const doc = docs[i];
      if (all && doc) offer(pool, doc, { score: penalty + (inNames ? 0.3 : 0.5) + 0.03 * ignored, match: 'words', marks });
    }
  }

  /**
   * Several words that no single entry holds ("예약 인스턴스 vs Savings Plans"): each run of consecutive words
   * is tried as a name on its own, and the longer the run, the better its hits rank, so both subjects come up.
   */
  function phrases(pool: Pool, raw: string, penalty: number): void {
    const tokens = raw.split(/\s+/).map(jamoKey).filter((t) => t.length > 0);
    if (tokens.length < 2 || tokens.length > 8) return;
    const known = tokens.filter((t) => t.length >= 2 && nameCorpus.text.includes(t)).length;
    if (known < 2) return;
    const total = tokens.reduce((n, t) => n + t.length, 0);
    for (let a = 0; a < tokens.length; a++) {
      for (let b = a + 1; b <= tokens.length; b++) {
        if (a === 0 && b === tokens.length) continue;
        const q = tokens.slice(a, b).join('');
        if (q.length < 4) continue;
        const extra: Pool = new Map();
        literal(extra, q, { body: false, penalty: 0, match: 'words' });
        for (const [i, c] of extra) {
          const doc = docs[i];
          if (doc) offer(pool, doc, { ...c, score: penalty + 0.26 + 0.2 * (1 - q.length / total) + Math.max(0, c.score - doc.bias) * 0.5 });
        }
      }
    }
  }

  /** Everything except the layout retry, for one spelling of the query. */
  function primary(pool: Pool, raw: string, penalty: number, limit: number): void {
    const q = jamoKey(raw);
    if (!q) return;
    if (isChoseongQuery(q)) {
      choseong(pool, q);
      // A single consonant is also the start of a syllable being typed.
      if (q.length === 1) literal(pool, q, { body: false, penalty: penalty + 0.1 });
      return;
    }
    literal(pool, q, { body: true, penalty });
    let strong = 0;
    for (const c of pool.values()) if (c.score < 0.25) strong++;
    // Enough clean hits: fuzzy ones would only trail them (and Bitap is the costly tier).
    if (strong < Math.max(3, Math.ceil(limit / 2))) fuzzy(pool, q, penalty);
    words(pool, raw, penalty);
    if (bestScore(pool) > GOOD) phrases(pool, raw, penalty);
  }

  /** Abbreviation ↔ English ↔ Korean: an exact term match also finds the sections that use its other names. */
  function expand(pool: Pool): string[] {
    const used: string[] = [];
    const allTerms = [...pool.entries()].filter(([i]) => docs[i]?.entry.kind === 'term').sort((a, b) => a[1].score - b[1].score);
    // Exact names (ASG, 보안 그룹), or the single best term when it is a close typo (오토스캐일링).
    const terms = allTerms.filter(([, c]) => (c.match === 'exact' || c.match === 'layout') && c.score < 0.03 + (c.match === 'layout' ? LAYOUT_PENALTY : 0)).slice(0, 2);
    const best = allTerms[0];
    if (terms.length === 0 && best && best[1].score <= 0.32) terms.push(best);
    for (const [i, source] of terms) {
      const doc = docs[i];
      if (!doc) continue;
      const extra: Pool = new Map();
      for (const f of doc.names) {
        literal(extra, f.key.jamo, { body: false, penalty: 0.2, match: 'expansion', skip: i });
        used.push(f.key.jamo);
      }
      const home = doc.entry.see === undefined ? undefined : byUrl.get(doc.entry.see);
      if (home && home.index !== i) offer(extra, home, { score: 0.04, match: 'expansion', marks: [] });
      for (const [j, c] of extra) {
        // Never above the term that led here.
        const score = Math.max(c.score * 0.5 + 0.1, source.score + 0.002);
        const prev = pool.get(j);
        if (!prev || score < prev.score) pool.set(j, { ...c, score });
      }
    }
    return used;
  }

  /** Shown fields that no tier highlighted get the first literal occurrence of the query or an expansion. */
  function highlights(doc: Doc, c: Candidate, needles: string[], cho: string): { ranges: SearchHit['highlights']; alias?: string } {
    const out: Partial<Record<HighlightField, Range[]>> = {};
    const add = (field: HighlightField | null, ranges: Range[]) => {
      if (field && ranges.length > 0) out[field] = [...(out[field] ?? []), ...ranges];
    };
    // Only the best-matching alias is shown, and only when no shown name explains the hit.
    const aliasMark = c.marks.find((m) => m.field.display === 'alias');
    const explained = c.marks.some((m) => m.field.display !== 'alias' && m.field.display !== 'excerpt');
    const marks = c.marks.filter((m) => m.field.display !== 'alias' || (m === aliasMark && !explained));
    for (const m of marks) {
      if (m.fuzzy !== undefined) {
        const r = alignRange(m.field.key.jamo, m.fuzzy);
        if (r) add(m.field.display, mapRanges(m.field.key, [r]));
      } else {
        add(m.field.display, mapRanges(m.field.key, m.ranges, m.cho));
      }
    }
    for (const f of [...doc.names, ...doc.body]) {
      if (!f.display || f.display === 'alias' || out[f.display]) continue;
      if (cho && doc.names.includes(f)) {
        const pos = findChoseong(f.key, cho);
        if (pos >= 0) add(f.display, mapRanges(f.key, [[pos, pos + cho.length - 1]], true));
        continue;
      }
      for (const n of needles) {
        const pos = findAtBoundary(f.key, n);
        if (pos >= 0) {
          add(f.display, mapRanges(f.key, [[pos, pos + n.length - 1]]));
          break;
        }
      }
    }
    for (const field of Object.keys(out) as HighlightField[]) out[field] = mergeRanges(out[field] ?? []);
    const alias = aliasMark && !explained && out.alias ? aliasMark.field.key.text : undefined;
    if (!alias) delete out.alias;
    return alias ? { ranges: out, alias } : { ranges: out };
  }

  function search(query: string, limit = 10): SearchHit[] {
    const raw = query.normalize('NFC').trim().slice(0, 200);
    if (!raw || limit <= 0) return [];
    const pool: Pool = new Map();
    primary(pool, raw, 0, limit);

    let other = '';
    if (bestScore(pool) > GOOD) {
      // 한/영 slip: `dhxh` was meant as 오토, `ㅁㄴㅎ` as asg.
      if (hasHangul(raw)) {
        const latin = convertHangulToQwerty(raw);
        if (/^[a-z0-9 ]+$/i.test(latin) && latin.replace(/\s/g, '').length >= 2) other = latin;
      } else if (/^[a-z ]+$/i.test(raw) && raw.replace(/\s/g, '').length >= 2) {
        const ko = convertQwertyToHangul(raw);
        if (/[\uac00-\ud7a3]/.test(ko)) other = ko;
      }
      if (other) {
        const retry: Pool = new Map();
        primary(retry, other, LAYOUT_PENALTY, limit);
        for (const [i, c] of retry) {
          const prev = pool.get(i);
          if (!prev || c.score < prev.score) pool.set(i, { ...c, match: 'layout' });
        }
      }
    }
    const expanded = expand(pool);

    const ranked = [...pool.entries()].sort((a, b) => a[1].score - b[1].score || a[0] - b[0]).slice(0, limit);
    const q = jamoKey(raw);
    const needles = [q, ...(other ? [jamoKey(other)] : [])];
    const cho = isChoseongQuery(q) ? q : '';
    return ranked.flatMap(([i, c]) => {
      const doc = docs[i];
      if (!doc) return [];
      const h = highlights(doc, c, c.match === 'expansion' ? [...needles, ...expanded] : needles, cho);
      const hit = toHit(doc.entry, c, h.ranges);
      if (h.alias) hit.alias = h.alias;
      return [hit];
    });
  }

  return { search, size: docs.length };
}

function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

function toHit(e: SearchEntry, c: Candidate, highlights: SearchHit['highlights']): SearchHit {
  const hit: SearchHit = { id: e.id, kind: e.kind, title: e.title.normalize('NFC'), url: e.url, score: Math.round(c.score * 1000) / 1000, match: c.match, highlights };
  if (e.lesson !== undefined) hit.lesson = e.lesson;
  if (e.heading !== undefined) hit.heading = e.heading;
  if (e.en !== undefined) hit.en = e.en.normalize('NFC');
  if (e.abbr !== undefined) hit.abbr = e.abbr.normalize('NFC');
  if (e.excerpt !== undefined) hit.excerpt = e.excerpt.normalize('NFC');
  return hit;
}
