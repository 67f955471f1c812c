// Checks a built static site for broken internal links and anchors. Pure: takes the pages as
// `{ path, html }` records (the test reads them from dist/), returns the broken links.

export interface BuiltPage {
  /** URL path of the page: "/lessons/ami/" (index.html folders) or "/404.html", "/search-index.json". */
  path: string;
  html: string;
}

export interface BrokenLink {
  from: string;
  href: string;
  reason: 'missing-page' | 'missing-anchor';
}

const ATTR = /\s(?:id|name)="([^"]+)"/g;
const HREF = /<a\s[^>]*?href="([^"]*)"/g;

function decodeEntities(text: string): string {
  return text.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

/** Ids an anchor can target in a page. */
export function anchorsOf(html: string): Set<string> {
  return new Set([...html.matchAll(ATTR)].map((m) => decodeEntities(m[1] ?? '')));
}

/** Internal hrefs of a page's links (same origin, not mailto:, not external). */
export function internalHrefs(html: string): string[] {
  return [...html.matchAll(HREF)]
    .map((m) => decodeEntities(m[1] ?? ''))
    .filter((href) => href !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(href) && !href.startsWith('//'));
}

export function findBrokenLinks(pages: readonly BuiltPage[], extraFiles: readonly string[] = []): BrokenLink[] {
  const byPath = new Map(pages.map((p) => [p.path, p]));
  const files = new Set(extraFiles);
  const anchorCache = new Map<string, Set<string>>();
  const anchors = (page: BuiltPage) => {
    let set = anchorCache.get(page.path);
    if (!set) anchorCache.set(page.path, (set = anchorsOf(page.html)));
    return set;
  };
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    for (const href of internalHrefs(page.html)) {
      const url = new URL(href, `http://site${page.path}`);
      const target = byPath.get(url.pathname);
      if (!target) {
        if (!files.has(url.pathname)) broken.push({ from: page.path, href, reason: 'missing-page' });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && !anchors(target).has(fragment)) broken.push({ from: page.path, href, reason: 'missing-anchor' });
    }
  }
  return broken;
}
