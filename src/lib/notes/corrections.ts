// Where a lesson's "노트 바로잡기" callout meets its note: the callout quotes the note (`claim`), this finds the quoted
// lines in the note's text, and both sides share one id so the note page and the callout link to each other.

export interface CorrectionRef {
  /** Note file the callout corrects. */
  readonly note: string;
  /** What the note says, as the callout quotes it. */
  readonly claim: string;
  /** Lesson id the callout is in. */
  readonly lesson: string;
  /** Callout title if it has its own. */
  readonly title?: string | undefined;
}

/** Letters and digits only, lower-cased: quotes are compared without spacing, punctuation or Markdown marks. */
export function normalise(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** A stable id for a correction callout: the note's number and a short hash of the claim (FNV-1a). */
export function correctionId(noteNumber: number, claim: string): string {
  let hash = 0x811c9dc5;
  for (const ch of normalise(claim)) {
    hash ^= ch.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `note-${noteNumber}-fix-${hash.toString(36)}`;
}

function longestCommonRun(a: string, b: string): number {
  let best = 0;
  const row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] ?? 0;
      row[j] = a[i - 1] === b[j - 1] ? diagonal + 1 : 0;
      best = Math.max(best, row[j] ?? 0);
      diagonal = above;
    }
  }
  return best;
}

/**
 * 1-based lines of the note that the claim quotes. A claim may join several quoted lines with " / " or "…"; each
 * part matches the lines that contain it or that it contains, else the line sharing its longest run (≥ 6 letters).
 */
export function claimLines(noteText: string, claim: string): number[] {
  const lines = noteText.split('\n').map((text, i) => ({ n: i + 1, norm: normalise(text) }));
  const found = new Set<number>();
  const parts = claim.split(/\s\/\s|…|\.\.\.|\s\|\s/).map(normalise).filter((p) => p.length >= 4);
  for (const part of parts.length > 0 ? parts : [normalise(claim)]) {
    const direct = lines.filter((l) => l.norm.length >= 4 && (l.norm.includes(part) || (l.norm.length >= 8 && part.includes(l.norm))));
    if (direct.length > 0) { for (const l of direct) found.add(l.n); continue; }
    let best: { n: number; run: number } | null = null;
    for (const l of lines) {
      if (l.norm.length < 4) continue;
      const run = longestCommonRun(part, l.norm);
      if (!best || run > best.run) best = { n: l.n, run };
    }
    if (best && best.run >= 6) found.add(best.n);
  }
  return [...found].sort((a, b) => a - b);
}

/** Correction callouts written in a lesson's MDX source (attributes in any order). */
export function correctionsIn(lesson: string, mdx: string): CorrectionRef[] {
  const refs: CorrectionRef[] = [];
  // Attribute values may contain ">" (a claim quoting "A > B"), so quoted strings are matched whole.
  for (const m of mdx.matchAll(/<Callout\b((?:[^>"]|"[^"]*")*)>/g)) {
    const attributes = new Map<string, string>();
    for (const a of (m[1] ?? '').matchAll(/(\w+)="([^"]*)"/g)) attributes.set(a[1] ?? '', a[2] ?? '');
    const note = attributes.get('note');
    const claim = attributes.get('claim');
    if (attributes.get('type') !== 'correction' || !note || !claim) continue;
    refs.push({ note, claim, lesson, title: attributes.get('title') });
  }
  return refs;
}
