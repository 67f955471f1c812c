// What each built page loads before any interaction: the JavaScript (inline scripts and module scripts with
// their static imports) and the CSS (inline styles and stylesheets), raw and compressed. Dynamic imports are
// excluded: they load on first use. Reads dist/ through node:fs; used by the budget test and `npm run bench`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages } from './dist.ts';

export interface Weight { raw: number; gzip: number; }
export interface PageWeight { path: string; js: Weight; css: Weight; jsFiles: string[]; }

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/g;
const LINK_CSS = /<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g;
const SRC = /\ssrc="([^"]+)"/;
// Static imports in a bundled ES module: `import "./x.js"`, `import{a}from"./x.js"`, `export{…}from"./x.js"`.
const STATIC_IMPORT = /(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+\s*from\s*)?["']([^"']+\.js)["']/g;

/** The module and all modules it imports statically, as dist-relative URL paths. */
export function moduleClosure(dist: string, entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  let code: string;
  try { code = readFileSync(join(dist, entry), 'utf8'); } catch { return seen; }
  for (const match of code.matchAll(STATIC_IMPORT)) {
    const spec = match[1] ?? '';
    const resolved = new URL(spec, `http://site${entry}`).pathname;
    moduleClosure(dist, resolved, seen);
  }
  return seen;
}

export function pageWeights(dist: string, gzipSize: (buf: Buffer) => number): PageWeight[] {
  return builtPages(dist).map(({ file, url: path }) => {
    const html = readFileSync(join(dist, file), 'utf8');
    const jsParts: Buffer[] = [];
    const jsFiles = new Set<string>();
    for (const m of html.matchAll(SCRIPT)) {
      const attrs = m[1] ?? '';
      if (/type="application\/(ld\+)?json"/.test(attrs)) continue;
      const src = SRC.exec(attrs)?.[1];
      if (src) for (const f of moduleClosure(dist, new URL(src, `http://site${path}`).pathname)) jsFiles.add(f);
      else if ((m[2] ?? '').trim()) jsParts.push(Buffer.from(m[2] ?? ''));
    }
    // Module scripts inlined by Astro may import chunks too.
    for (const part of [...jsParts]) {
      for (const im of part.toString().matchAll(STATIC_IMPORT)) {
        for (const f of moduleClosure(dist, new URL(im[1] ?? '', `http://site${path}`).pathname)) jsFiles.add(f);
      }
    }
    for (const f of jsFiles) {
      try { jsParts.push(readFileSync(join(dist, f))); } catch { /* a missing file is the link checker's business */ }
    }
    const cssParts: Buffer[] = [];
    for (const m of html.matchAll(STYLE)) cssParts.push(Buffer.from(m[1] ?? ''));
    for (const m of html.matchAll(LINK_CSS)) {
      try { cssParts.push(readFileSync(join(dist, new URL(m[1] ?? '', `http://site${path}`).pathname))); } catch { /* see above */ }
    }
    const measure = (parts: Buffer[]): Weight => {
      const all = Buffer.concat(parts);
      return { raw: all.length, gzip: parts.reduce((sum, p) => sum + (p.length ? gzipSize(p) : 0), 0) };
    };
    return { path, js: measure(jsParts), css: measure(cssParts), jsFiles: [...jsFiles] };
  }).sort((a, b) => a.path.localeCompare(b.path));
}
