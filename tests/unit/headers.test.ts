import { describe, expect, it } from 'vitest';
import { headersFile } from '../../src/lib/site-checks/headers.ts';

/** Header lines of the rule for one path. */
function rule(file: string, path: string): string[] {
  const blocks = file.split('\n\n').map((b) => b.split('\n').filter((l) => l !== ''));
  return blocks.find((b) => b[0] === path)?.slice(1).map((l) => l.trim()) ?? [];
}

describe('_headers', () => {
  const file = headersFile([
    { url: '/', csp: "default-src 'self';" },
    { url: '/quiz/', csp: "default-src 'self'; script-src 'self' 'sha256-abc';" },
  ]);
  it('marks hashed assets immutable for a year', () => {
    expect(rule(file, '/_astro/*')).toEqual(['Cache-Control: public, max-age=31536000, immutable']);
  });
  it('gives each page its CSP with frame-ancestors, and no-cache', () => {
    expect(rule(file, '/quiz/')).toEqual(["Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-abc'; frame-ancestors 'none';", 'Cache-Control: no-cache']);
    expect(rule(file, '/')).toContain('Cache-Control: no-cache');
    expect(rule(file, '/sw.js')).toEqual(['Cache-Control: no-cache']);
  });
  it('sends the security headers on every path', () => {
    expect(rule(file, '/*')).toEqual([
      'X-Content-Type-Options: nosniff',
      'Referrer-Policy: strict-origin-when-cross-origin',
      'Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()',
      'X-Frame-Options: DENY',
    ]);
    expect(rule(file, '/*').join('\n')).not.toContain('Cache-Control');
  });
});
