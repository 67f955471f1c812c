// The rehype step for phone reading (src/lib/markdown/rehype-reading.ts) on small trees.
import { describe, expect, it } from 'vitest';
import { chooseTableLayout, codeJoints, languageLabel, numberCaption, readingTransform, textOf, type HastRoot } from '../../src/lib/markdown/rehype-reading.ts';

const el = (tagName: string, children: unknown[] = [], properties: Record<string, unknown> = {}) => ({ type: 'element', tagName, properties, children });
const text = (value: string) => ({ type: 'text', value });

describe('codeJoints', () => {
  it('breaks after / - _ and before a dot, never inside a word', () => {
    expect(codeJoints('m7i.metal')).toEqual(['m7i', '.metal']);
    expect(codeJoints('/latest/meta-data/')).toEqual(['/', 'latest/', 'meta-', 'data/']);
    expect(codeJoints('stopping')).toEqual(['stopping']);
    expect(codeJoints('.env')).toEqual(['.env']);
    expect(codeJoints('a\\b').join('')).toBe('a\\b');
  });
});

describe('chooseTableLayout', () => {
  it('stacks wide prose tables and keeps short grids', () => {
    const long = '가'.repeat(20);
    expect(chooseTableLayout([['a', 'b', 'c', 'd'], [long, long, long, long]])).toBe('cards');
    expect(chooseTableLayout([['상태', '요금'], ['running', '청구']])).toBe('scroll');
    expect(chooseTableLayout([['a', 'b', 'c', 'd'], ['1', '2', '3', '4']])).toBe('scroll');
  });
});

describe('readingTransform', () => {
  it('wraps tables, labels cells with their header, adds <wbr> to inline code and frames code blocks', () => {
    const tree: HastRoot = {
      type: 'root',
      children: [
        el('table', [el('thead', [el('tr', [el('th', [text('상태')]), el('th', [text('요금')])])]), el('tbody', [el('tr', [el('td', [text('running')]), el('td', [text('청구')])])])]),
        el('p', [el('code', [text('m5.large')])]),
        el('pre', [el('code', [text('echo hi')], { className: ['language-bash'] })]),
        { type: 'mdxJsxFlowElement', name: 'Figure', attributes: [{ type: 'mdxJsxAttribute', name: 'caption', value: '그림 7: 설명' }], children: [] },
      ],
    } as HastRoot;
    const out = readingTransform(tree);
    const [wrap, p, block, figure] = out.children as any[];
    expect(wrap.properties.className).toEqual(['table-wrap']);
    expect(wrap.children[0].properties.role).toBe('region');
    expect(wrap.children[0].children[0].children[1].children[0].children[1].properties.dataLabel).toBe('요금');
    expect(p.children[0].children.map((c: any) => c.tagName ?? c.value)).toEqual(['m5', 'wbr', '.large']);
    expect(block.tagName).toBe('code-block');
    expect(textOf(block.children[0])).toContain('Bash');
    expect(figure.attributes[0].value).toBe('그림 1. 설명');
  });
  it('labels languages', () => {
    expect(languageLabel('bash')).toBe('Bash');
    expect(languageLabel(null)).toBe('코드');
    expect(numberCaption('설명', 2)).toBe('그림 2. 설명');
  });
});
