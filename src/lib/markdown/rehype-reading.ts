// A rehype step for lessons read on a phone (issue 16). It runs over every Markdown and MDX page and:
// - wraps each table in a scroller with a hint, and gives every cell its column's header (data-label), so a wide
//   comparison table can become stacked cards on a phone; the layout is chosen per table from its shape;
// - lets inline code break only at its joints (after "/", "\\", "-", "_", "=", ",", ":" and before "."), with <wbr>;
// - wraps each code block in a frame with its language label and a copy button (code-block element);
// - numbers <Figure> captions "그림 N." in page order.
// Pure tree work: no DOM, no I/O.

export interface HastText { type: 'text'; value: string }
export interface HastElement {
  type: 'element';
  tagName: string;
  properties: Record<string, unknown>;
  children: HastNode[];
}
export interface MdxJsxAttribute { type: 'mdxJsxAttribute'; name: string; value: unknown }
export interface MdxJsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: (MdxJsxAttribute | { type: string })[];
  children: HastNode[];
}
export type HastNode = HastText | HastElement | MdxJsxElement | { type: string; children?: HastNode[]; value?: string };
export interface HastRoot { type: 'root'; children: HastNode[] }

const isElement = (node: HastNode): node is HastElement => node.type === 'element';
const isJsx = (node: HastNode): node is MdxJsxElement => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

function element(tagName: string, properties: Record<string, unknown>, children: HastNode[] = []): HastElement {
  return { type: 'element', tagName, properties, children };
}

/** The text of a subtree, as a reader sees it. */
export function textOf(node: HastNode): string {
  if (node.type === 'text') return (node as HastText).value;
  const children = (node as { children?: HastNode[] }).children;
  return children ? children.map(textOf).join('') : '';
}

/** Splits an inline-code token at its joints: a break is allowed after / - _ = , : and before a dot. */
export function codeJoints(text: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (const [i, ch] of [...text].entries()) {
    if (ch === '.' && current !== '' && i > 0) { parts.push(current); current = ''; }
    current += ch;
    if ('/\\-_=,:'.includes(ch)) { parts.push(current); current = ''; }
  }
  if (current !== '') parts.push(current);
  return parts.filter((p) => p !== '');
}

export type TableLayout = 'scroll' | 'cards';

/**
 * Stacked cards suit wide comparison tables (four or more columns of prose); tables with few or short columns
 * keep their grid and scroll sideways, where reading across a row is the point.
 */
export function chooseTableLayout(rows: readonly (readonly string[])[]): TableLayout {
  const columns = Math.max(0, ...rows.map((r) => r.length));
  const body = rows.slice(1).flat();
  const average = body.length === 0 ? 0 : body.reduce((sum, cell) => sum + cell.length, 0) / body.length;
  if (columns >= 4 && average >= 12) return 'cards';
  if (columns === 3 && average >= 36) return 'cards';
  return 'scroll';
}

function rowsOf(table: HastElement): HastElement[] {
  const rows: HastElement[] = [];
  const walk = (node: HastNode) => {
    if (!isElement(node)) return;
    if (node.tagName === 'tr') { rows.push(node); return; }
    node.children.forEach(walk);
  };
  table.children.forEach(walk);
  return rows;
}

function cellsOf(row: HastElement): HastElement[] {
  return row.children.filter((c): c is HastElement => isElement(c) && (c.tagName === 'td' || c.tagName === 'th'));
}

function wrapTable(table: HastElement): HastElement {
  const rows = rowsOf(table);
  const header = rows[0] ? cellsOf(rows[0]).map((c) => textOf(c).trim()) : [];
  const layout = chooseTableLayout(rows.map((r) => cellsOf(r).map((c) => textOf(c).trim())));
  for (const row of rows.slice(1)) {
    cellsOf(row).forEach((cell, i) => {
      const label = header[i];
      if (label) cell.properties = { ...cell.properties, dataLabel: label };
    });
  }
  const label = header.filter(Boolean).join(', ');
  return element('div', { className: ['table-wrap'], dataLayout: layout }, [
    element('div', { className: ['table-scroll'], tabIndex: 0, role: 'region', ariaLabel: `표: ${label}` }, [table]),
    element('p', { className: ['table-hint'], ariaHidden: 'true' }, [{ type: 'text', value: '옆으로 밀어서 더 보기 →' }]),
  ]);
}

