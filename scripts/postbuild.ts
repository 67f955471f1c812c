// Runs after `astro build` (see the `build` script):
// 0. trims each page's CSP to the hashes of its own inline scripts and styles (src/lib/site-checks/csp.ts),
// 1. generates the service worker with Workbox (precaches the shell and search; the course loads in the background),
// 2. writes dist/_headers for static hosts that read one (Netlify, Cloudflare Pages): each page's CSP from its
//    <meta http-equiv>, plus the headers a <meta> cannot carry (frame-ancestors, nosniff, referrer policy), and
//    caching: hashed /_astro/ assets immutable, HTML and sw.js no-cache.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSW } from 'workbox-build';
import { builtPages } from '../src/lib/site-checks/dist.ts';
import { COURSE_CACHE } from '../src/lib/offline/course.ts';
import { courseUrls, shellFiles } from '../src/lib/site-checks/offline.ts';
import { createHash } from 'node:crypto';
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

// The service worker precaches only the shell, the search worker and its index on install; the page fetches the
// rest of the course into COURSE_CACHE in the background when idle (UpdatePrompt.astro), listed in offline-course.json.
const shell = shellFiles(dist);
const course = courseUrls(dist, shell);
const courseHash = createHash('sha256');
for (const url of course) courseHash.update(url).update(readFileSync(join(dist, url.endsWith('/') ? `${url}index.html` : url)));
writeFileSync(join(dist, 'offline-course.json'), JSON.stringify({ version: courseHash.digest('hex').slice(0, 16), cache: COURSE_CACHE, urls: course }));

const { count, size, warnings } = await generateSW({
  globDirectory: dist,
  globPatterns: shell,
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
  runtimeCaching: [
    // Pages: the network first (a new deployment shows at once), the saved copy offline.
    { urlPattern: ({ request }) => request.mode === 'navigate', handler: 'NetworkFirst', options: { cacheName: COURSE_CACHE, networkTimeoutSeconds: 4, matchOptions: { ignoreSearch: true } } },
    // Hashed assets never change under their name.
    { urlPattern: ({ url }) => url.pathname.startsWith('/_astro/'), handler: 'CacheFirst', options: { cacheName: COURSE_CACHE } },
    { urlPattern: ({ url }) => url.pathname.endsWith('.json'), handler: 'NetworkFirst', options: { cacheName: COURSE_CACHE, networkTimeoutSeconds: 4 } },
  ],
});
for (const w of warnings) console.warn(`workbox: ${w}`);
console.log(`service worker: ${count} shell files precached (${(size / 1024).toFixed(0)} KB); ${course.length} course files for the background download`);

const pages = builtPages(dist).map(({ file, url }) => {
  const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(readFileSync(join(dist, file), 'utf8'))?.[1];
  if (!csp) throw new Error(`${file}: CSP meta가 없습니다`);
  return { url, csp: csp.replace(/&#39;/g, "'") };
});
writeFileSync(join(dist, '_headers'), headersFile(pages));
console.log('_headers written (hashed assets immutable, pages no-cache)');
