// The site's tool and study pages as search entries, from the one catalog in src/lib/tools.ts.
import { STUDY_PAGES, TOOLS, type SitePage } from '../tools.ts';
import type { SearchEntry } from './types.ts';

/** Stable id from the path: /tools/lifecycle/ → tool:lifecycle, /quiz/ → tool:quiz. */
function toolId(href: string): string {
  return `tool:${href.split('/').filter(Boolean).at(-1) ?? 'home'}`;
}

export const TOOL_ENTRIES: readonly SearchEntry[] = ([...TOOLS, ...STUDY_PAGES] as readonly SitePage[]).map((page) => ({
  id: toolId(page.href),
  kind: 'tool',
  title: page.title,
  en: page.en,
  aliases: [...page.aliases],
  excerpt: page.summary,
  url: page.href,
}));
