// Runs after `astro build` (see the `build` script):
// 1. generates the service worker with Workbox (precaches every page, the search index, scripts, styles, images),
// 2. writes dist/_headers for static hosts that read one (Netlify, Cloudflare Pages): each page's CSP from its
//    <meta http-equiv>, plus the headers a <meta> cannot carry (frame-ancestors, nosniff, referrer policy).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSW } from 'workbox-build';
import { builtPages } from '../src/lib/site-checks/dist.ts';

const dist = 'dist';

const { count, size, warnings } = await generateSW({
  globDirectory: dist,
  globPatterns: ['**/*.{html,js,css,json,svg,png,ico,webmanifest,txt,xml}'],
  globIgnores: ['og/**', '_headers'],
  swDest: join(dist, 'sw.js'),
  inlineWorkboxRuntime: true,
  sourcemap: false,
  // The page asks the learner before a new version takes over (see UpdatePrompt.astro).
  skipWaiting: false,
  clientsClaim: true,
  cleanupOutdatedCaches: true,
  directoryIndex: 'index.html',
  // /quiz/?lesson=ami and /search/?q=… are the same static page.
  ignoreURLParametersMatching: [/.*/],
  maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
});
for (const w of warnings) console.warn(`workbox: ${w}`);
console.log(`service worker: ${count} files precached (${(size / 1024).toFixed(0)} KB)`);

const common = [
  '  X-Content-Type-Options: nosniff',
  '  Referrer-Policy: strict-origin-when-cross-origin',
  '  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()',
  '  X-Frame-Options: DENY',
];
const rules: string[] = ['/*', ...common, ''];
for (const { file, url } of builtPages(dist)) {
  const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(readFileSync(join(dist, file), 'utf8'))?.[1];
  if (!csp) throw new Error(`${file}: CSP meta가 없습니다`);
  rules.push(url, `  Content-Security-Policy: ${csp.replace(/&#39;/g, "'")} frame-ancestors 'none';`, '');
}
rules.push('/sw.js', '  Cache-Control: no-cache', '');
writeFileSync(join(dist, '_headers'), rules.join('\n'));
console.log('_headers written');
