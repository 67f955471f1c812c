// Runs after `astro build` (see the `build` script):
// 0. trims each page's CSP to the hashes of its own inline scripts and styles (src/lib/site-checks/csp.ts),
// 1. generates the service worker with Workbox (precaches every page, the search index, scripts, styles, images),
// 2. writes dist/_headers for static hosts that read one (Netlify, Cloudflare Pages): each page's CSP from its
//    <meta http-equiv>, plus the headers a <meta> cannot carry (frame-ancestors, nosniff, referrer policy), and
//    caching: hashed /_astro/ assets immutable, HTML and sw.js no-cache.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSW } from 'workbox-build';
import { builtPages } from '../src/lib/site-checks/dist.ts';
import { pruneCspHashes } from '../src/lib/site-checks/csp.ts';
import { headersFile } from '../src/lib/site-checks/headers.ts';

const dist = 'dist';

// 1. CSP hygiene first (the service worker precaches the final HTML): each page lists only its own inline hashes.
let pruned = 0;
for (const { file } of builtPages(dist)) {
  const path = join(dist, file);
  const r = pruneCspHashes(readFileSync(path, 'utf8'));
  if (r.missing.length > 0) throw new Error(`${file}: CSP에 없는 인라인 스크립트/스타일 ${r.missing.join(', ')}`);
  if (r.removed.length > 0) writeFileSync(path, r.html);
  pruned += r.removed.length;
}
console.log(`CSP: ${pruned} unused hashes removed from page policies`);

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

const pages = builtPages(dist).map(({ file, url }) => {
  const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(readFileSync(join(dist, file), 'utf8'))?.[1];
  if (!csp) throw new Error(`${file}: CSP meta가 없습니다`);
  return { url, csp: csp.replace(/&#39;/g, "'") };
});
writeFileSync(join(dist, '_headers'), headersFile(pages));
console.log('_headers written (hashed assets immutable, pages no-cache)');