function languageOf(pre: HastElement): string | null {
  const classes = [pre, ...pre.children.filter(isElement)].flatMap((el) => {
    const c = el.properties['className'];
    return Array.isArray(c) ? c.map(String) : typeof c === 'string' ? c.split(/\s+/) : [];
  });
  const language = classes.find((c) => c.startsWith('language-'))?.slice('language-'.length);
  return language && language !== 'plaintext' && language !== 'text' ? language : null;
}

const LANGUAGE_NAMES = new Map([
  ['bash', 'Bash'], ['sh', 'Shell'], ['shell', 'Shell'], ['powershell', 'PowerShell'], ['json', 'JSON'], ['yaml', 'YAML'],
  ['yml', 'YAML'], ['python', 'Python'], ['py', 'Python'], ['ini', 'INI'], ['nginx', 'nginx'], ['http', 'HTTP'],
  ['js', 'JavaScript'], ['ts', 'TypeScript'], ['toml', 'TOML'], ['xml', 'XML'], ['dockerfile', 'Dockerfile'],
]);

/** The label shown above a code block: "Bash", "JSON"…, or "코드" when the block names no language. */
export function languageLabel(language: string | null): string {
  if (!language) return '코드';
  return LANGUAGE_NAMES.get(language.toLowerCase()) ?? language;
}

function wrapCodeBlock(pre: HastElement): HastElement {
  const label = languageLabel(languageOf(pre));
  return element('code-block', { className: ['code-block'] }, [
    element('div', { className: ['code-block-bar'] }, [
      element('span', { className: ['code-block-language'] }, [{ type: 'text', value: label }]),
      element('button', { type: 'button', className: ['code-block-copy'], disabled: true, dataCopy: '' }, [
        element('span', { className: ['code-block-copy-label'] }, [{ type: 'text', value: '복사' }]),
      ]),
      element('span', { className: ['sr-only'], role: 'status', dataCopyStatus: '' }, []),
    ]),
    pre,
  ]);
}

function breakInlineCode(code: HastElement): void {
  code.children = code.children.flatMap((child): HastNode[] => {
    if (child.type !== 'text') return [child];
    const parts = codeJoints((child as HastText).value);
    return parts.flatMap((part, i) => (i === 0 ? [{ type: 'text', value: part }] : [element('wbr', {}), { type: 'text', value: part }]));
  });
}

/** "그림 3: 설명" or "설명" → "그림 N. 설명". */
export function numberCaption(caption: string, n: number): string {
  return `그림 ${n}. ${caption.replace(/^그림\s*\d+\s*[.:：]\s*/, '')}`;
}

function transform(parent: { children: HastNode[] }, state: { figure: number }, inPre: boolean): void {
  parent.children = parent.children.map((node) => {
    if (isJsx(node) && node.name === 'Figure') {
      state.figure += 1;
      for (const attribute of node.attributes) {
        const a = attribute as MdxJsxAttribute;
        if (a.type === 'mdxJsxAttribute' && a.name === 'caption' && typeof a.value === 'string') a.value = numberCaption(a.value, state.figure);
      }
    }
    if (isElement(node)) {
      if (node.tagName === 'pre' && !inPre) {
        transform(node, state, true);
        return wrapCodeBlock(node);
      }
      if (node.tagName === 'code' && !inPre) { breakInlineCode(node); return node; }
      if (node.tagName === 'table') { transform(node, state, inPre); return wrapTable(node); }
    }
    const children = (node as { children?: HastNode[] }).children;
    if (children) transform(node as { children: HastNode[] }, state, inPre);
    return node;
  });
}

/** Applies every change above to a document tree (mutates it). */
export function readingTransform(tree: HastRoot): HastRoot {
  transform(tree, { figure: 0 }, false);
  return tree;
}

/** A plain, mutable copy of a (possibly lazily materialised, read-only) tree: data only, no functions. */
export function plainCopy<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v) => plainCopy(v)) as T;
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[key];
    if (typeof v !== 'function') copy[key] = plainCopy(v);
  }
  return copy as T;
}
