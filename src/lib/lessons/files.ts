// Lesson ids read from the folder, by the same rule as the `lessons` collection's glob in src/content.config.ts
// (MDX files not starting with "_"). Node-only: for scripts and tests that run outside Astro.
import { readdirSync } from 'node:fs';

export function lessonIdsOnDisk(dir = 'src/content/lessons'): string[] {
  return readdirSync(dir).filter((f) => /^[^_].*\.mdx$/.test(f)).map((f) => f.replace(/\.mdx$/, '')).sort();
}
