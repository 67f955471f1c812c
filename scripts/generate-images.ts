// `npm run images`: renders the app icons (public/icons/) and the social cards (public/og/: the site card and one
// per lesson) with Debian's Chromium. The PNGs are committed, so building the site needs no browser; a test
// fails when a lesson has no card. Run it again after adding or renaming a lesson.
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { lessonIdsOnDisk } from '../src/lib/lessons/files.ts';

const ACCENT = '#0b5cad';
const logo = (size: number, padding: number) => `
  <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="${size - padding * 2}" height="${size - padding * 2}">
    <rect x="2" y="2" width="28" height="28" rx="7" fill="${ACCENT}"/>
    <path d="M9 11h14M9 16h14M9 21h9" stroke="#fff" stroke-width="2.6" stroke-linecap="round"/>
  </svg>`;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function frontMatterField(source: string, field: string): string {
  const m = new RegExp(`^${field}:\\s*(.+)$`, 'm').exec(source);
  return (m?.[1] ?? '').trim().replace(/^["']|["']$/g, '');
}

const card = (kicker: string, title: string, description: string) => `
  <html><head><style>
    body { margin: 0; width: 1200px; height: 630px; font-family: 'Noto Sans CJK KR', 'Noto Sans KR', sans-serif;
      background: linear-gradient(135deg, #0f1318 0%, #13243d 100%); color: #fff; word-break: keep-all; }
    .wrap { box-sizing: border-box; height: 100%; padding: 72px 80px; display: flex; flex-direction: column; }
    .brand { display: flex; align-items: center; gap: 20px; font-size: 34px; font-weight: 700; }
    .kicker { margin-top: auto; font-size: 30px; color: #79b8ff; font-weight: 700; }
    h1 { margin: 12px 0 0; font-size: 72px; line-height: 1.2; }
    p { margin: 24px 0 0; font-size: 30px; line-height: 1.5; color: #c9d3df; max-width: 1000px; }
  </style></head><body><div class="wrap">
    <div class="brand">${logo(72, 0)}EC2 스터디랩</div>
    <div class="kicker">${escapeHtml(kicker)}</div>
    <h1>${escapeHtml(title)}</h1>
    <p>${escapeHtml(description)}</p>
  </div></body></html>`;

mkdirSync('public/icons', { recursive: true });
mkdirSync('public/og/lessons', { recursive: true });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const [name, size, padding, bg] of [
    ['icon-192.png', 192, 0, 'transparent'],
    ['icon-512.png', 512, 0, 'transparent'],
    ['icon-maskable-512.png', 512, 80, ACCENT],
    ['apple-touch-icon.png', 180, 14, '#ffffff'],
  ] as const) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(`<html><body style="margin:0;display:grid;place-items:center;width:${size}px;height:${size}px;background:${bg}">${logo(size, padding)}</body></html>`);
    await page.screenshot({ path: `public/icons/${name}`, omitBackground: bg === 'transparent' });
    await page.close();
  }
  const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
  await page.setContent(card('Amazon EC2 한국어 학습', '레슨 · 도구 · 간격 반복 퀴즈', 'AWS 공식 문서로 검증한 EC2 레슨, 인스턴스 유형 해독기, 수명 주기 샌드박스, 복습 모드'));
  await page.screenshot({ path: 'public/og/default.png' });
  for (const id of lessonIdsOnDisk()) {
    const source = readFileSync(`src/content/lessons/${id}.mdx`, 'utf8');
    await page.setContent(card(`레슨 ${frontMatterField(source, 'order')}`, frontMatterField(source, 'title'), frontMatterField(source, 'description')));
    await page.screenshot({ path: `public/og/lessons/${id}.png` });
    console.log(`public/og/lessons/${id}.png`);
  }
} finally {
  await browser.close();
}
