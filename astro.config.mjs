// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';

export default defineConfig({
  site: 'https://ec2-study-lab.example.com',
  trailingSlash: 'always',
  output: 'static',
  integrations: [mdx(), sitemap()],
  // Prism emits classes, not inline styles, so code blocks work under the strict CSP below (Shiki's do not).
  markdown: { syntaxHighlight: 'prism' },
  security: {
    // Astro hashes every script and style it renders into a per-page <meta http-equiv="content-security-policy">:
    // no 'unsafe-inline', nothing from another origin.
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
    },
  },
});
