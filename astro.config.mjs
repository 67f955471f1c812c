// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { satteri } from '@astrojs/markdown-satteri';
import { readingPlugin } from './src/lib/markdown/satteri-reading.ts';

// The inline theme script (no flash of the wrong theme) is the one script Astro does not hash by itself.
const themeInit = readFileSync(new URL('./src/components/site/theme-init.js', import.meta.url), 'utf8');
const themeInitHash = /** @type {`sha256-${string}`} */ (`sha256-${createHash('sha256').update(themeInit).digest('base64')}`);

export default defineConfig({
  site: 'https://ec2-study-lab.example.com',
  trailingSlash: 'always',
  output: 'static',
  integrations: [mdx(), sitemap()],
  // Prism emits classes, not inline styles, so code blocks work under the strict CSP below (Shiki's do not).
  // readingPlugin: tables that scroll or stack on phones, inline code that breaks at its joints, code blocks with a
  // language label and a copy button, figure captions numbered "그림 N." (src/lib/markdown/rehype-reading.ts).
  markdown: { syntaxHighlight: 'prism', processor: satteri({ hastPlugins: [readingPlugin] }) },
  // Styles ship as files: styles of components used inside MDX would otherwise be inlined without a CSP hash.
  build: { inlineStylesheets: 'never' },
  security: {
    // Astro hashes every script and style it renders into a per-page <meta http-equiv="content-security-policy">:
    // no 'unsafe-inline', nothing from another origin. It lists every hash of the build on every page, so
    // scripts/postbuild.ts then keeps on each page only the hashes of that page's own inline elements.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { hashes: [themeInitHash] },
    },
  },
});
