// CSP hash hygiene. Astro lists the hash of every script and style it knows in every page's CSP <meta>,
// including ones the page does not have (and some that match nothing at all). Each extra hash is one more
// script an injection could run, so after the build each page keeps only the hashes of its own inline
// <script> and <style> elements.
import { createHash } from 'node:crypto';

const META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;
const INLINE = /<(script|style)\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/\1>/g;

export const sha256 = (text: string): string => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

/** Hashes of the inline scripts and styles of a page, as CSP source expressions. */
export function inlineHashes(html: string): Set<string> {
  const out = new Set<string>();
  for (const m of html.matchAll(INLINE)) out.add(sha256(m[2] ?? ''));
  return out;
}

export interface PrunedPage {
  html: string;
  /** Hashes dropped from the CSP (listed but not used by the page). */
  removed: string[];
  /** Inline elements whose hash the CSP lacks (the browser would block them). */
  missing: string[];
}

/** Keeps, in the page's CSP <meta>, only the 'sha256-…' sources of the page's own inline elements. */
export function pruneCspHashes(html: string): PrunedPage {
  const meta = META.exec(html);
  if (!meta) return { html, removed: [], missing: [] };
  const used = inlineHashes(html);
  const removed: string[] = [];
  const policy = (meta[2] ?? '').replace(/\s*&#39;(sha256-[A-Za-z0-9+/=]+)&#39;|\s*'(sha256-[A-Za-z0-9+/=]+)'/g, (all, a: string | undefined, b: string | undefined) => {
    const hash = (a ?? b) as string;
    if (used.has(hash)) return all;
    removed.push(hash);
    return '';
  });
  const listed = new Set([...policy.matchAll(/sha256-[A-Za-z0-9+/=]+/g)].map((m) => m[0]));
  const missing = [...used].filter((h) => !listed.has(h));
  return { html: html.replace(META, (_all, open: string, _old: string, close: string) => `${open}${policy}${close}`), removed, missing };
}
