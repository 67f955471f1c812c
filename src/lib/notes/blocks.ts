// A source note cut into blocks for its page under /notes/: the front matter, each heading, each code fence, each
// table, and each top-level item with the lines indented under it. Every block keeps its line range so it can be
// matched with docs/coverage.md (which lesson section teaches it) and with the corrections that quote it.

export type NoteBlockKind = 'front-matter' | 'heading' | 'code' | 'table' | 'text';

export interface NoteLine {
  /** 1-based line number in the note file. */
  readonly n: number;
  readonly text: string;
}

export interface NoteBlock {
  readonly kind: NoteBlockKind;
  readonly from: number;
  readonly to: number;
  readonly lines: readonly NoteLine[];
}

const isBlank = (text: string) => text.trim() === '';
const isHeading = (text: string) => /^#{1,6}\s/.test(text) || /^\*\*[^*]+\*\*\s*$/.test(text.trim());
const isIndented = (text: string) => /^[\t ]/.test(text);
const isTable = (text: string) => text.trimStart().startsWith('|');

export function noteBlocks(noteText: string): NoteBlock[] {
  const lines = noteText.replace(/\r\n?/g, '\n').split('\n').map((text, i) => ({ n: i + 1, text }));
  const blocks: NoteBlock[] = [];
  let current: { kind: NoteBlockKind; lines: NoteLine[] } | null = null;
  const flush = () => {
    const block = current;
    current = null;
    if (!block || block.lines.length === 0) return;
    const first = block.lines[0];
    const last = block.lines[block.lines.length - 1];
    if (first && last) blocks.push({ kind: block.kind, from: first.n, to: last.n, lines: block.lines });
  };
  let i = 0;
  if (lines[0]?.text.trim() === '---') {
    const end = lines.findIndex((l, k) => k > 0 && l.text.trim() === '---');
    if (end > 0) {
      current = { kind: 'front-matter', lines: lines.slice(0, end + 1) };
      flush();
      i = end + 1;
    }
  }
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const { text } = line;
    if (/^\s*```/.test(text)) {
      flush();
      const block: NoteLine[] = [line];
      for (i++; i < lines.length; i++) {
        const l = lines[i];
        if (!l) break;
        block.push(l);
        if (/^\s*```/.test(l.text)) break;
      }
      current = { kind: 'code', lines: block };
      flush();
      continue;
    }
    if (isBlank(text)) { flush(); continue; }
    if (isHeading(text)) { flush(); current = { kind: 'heading', lines: [line] }; flush(); continue; }
    if (isTable(text)) {
      if (current?.kind !== 'table') { flush(); current = { kind: 'table', lines: [] }; }
      current.lines.push(line);
      continue;
    }
    if (current && current.kind === 'text' && isIndented(text)) { current.lines.push(line); continue; }
    flush();
    current = { kind: 'text', lines: [line] };
  }
  flush();
  return blocks;
}

/** An image the note refers to ("![alt](path)" or Obsidian's "![[file]]"): its name, or null. */
export function imageReference(text: string): string | null {
  const markdown = /!\[([^\]]*)\]\(([^)]+)\)/.exec(text);
  if (markdown) return markdown[2] ?? '';
  const obsidian = /!\[\[([^\]]+)\]\]/.exec(text);
  return obsidian ? (obsidian[1] ?? '') : null;
}
