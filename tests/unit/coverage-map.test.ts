import { describe, expect, it } from 'vitest';
import { formatRanges, parseCoverage, uncoveredLines } from '../../src/lib/site-checks/coverage.ts';

const sample = `# 노트 대응표

### 004_7ac50dcb4c038270.txt
| 줄 | 노트의 항목 | 레슨 섹션 |
| --- | --- | --- |
| 1-2 | 카페 시나리오 | /lessons/ec2-and-compute-options/#카페-온라인-주문-시나리오 |
| 4 | EC2 | /lessons/ec2-and-compute-options/#amazon-ec2란 |
`;

describe('coverage map', () => {
  it('parses rows with their note, range, lesson and anchor', () => {
    const parsed = parseCoverage(sample);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value).toEqual([
      { note: '004_7ac50dcb4c038270.txt', from: 1, to: 2, topic: '카페 시나리오', lesson: 'ec2-and-compute-options', anchor: '카페-온라인-주문-시나리오', line: 6 },
      { note: '004_7ac50dcb4c038270.txt', from: 4, to: 4, topic: 'EC2', lesson: 'ec2-and-compute-options', anchor: 'amazon-ec2란', line: 7 },
    ]);
  });

  it('finds the non-blank lines no row covers', () => {
    const parsed = parseCoverage(sample);
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(uncoveredLines('a\nb\n\nd\ne\n\n', parsed.value)).toEqual([5]);
    expect(formatRanges([3, 4, 5, 9, 11, 12])).toBe('3-5, 9, 11-12');
  });

  it('rejects malformed rows and rows before any note heading, in Korean', () => {
    const bad = parseCoverage('### 004_7ac50dcb4c038270.txt\n| x | y | z |\n');
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad-row' } });
    const orphan = parseCoverage('| 1 | y | /lessons/a/#b |\n');
    expect(orphan).toMatchObject({ ok: false, error: { code: 'no-note' } });
    const reversed = parseCoverage('### 004_7ac50dcb4c038270.txt\n| 5-2 | y | /lessons/a/#b |\n');
    expect(reversed).toMatchObject({ ok: false, error: { code: 'bad-range' } });
  });
});
