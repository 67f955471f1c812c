import { describe, expect, it } from 'vitest';
import { anchorsOf, findBrokenLinks, internalHrefs } from '../../src/lib/site-checks/links.ts';

describe('link checker', () => {
  const pages = [
    { path: '/', html: '<a href="/lessons/ami/#ami란">x</a><a href="/lessons/ami/#nope">y</a><a href="https://aws.amazon.com/">z</a>' },
    { path: '/lessons/ami/', html: '<h2 id="ami란">AMI란</h2><a href="#ami란">self</a><a href="../missing/">m</a><a href="/favicon.svg">f</a>' },
  ];

  it('collects ids and internal hrefs only', () => {
    expect([...anchorsOf(pages[1]!.html)]).toEqual(['ami란']);
    expect(internalHrefs(pages[0]!.html)).toEqual(['/lessons/ami/#ami란', '/lessons/ami/#nope']);
  });

  it('reports missing pages and anchors, resolving relative and percent-encoded links', () => {
    const encoded = { path: '/x/', html: `<a href="/lessons/ami/#${encodeURIComponent('ami란')}">e</a>` };
    const broken = findBrokenLinks([...pages, encoded], ['/favicon.svg']);
    expect(broken).toEqual([
      { from: '/', href: '/lessons/ami/#nope', reason: 'missing-anchor' },
      { from: '/lessons/ami/', href: '../missing/', reason: 'missing-page' },
    ]);
  });
});
