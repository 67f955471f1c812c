// MDX source → plain text, and a lesson body split into the text under each heading.
// Used at build time for section excerpts; pure so it is unit-tested.

export interface SourceHeading {
  depth: number;
  text: string;
}

export interface BodySection {
  heading: SourceHeading | null;
  text: string;
}

const FENCE = /^\s*(```|~~~)/;
const HEADING = /^(#{1,6})\s+(.+?)\s*#*\s*$/;

/** Strip MDX/markdown syntax to readable plain text on one line. */
export function mdxToText(src: string): string {
  let s = src
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ') // MDX comments
    .replace(/^\s*(import|export)\s.*$/gm, ' ')
    .replace(/```[\s\S]*?(```|$)/g, ' ')
    .replace(/~~~[\s\S]*?(~~~|$)/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/<\/?[A-Za-z][\w.:-]*(\s+[^<>]*?)?\/?>/g, ' ') // JSX and HTML tags (their text children stay)
    .replace(/\{[^{}]*\}/g, ' ') // JSX expressions
    .replace(/^\s{0,3}>\s?/gm, '')
    .replace(/^\s*([-*+]|\d+[.)])\s+/gm, '')
    .replace(/^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/gm, ' ') // table separators
    .replace(/\|/g, ' ')
    .replace(/^\s*#{1,6}\s+/gm, '')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/~~(.+?)~~/g, '$1')
    .replace(/^\s*[-*_]{3,}\s*$/gm, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  s = s.replace(/\s+/g, ' ').trim();
  return s;
}

/** Plain-text heading as the markdown processor would render it (for pairing with `render().headings`). */
export function headingText(src: string): string {
  return mdxToText(src);
}

/** Split a lesson body at its markdown headings (outside code fences). */
export function splitSections(body: string): BodySection[] {
  const out: BodySection[] = [];
  let current: { heading: SourceHeading | null; lines: string[] } = { heading: null, lines: [] };
  let inFence = false;
  for (const line of body.split(/\r?\n/)) {
    if (FENCE.test(line)) inFence = !inFence;
    const m = inFence ? null : HEADING.exec(line);
    if (m && m[1] && m[2]) {
      out.push({ heading: current.heading, text: mdxToText(current.lines.join('\n')) });
      current = { heading: { depth: m[1].length, text: headingText(m[2].replace(/\s*\{#[^}]*\}\s*$/, '')) }, lines: [] };
    } else {
      current.lines.push(line);
    }
  }
  out.push({ heading: current.heading, text: mdxToText(current.lines.join('\n')) });
  return out;
}

/** Cut plain text to about `max` characters at a word boundary. */
export function excerpt(text: string, max = 140): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:·]+$/, '')}…`;
}
