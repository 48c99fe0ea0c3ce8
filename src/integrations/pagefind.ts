import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';
import { indexableHtml } from '../features/search/lib/index-text.ts';

/** Pagefind's ready-made interfaces: the site has its own, lighter search page (src/features/search/scripts/site-search.ts). */
const UNUSED_UI = /^pagefind-(ui|component-ui|modular-ui|highlight)\./;

/** Every built page, as paths relative to the output folder. */
const htmlFiles = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html') && !name.startsWith('pagefind'));

/**
 * Builds the Pagefind search index over the finished site, into dist/pagefind/. Pages are
 * indexed with đ/Đ folded (see src/features/search/lib/fold.ts) so "dinh" finds "đình"; the HTML served is
 * unchanged. Only <main data-pagefind-body> is indexed, so chrome and staff pages stay out.
 * Touching elements are spaced in the indexed copy, so excerpts never glue words together.
 * `PAGEFIND_FOLD=0` builds the plain index, to measure what the folding costs.
 */
export function pagefindSearch(): AstroIntegration {
  return {
    name: 'pagefind-search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const fold = process.env.PAGEFIND_FOLD !== '0';
        const { index, errors } = await createIndex({ forceLanguage: 'vi' });
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        for (const sourcePath of htmlFiles(root)) {
          const html = readFileSync(join(root, sourcePath), 'utf8');
          const added = await index.addHTMLFile({ sourcePath, content: indexableHtml(html, fold) });
          if (added.errors.length > 0) throw new Error(`Pagefind ${sourcePath}: ${added.errors.join('; ')}`);
        }
        const written = await index.writeFiles({ outputPath: join(root, 'pagefind') });
        if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await close();
        const output = join(root, 'pagefind');
        for (const name of readdirSync(output)) if (UNUSED_UI.test(name)) rmSync(join(output, name));
        const entry = JSON.parse(readFileSync(join(output, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
        const pages = Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
        logger.info(`Đã lập chỉ mục tìm kiếm cho ${pages} trang${fold ? ' (gộp đ/d)' : ''}.`);
      },
    },
  };
}
