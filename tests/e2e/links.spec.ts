// No broken internal link or anchor anywhere in dist/ (reads the built files; no browser needed).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { findBrokenLinks, type BuiltPage } from '../../src/lib/site-checks/links.ts';
import { builtFiles, builtPages } from '../../src/lib/site-checks/dist.ts';

test('every internal link and anchor in dist/ resolves', () => {
  const files = builtFiles('dist');
  const pages: BuiltPage[] = builtPages('dist').map(({ file, url }) => ({ path: url, html: readFileSync(join('dist', file), 'utf8') }));
  expect(pages.length).toBeGreaterThan(5);
  const broken = findBrokenLinks(pages, files);
  expect(broken.map((b) => `${b.from} → ${b.href} (${b.reason})`)).toEqual([]);
});
