// Builds a result's markup with DOM APIs only: user text and content never go through innerHTML.
import { KIND_LABELS, type Range, type SearchHit } from '../../lib/search/types.ts';
import { FLASH_KEY } from './shortcut.ts';

/** Text with <mark> around the highlighted ranges. */
export function highlighted(text: string, ranges: readonly Range[] | undefined): DocumentFragment {
  const frag = document.createDocumentFragment();
  let at = 0;
  for (const [start, end] of ranges ?? []) {
    if (start < at || end > text.length || end <= start) continue;
    if (start > at) frag.append(text.slice(at, start));
    const mark = document.createElement('mark');
    mark.textContent = text.slice(start, end);
    frag.append(mark);
    at = end;
  }
  if (at < text.length) frag.append(text.slice(at));
  return frag;
}

function span(className: string, ...children: (string | Node)[]): HTMLSpanElement {
  const el = document.createElement('span');
  el.className = className;
  el.append(...children);
  return el;
}

/** Kind badge, title (+ English name and abbreviation), lesson › heading, excerpt. */
export function hitContent(hit: SearchHit): DocumentFragment {
  const frag = document.createDocumentFragment();
  const head = span('hit-head', span(`hit-kind hit-kind-${hit.kind}`, KIND_LABELS[hit.kind]), span('hit-title', highlighted(hit.title, hit.highlights.title)));
  if (hit.en || hit.abbr) {
    const names = span('hit-en');
    if (hit.en) names.append(highlighted(hit.en, hit.highlights.en));
    if (hit.en && hit.abbr) names.append(' · ');
    if (hit.abbr) names.append(highlighted(hit.abbr, hit.highlights.abbr));
    head.append(names);
  }
  if (hit.alias) head.append(span('hit-en hit-alias', '다른 이름: ', highlighted(hit.alias, hit.highlights.alias)));
  frag.append(head);
  const path = [hit.lesson, hit.heading && hit.heading !== hit.title ? hit.heading : undefined].filter((s): s is string => !!s);
  if (path.length > 0) frag.append(span('hit-path', path.join(' › ')));
  if (hit.excerpt && hit.kind !== 'question') frag.append(span('hit-excerpt', highlighted(hit.excerpt, hit.highlights.excerpt)));
  return frag;
}


/** Remember where a result leads, so the target heading can be flashed after the page loads. */
export function rememberTarget(url: string): void {
  try {
    sessionStorage.setItem(FLASH_KEY, new URL(url, location.href).href);
  } catch {
    // Storage can be disabled; the flash is a nicety.
  }
}

/** Briefly highlight the element the URL's hash points at (called on every page load and on same-page jumps). */
export function flashTarget(force = false): void {
  let wanted: string | null = null;
  try {
    wanted = sessionStorage.getItem(FLASH_KEY);
    if (wanted) sessionStorage.removeItem(FLASH_KEY);
  } catch {
    wanted = null;
  }
  if (!force && wanted !== location.href) return;
  if (!location.hash) return;
  let id = location.hash.slice(1);
  try {
    id = decodeURIComponent(id);
  } catch {
    // keep the raw id
  }
  const el = document.getElementById(id);
  if (!el) return;
  el.classList.remove('search-flash');
  // Restart the animation when the same heading is flashed twice in a row.
  void el.offsetWidth;
  el.classList.add('search-flash');
  window.setTimeout(() => el.classList.remove('search-flash'), 2400);
}
