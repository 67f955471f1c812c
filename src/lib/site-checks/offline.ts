// What the service worker precaches on install (the shell, the search worker and its index) and what the page
// fetches in the background later (the rest of the course). Reads dist/ through node:fs; used by postbuild.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtFiles, builtPages } from './dist.ts';
import { moduleClosure } from './weight.ts';

/** Dist-relative file paths (no leading slash), the form workbox-build's globPatterns take. */
export function shellFiles(dist: string): string[] {
  const files = new Set<string>(['index.html', '404.html', 'manifest.webmanifest', 'favicon.svg']);
  const all = builtFiles(dist);
  for (const f of all) {
    if (/^\/icons\//.test(f) || /^\/search-[\w-]+\.json$/.test(f)) files.add(f.slice(1));
    // Loaded on first use, not by the page itself: the search dialog and its worker client, the worker, Workbox's
    // window script and the course download. With what they import, they belong to the shell (search works offline).
    if (/^\/_astro\/(search-worker-|search-dialog\.|load\.|workbox-window\.|offline-course\.)[^/]*\.js$/.test(f)) {
      for (const g of moduleClosure(dist, f)) files.add(g.slice(1));
    }
  }
  // The home page's own styles and scripts, with everything they import statically.
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  for (const m of html.matchAll(/\s(?:src|href)="(\/_astro\/[^"]+\.(?:js|css))"/g)) {
    const path = m[1] ?? '';
    if (path.endsWith('.css')) files.add(path.slice(1));
    else for (const f of moduleClosure(dist, path)) files.add(f.slice(1));
  }
  return [...files].filter((f) => all.includes(`/${f}`)).sort();
}

/** Every page and asset of the course that the shell does not already hold, as root-relative URLs. */
export function courseUrls(dist: string, shell: readonly string[]): string[] {
  const skip = new Set(shell.map((f) => `/${f}`));
  const pages = builtPages(dist).map((p) => p.url).filter((u) => u !== '/404.html' && !u.startsWith('/live/'));
  const assets = builtFiles(dist).filter((f) => /^\/_astro\/.+\.(js|css|svg|png|webp|avif|woff2)$/.test(f) || f === '/question-bank.json' || /^\/quiz-bank\/(feedback\/)?[^/]+\.json$/.test(f));
  return [...pages, ...assets].filter((u) => !skip.has(u) && !skip.has(`${u}index.html`.slice(0)) && !(u === '/' && skip.has('/index.html')));
}
