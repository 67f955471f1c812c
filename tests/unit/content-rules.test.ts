// Rules the README states for contributors, enforced here so that they hold.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { lessonIdsOnDisk } from '../../src/lib/lessons/files.ts';

/** README "레슨 추가하기": each lesson has at least this many questions. */
const MIN_QUESTIONS_PER_LESSON = 16;

describe('README rules', () => {
  it(`every lesson has its question file with at least ${MIN_QUESTIONS_PER_LESSON} questions`, () => {
    const lessons = lessonIdsOnDisk();
    expect(lessons.length).toBeGreaterThanOrEqual(13);
    for (const id of lessons) {
      const file = `src/content/questions/${id}.yaml`;
      const data = parse(readFileSync(file, 'utf8')) as { lesson?: string; questions?: unknown[] };
      expect(data.lesson, file).toBe(id);
      expect(data.questions?.length ?? 0, `${file}: 문항 ${data.questions?.length ?? 0}개`).toBeGreaterThanOrEqual(MIN_QUESTIONS_PER_LESSON);
    }
  }, 30_000);
  it('the README states the same number', () => {
    expect(readFileSync('README.md', 'utf8')).toContain(`${MIN_QUESTIONS_PER_LESSON}개 이상`);
  });
  it('README and CONTRIBUTING point to the vendored notes, not a path outside the repository', () => {
    for (const file of ['README.md', 'docs/CONTRIBUTING.md']) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toContain('../shared/notes');
      expect(text, file).toContain('docs/notes/');
    }
  });
});
