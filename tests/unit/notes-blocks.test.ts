// Notes cut into blocks for /notes/, and corrections found in the notes they quote.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { imageReference, noteBlocks } from '../../src/lib/notes/blocks.ts';
import { claimLines, correctionId, correctionsIn } from '../../src/lib/notes/corrections.ts';
import { noteByFile } from '../../src/lib/notes/index.ts';

describe('noteBlocks', () => {
  it('keeps front matter, headings, fences, tables and items with their indented lines', () => {
    const text = ['---', 'title: x', '---', '## 제목', '- 항목', '\t- 하위', '- 다음', '', '| a | b |', '| 1 | 2 |', '```', 'aws ec2', '```'].join('\n');
    expect(noteBlocks(text).map((b) => [b.kind, b.from, b.to])).toEqual([
      ['front-matter', 1, 3], ['heading', 4, 4], ['text', 5, 6], ['text', 7, 7], ['table', 9, 10], ['code', 11, 13],
    ]);
  });
  it('covers every non-blank line of every note exactly once', () => {
    for (const file of readdirSync('docs/notes').filter((f) => f.endsWith('.txt'))) {
      const text = readFileSync(`docs/notes/${file}`, 'utf8');
      const covered = noteBlocks(text).flatMap((b) => b.lines.map((l) => l.n));
      const nonBlank = text.split('\n').flatMap((t, i) => (t.trim() ? [i + 1] : []));
      expect(new Set(covered).size).toBe(covered.length);
      for (const n of nonBlank) expect(covered).toContain(n);
    }
  });
  it('finds image references', () => {
    expect(imageReference('![EC2](images/1.png)')).toBe('images/1.png');
    expect(imageReference('![[Pasted image 1.png]]')).toBe('Pasted image 1.png');
    expect(imageReference('텍스트')).toBeNull();
  });
});

describe('corrections', () => {
  it('gives each correction a stable id from its note and claim', () => {
    expect(correctionId(3, '스팟: 서버가 자주 바뀜')).toBe(correctionId(3, '스팟 : 서버가 자주 바뀜'));
    expect(correctionId(3, 'a b c d')).not.toBe(correctionId(4, 'a b c d'));
  });
  it('finds the quoted lines of every correction callout in its note', () => {
    const missing: string[] = [];
    let total = 0;
    for (const file of readdirSync('src/content/lessons')) {
      for (const ref of correctionsIn(file, readFileSync(`src/content/lessons/${file}`, 'utf8'))) {
        total++;
        expect(noteByFile(ref.note), ref.note).toBeDefined();
        if (claimLines(readFileSync(`docs/notes/${ref.note}`, 'utf8'), ref.claim).length === 0) missing.push(`${file}: ${ref.claim}`);
      }
    }
    expect(total).toBeGreaterThanOrEqual(20);
    expect(missing).toEqual([]);
  });
});
