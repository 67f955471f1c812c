// Build-time data for the /notes/ pages: each source note cut into blocks, each block with the lesson sections that
// teach it (docs/coverage.md) and the corrections that quote it ("노트 바로잡기" callouts in the lessons).
import { render } from 'astro:content';
import { getLessons } from './collections.ts';
import { parseCoverage } from './lib/site-checks/coverage.ts';
import { noteBlocks, type NoteBlock } from './lib/notes/blocks.ts';
import { claimLines, correctionId, correctionsIn, type CorrectionRef } from './lib/notes/corrections.ts';
import { SOURCE_NOTES, type SourceNote } from './lib/notes/index.ts';

const noteTexts = import.meta.glob<string>('/docs/notes/*.txt', { query: '?raw', import: 'default', eager: true });
const lessonSources = import.meta.glob<string>('/src/content/lessons/*.mdx', { query: '?raw', import: 'default', eager: true });
const coverageSource = import.meta.glob<string>('/docs/coverage.md', { query: '?raw', import: 'default', eager: true });

export interface SectionLink { lesson: string; lessonTitle: string; anchor: string; section: string; href: string }
export interface BlockCorrection extends CorrectionRef { id: string; href: string; lessonTitle: string }
export interface NotePageBlock extends NoteBlock { sections: SectionLink[]; corrections: BlockCorrection[]; id: string }
export interface NotePage { note: SourceNote; blocks: NotePageBlock[]; lessons: { id: string; title: string }[]; corrections: BlockCorrection[] }

export function noteText(note: SourceNote): string {
  const text = noteTexts[`/docs/notes/${note.file}`];
  if (text === undefined) throw new Error(`노트 파일이 없습니다: docs/notes/${note.file}`);
  return text;
}

let sectionTitles: Map<string, { title: string; headings: Map<string, string> }> | undefined;
async function lessonSections() {
  if (sectionTitles) return sectionTitles;
  sectionTitles = new Map();
  for (const lesson of await getLessons()) {
    const { headings } = await render(lesson);
    sectionTitles.set(lesson.id, { title: lesson.title, headings: new Map(headings.map((h) => [h.slug, h.text])) });
  }
  return sectionTitles;
}

export async function notePage(note: SourceNote): Promise<NotePage> {
  const sections = await lessonSections();
  const coverage = parseCoverage(Object.values(coverageSource)[0] ?? '');
  if (!coverage.ok) throw new Error(coverage.error.message);
  const rows = coverage.value.filter((r) => r.note === note.file);
  const text = noteText(note);
  const refs = Object.entries(lessonSources).flatMap(([path, mdx]) => correctionsIn(path.replace(/^.*\/|\.mdx$/g, ''), mdx)).filter((r) => r.note === note.file);
  const quoted = refs.map((ref) => ({ ref, lines: claimLines(text, ref.claim) }));
  const correction = (ref: CorrectionRef): BlockCorrection => {
    const id = correctionId(note.number, ref.claim);
    return { ...ref, id, href: `/lessons/${ref.lesson}/#${id}`, lessonTitle: sections.get(ref.lesson)?.title ?? ref.lesson };
  };
  const blocks = noteBlocks(text).map((block): NotePageBlock => {
    const links = new Map<string, SectionLink>();
    for (const row of rows) {
      if (row.to < block.from || row.from > block.to) continue;
      const lesson = sections.get(row.lesson);
      const key = `${row.lesson}#${row.anchor}`;
      if (links.has(key)) continue;
      links.set(key, {
        lesson: row.lesson, lessonTitle: lesson?.title ?? row.lesson, anchor: row.anchor,
        section: lesson?.headings.get(row.anchor) ?? row.topic, href: `/lessons/${row.lesson}/#${encodeURIComponent(row.anchor)}`,
      });
    }
    const corrections = quoted
      .filter(({ lines }) => lines.some((n) => n >= block.from && n <= block.to))
      .map(({ ref }) => correction(ref));
    return { ...block, sections: [...links.values()], corrections, id: `line-${block.from}` };
  });
  const lessonIds = [...new Set(rows.map((r) => r.lesson))];
  return {
    note, blocks,
    lessons: lessonIds.map((id) => ({ id, title: sections.get(id)?.title ?? id })),
    corrections: refs.map(correction),
  };
}

export { SOURCE_NOTES };
