import { describe, expect, it } from 'vitest';
import { inlineHashes, pruneCspHashes, sha256 } from '../../src/lib/site-checks/csp.ts';

const theme = 'document.documentElement.dataset.theme = "dark";';
const mod = 'customElements.define("x-a", class extends HTMLElement {});';
const page = (csp: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="${csp}"><script>${theme}</script>` +
  `<script type="module" src="/_astro/a.js"></script><script type="module">${mod}</script><style>p{color:red}</style></head></html>`;

describe('CSP hash hygiene', () => {
  it('finds the hashes of inline scripts and styles only', () => {
    expect(inlineHashes(page(''))).toEqual(new Set([sha256(theme), sha256(mod), sha256('p{color:red}')]));
  });
  it("keeps the page's own hashes and drops the rest, in both quote encodings", () => {
    const csp = `default-src 'self'; script-src 'self' &#39;${sha256(theme)}&#39; '${sha256('elsewhere()')}' '${sha256(mod)}'; style-src 'self' '${sha256('')}' '${sha256('p{color:red}')}';`;
    const r = pruneCspHashes(page(csp));
    expect(r.removed).toEqual([sha256('elsewhere()'), sha256('')]);
    expect(r.missing).toEqual([]);
    const kept = /content="([^"]*)"/.exec(r.html)![1]!;
    expect(kept).toBe(`default-src 'self'; script-src 'self' &#39;${sha256(theme)}&#39; '${sha256(mod)}'; style-src 'self' '${sha256('p{color:red}')}';`);
    expect(r.html.replace(kept, '')).toBe(page(csp).replace(/content="[^"]*"/, 'content=""'));
  });
  it('reports an inline element the CSP does not allow', () => {
    const r = pruneCspHashes(page(`script-src 'self' '${sha256(theme)}';`));
    expect(r.missing).toEqual([sha256(mod), sha256('p{color:red}')]);
  });
  it('leaves a page without a CSP meta as it is', () => {
    expect(pruneCspHashes('<p>hi</p>')).toEqual({ html: '<p>hi</p>', removed: [], missing: [] });
  });
});
