// Runs rehype-reading in Astro's Markdown processor (Sätteri), as a hast plugin that rewrites the whole document
// once (the root is the one node Sätteri lets a plugin replace wholesale).
import { plainCopy, readingTransform, type HastRoot } from './rehype-reading.ts';

export const readingPlugin = {
  name: 'reading',
  before(root: unknown, ctx: { replaceNode(node: unknown, replacement: unknown): void }): void {
    ctx.replaceNode(root, readingTransform(plainCopy(root) as HastRoot));
  },
};
