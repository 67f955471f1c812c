// `npm run screenshots -- /path/ [/other/]`: full-page PNGs of built pages at phone and desktop width, light and
// dark, into screenshots/ (git-ignored), to look at what a learner sees. Needs `npm run build` first.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const paths = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['/'];
const server = spawn('node', ['scripts/serve.ts', '4329'], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 2500));
mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const path of paths) {
    for (const [name, width] of [['phone', 390], ['desktop', 1280]] as const) {
      for (const scheme of ['light', 'dark'] as const) {
        const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme, deviceScaleFactor: 1 });
        await page.goto(`http://127.0.0.1:4329${path}`, { waitUntil: 'networkidle' });
        const file = `screenshots/${path.replace(/[^a-z0-9가-힣]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-${name}-${scheme}.png`;
        await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
        console.log(file);
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  server.kill();
}
