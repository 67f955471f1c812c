// The little inline markup question and lesson texts use outside MDX: `code` spans, and site paths such as
// /tools/network/ or /lessons/pricing/#spot, which become links (a question that a tool illustrates points to it).
export type InlinePart = { kind: 'text'; text: string } | { kind: 'code'; text: string } | { kind: 'link'; text: string; href: string };

const SITE_PATH = /(?<![\w./:-])(\/(?:tools|lessons)\/[a-z0-9-]+\/(?:#[^\s)"'’”,.]+)?)/;

export function inlineParts(text: string): InlinePart[] {
  const parts: InlinePart[] = [];
  for (const chunk of text.split(/(`[^`]+`)/)) {
    if (chunk.startsWith('`') && chunk.endsWith('`') && chunk.length > 2) {
      parts.push({ kind: 'code', text: chunk.slice(1, -1) });
      continue;
    }
    for (const piece of chunk.split(SITE_PATH)) {
      if (!piece) continue;
      parts.push(SITE_PATH.test(piece) && piece.startsWith('/') ? { kind: 'link', text: piece, href: piece } : { kind: 'text', text: piece });
    }
  }
  return parts;
}
