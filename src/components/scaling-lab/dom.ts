// Tiny DOM helpers shared by the lab's views (text only: nothing is inserted as HTML).
export function q<T extends Element>(root: ParentNode, sel: string): T | null {
  return root.querySelector<T>(sel);
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (cls) node.className = cls;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Sets text only when it changed (the lab re-renders up to 60 times a second). */
export function setText(node: Element | null, text: string): void {
  if (node && node.textContent !== text) node.textContent = text;
}

export const fmt = {
  int: (v: number): string => Math.round(v).toLocaleString('ko-KR'),
  pct: (v: number | null): string => (v === null ? '–' : `${Math.round(v)} %`),
  ms: (v: number | null): string => (v === null ? '–' : `${Math.round(v).toLocaleString('ko-KR')} ms`),
  usd: (v: number): string => `$${v.toFixed(4)}`,
};
