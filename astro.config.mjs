// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { readFileSync } from 'node:fs';
import { contentGuard } from './src/integrations/content-guard.ts';
import { parseYaml } from './src/features/content/lib/parse.ts';
import { offlineServiceWorker } from './src/integrations/service-worker.ts';
import { pagefindSearch } from './src/integrations/pagefind.ts';
import { precompress } from './src/integrations/precompress.ts';
import { criticalStyle, siteConfStyleProblem } from './src/shared/lib/critical-style.ts';

// The site's URL is ward identity, so it comes from content, not from code.
// A broken ward.yaml is reported by the content guard with its file and line, not here.
const ward = (() => {
  try {
    // The same YAML reader as the content guard and the loaders.
    const parsed = parseYaml('content/ward.yaml', readFileSync(new URL('./content/ward.yaml', import.meta.url), 'utf8'));
    const data = parsed.ok ? parsed.value.data : undefined;
    return { siteUrl: data && typeof data === 'object' && 'siteUrl' in data ? String(data.siteUrl) : '' };
  } catch {
    return { siteUrl: '' };
  }
})();

// The critical CSS every page inlines (BaseLayout) is allowed by its hash in both CSPs. One source: the
// hash of src/shared/styles/critical.css. The header CSP in deploy/site.conf is a reviewed file, not generated;
// when it lags behind, nothing builds (not even the dev server), and the message gives the line to write.
const criticalHash = criticalStyle(readFileSync(new URL('./src/shared/styles/critical.css', import.meta.url), 'utf8')).hash;
const siteConfProblem = siteConfStyleProblem(readFileSync(new URL('./deploy/site.conf', import.meta.url), 'utf8'), criticalHash);
if (siteConfProblem) throw new Error(siteConfProblem);

export default defineConfig({
  // A malformed siteUrl is left out here, so the content guard stops the build naming content/ward.yaml › siteUrl.
  site: URL.canParse(ward.siteUrl) ? ward.siteUrl : undefined,
  trailingSlash: 'always',
  // The build's cache (the content data store, processed images) belongs to the project, not to
  // node_modules: the test builds run in throw-away copies that share this node_modules through a link,
  // and, with the default node_modules/.astro, two builds at once read each other's content.
  cacheDir: './.cache/astro',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // precompress() stays last: it gzips what the others wrote in astro:build:done.
  integrations: [
    contentGuard(),
    mdx(),
    sitemap({ filter: (page) => !page.includes('/ho-tro/tinh-trang-du-lieu/') }),
    offlineServiceWorker(),
    pagefindSearch(),
    precompress(),
  ],
  devToolbar: { enabled: false },
  // Never inline small scripts into the HTML: the header CSP (deploy/site.conf) allows scripts from 'self' only.
  vite: {
    build: {
      assetsInlineLimit: 0,
      rollupOptions: {
        // Astro's MDX modules all trigger this harmless bundler note; thousands of articles would
        // print megabytes of it and hide real warnings.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
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
      styleDirective: { resources: ["'self'"], hashes: [criticalHash] },
    },
  },
  server: { host: '127.0.0.1', port: 4321 },
});
