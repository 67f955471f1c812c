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
    const used = new Set(SCENARIOS.flatMap((s) => s.links));
    for (const id of used) expect(Object.hasOwn(LESSON_LINKS, id)).toBe(true);
    expect(used.size).toBeGreaterThanOrEqual(7);
  });
});
