// Tiny DOM builders shared by the interactive tools. Text from data and users always goes in through text nodes,
// never as HTML.
type Attrs = Record<string, string | boolean | null | undefined>;
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    el.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return el;
}

export function heading(level: number, attrs: Attrs, text: string): HTMLElement {
  const clamped = Math.min(6, Math.max(2, level));
  return h(`h${clamped}` as 'h2', attrs, text);
}

/** Text with `inline code` spans (question prompts, key points) as DOM: backtick spans become <code>. */
export function richText(text: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const part of text.split(/(`[^`]+`)/)) {
    if (part.startsWith('`') && part.endsWith('`') && part.length > 2) fragment.append(h('code', {}, part.slice(1, -1)));
    else if (part) fragment.append(part);
  }
  return fragment;
}
