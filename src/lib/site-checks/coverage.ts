// The coverage map (docs/coverage.md): which lines of each source note are taught by which lesson section.
// Format: a `### <note file>` heading per note, then table rows `| 3-18 | topic | /lessons/<id>/#<anchor> |`.

export interface CoverageRow {
  note: string;
  from: number;
  to: number;
  topic: string;
  lesson: string;
  anchor: string;
  /** 1-based line in coverage.md, for error messages. */
  line: number;
}

export type CoverageParse = { ok: true; value: CoverageRow[] } | { ok: false; error: { code: string; message: string } };

const ROW = /^\|\s*(\d+)(?:\s*[-–]\s*(\d+))?\s*\|\s*(.+?)\s*\|\s*\/lessons\/([a-z0-9-]+)\/#(\S+?)\s*\|\s*$/;

export function parseCoverage(markdown: string): CoverageParse {
  const rows: CoverageRow[] = [];
  let note: string | null = null;
  const lines = markdown.split('\n');
  for (const [index, text] of lines.entries()) {
    const heading = /^###\s+(\d{3}_[0-9a-f]{16}\.txt)\s*$/.exec(text);
    if (heading) { note = heading[1] ?? null; continue; }
    if (!text.startsWith('|') || /^\|\s*(줄|-)/.test(text)) continue;
    const m = ROW.exec(text);
    if (!m) return { ok: false, error: { code: 'bad-row', message: `coverage.md ${index + 1}행: 형식이 "| 시작-끝 | 항목 | /lessons/<id>/#<앵커> |"가 아닙니다` } };
    if (!note) return { ok: false, error: { code: 'no-note', message: `coverage.md ${index + 1}행: 어느 노트의 줄인지(### 노트 파일) 앞에 없습니다` } };
    const from = Number(m[1]);
    const to = m[2] ? Number(m[2]) : from;
    if (to < from) return { ok: false, error: { code: 'bad-range', message: `coverage.md ${index + 1}행: 줄 범위 ${from}-${to}가 거꾸로입니다` } };
    rows.push({ note, from, to, topic: m[3] ?? '', lesson: m[4] ?? '', anchor: decodeURIComponent(m[5] ?? ''), line: index + 1 });
  }
  return { ok: true, value: rows };
}

/** Non-blank lines of a note that no row covers (1-based line numbers). */
export function uncoveredLines(noteText: string, rows: readonly CoverageRow[]): number[] {
  const covered = new Set<number>();
  for (const row of rows) for (let n = row.from; n <= row.to; n++) covered.add(n);
  return noteText
    .split('\n')
    .map((text, i) => ({ text, n: i + 1 }))
    .filter(({ text, n }) => text.trim() !== '' && !covered.has(n))
    .map(({ n }) => n);
}

/** Collapses line numbers into ranges for a readable message: [3,4,5,9] → "3-5, 9". */
export function formatRanges(lines: readonly number[]): string {
  const parts: string[] = [];
  let start: number | null = null;
  let prev = -1;
  for (const n of [...lines, Number.NaN]) {
    if (start !== null && n === prev + 1) { prev = n; continue; }
    if (start !== null) parts.push(start === prev ? `${start}` : `${start}-${prev}`);
    start = n;
    prev = n;
  }
  return parts.join(', ');
}
