// Page weight: for each page in dist/, the JavaScript and CSS it loads (raw and gzip), and the build time.
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { pageWeights } from '../../src/lib/site-checks/weight.ts';

function format(bytes: number): string {
  return bytes >= 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${bytes} B`;
}

export async function run(): Promise<void> {
  const started = performance.now();
  // The full build (astro build + postbuild): a bare `astro build` empties dist/ and leaves it without sw.js and _headers.
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'ignore' });
  const buildSeconds = (performance.now() - started) / 1000;
  console.log(`build time (astro build + postbuild): ${buildSeconds.toFixed(1)} s`);
  const rows = pageWeights('dist', (buf) => gzipSync(buf, { level: 9 }).length);
  console.log('page'.padEnd(48), 'JS raw'.padStart(10), 'JS gzip'.padStart(10), 'CSS raw'.padStart(10), 'CSS gzip'.padStart(10));
  for (const row of rows) {
    console.log(row.path.padEnd(48), format(row.js.raw).padStart(10), format(row.js.gzip).padStart(10), format(row.css.raw).padStart(10), format(row.css.gzip).padStart(10));
  }
}
