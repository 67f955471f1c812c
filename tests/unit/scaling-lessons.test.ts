import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import GithubSlugger from 'github-slugger';
import { LESSON_LINKS, lessonHref } from '../../src/lib/scaling/lesson-links.ts';
import { SCENARIOS } from '../../src/lib/scaling/scenarios.ts';

describe('lesson links', () => {
  it('each anchor is the github-slugger slug of its heading', () => {
    for (const link of Object.values(LESSON_LINKS)) {
      expect(new GithubSlugger().slug(link.heading)).toBe(link.anchor);
    }
    expect(lessonHref('targetTracking')).toBe('/lessons/auto-scaling/#대상-추적-조정');
  });

  it('every scenario links only to known sections and each section is used', () => {
    const used = [...new Set(SCENARIOS.flatMap((s) => s.links))].sort();
    // Equal sets: a dropped section (or a scenario linking to an unknown one) fails here.
    expect(used).toEqual(Object.keys(LESSON_LINKS).sort());
  });

  it('each linked heading is a heading of its lesson', () => {
    for (const link of Object.values(LESSON_LINKS)) {
      const file = `src/content/lessons/${link.lesson.split('/')[2]}.mdx`;
      const headings = readFileSync(file, 'utf8').split('\n').filter((l) => /^#{2,4} /.test(l)).map((l) => l.replace(/^#+ /, '').trim());
      expect(headings, `${file}: ${link.heading}`).toContain(link.heading);
    }
  });
});
