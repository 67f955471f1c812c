// No broken internal link or anchor anywhere in dist/ (reads the built files; no browser needed).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, test } from '@playwright/test';
import { findBrokenLinks, type BuiltPage } from '../../src/lib/site-checks/links.ts';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

test('every internal link and anchor in dist/ resolves', () => {
  const files = walk('dist').map((f) => '/' + relative('dist', f).split(sep).join('/'));
  const pages: BuiltPage[] = files
    .filter((f) => f.endsWith('.html'))
    .map((f) => ({ path: f.endsWith('/index.html') ? f.slice(0, -'index.html'.length) : f, html: readFileSync(join('dist', f), 'utf8') }));
  expect(pages.length).toBeGreaterThan(5);
  const broken = findBrokenLinks(pages, files);
  expect(broken.map((b) => `${b.from} → ${b.href} (${b.reason})`)).toEqual([]);
});
