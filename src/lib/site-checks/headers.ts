// dist/_headers for static hosts that read one (Netlify, Cloudflare Pages). Pure: postbuild passes the pages.

export interface PageHeaders {
  /** URL path of the page, e.g. `/quiz/`. */
  url: string;
  /** The page's CSP from its <meta http-equiv>, HTML entities decoded. */
  csp: string;
}

const COMMON = [
  '  X-Content-Type-Options: nosniff',
  '  Referrer-Policy: strict-origin-when-cross-origin',
  '  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()',
  '  X-Frame-Options: DENY',
];

/** Astro's bundled assets carry a content hash in their file names: they never change, so cache them for a year. */
export const HASHED_ASSETS = '/_astro/*';
export const IMMUTABLE = '  Cache-Control: public, max-age=31536000, immutable';
/** Pages and the service worker are revalidated on every visit, so a new version is seen at once. */
export const REVALIDATE = '  Cache-Control: no-cache';

export function headersFile(pages: readonly PageHeaders[]): string {
  const rules: string[] = ['/*', ...COMMON, ''];
  rules.push(HASHED_ASSETS, IMMUTABLE, '');
  for (const { url, csp } of pages) {
    rules.push(url, `  Content-Security-Policy: ${csp} frame-ancestors 'none';`, REVALIDATE, '');
  }
  rules.push('/sw.js', REVALIDATE, '');
  return rules.join('\n');
}
