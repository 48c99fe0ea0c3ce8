// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { contentGuard } from './src/integrations/content-guard.ts';
import { offlineServiceWorker } from './src/integrations/service-worker.ts';
import { pagefindSearch } from './src/integrations/pagefind.ts';

// The site's URL is ward identity, so it comes from content, not from code.
const ward = parse(readFileSync(new URL('./content/ward.yaml', import.meta.url), 'utf8'));

export default defineConfig({
  site: ward.siteUrl,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [contentGuard(), mdx(), sitemap({ filter: (page) => !page.includes('/ho-tro/tinh-trang-du-lieu/') }), offlineServiceWorker(), pagefindSearch()],
  devToolbar: { enabled: false },
  // Scripts stay external files from 'self', never inlined, however small: the CSP allows only 'self'.
  vite: { build: { assetsInlineLimit: 0 } },
  // Shiki highlights code with inline styles, which the CSP forbids; articles have no code.
  markdown: { syntaxHighlight: false },
  // A strict Content Security Policy as a <meta> tag on every page: nothing may load from another origin.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind's search runs as WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  server: { host: '127.0.0.1', port: 4321 },
});
