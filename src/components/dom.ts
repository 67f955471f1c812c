// Tiny DOM builders shared by the interactive tools. Text from data and users always goes in through text nodes,
// never as HTML.
import { inlineParts } from '../lib/markdown/inline.ts';

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

/**
 * Text with `inline code` spans and site paths (question prompts, explanations, key points) as DOM: backtick spans
 * become <code>, /tools/… and /lessons/… paths links that open beside the page (src/lib/markdown/inline.ts).
 */
export function richText(text: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const part of inlineParts(text)) {
    if (part.kind === 'code') fragment.append(h('code', {}, part.text));
    else if (part.kind === 'link') fragment.append(h('a', { href: part.href, target: '_blank', rel: 'noopener' }, part.text));
    else fragment.append(part.text);
  }
  return fragment;
}
