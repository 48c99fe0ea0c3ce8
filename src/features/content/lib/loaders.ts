import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { COLLECTIONS, readCollection, type CollectionName } from './files.ts';
import { formatProblems, isError } from './problems.ts';

/**
 * Astro's loader for one collection of the table: the same files, the same parser and the same
 * ids as `npm run check` and the build's content guard. The build never gets here with a bad
 * file (the guard stops it first); in `npm run dev` a bad entry is left out and named in the
 * terminal, and the browser shows the guard's error page.
 */
export function contentLoader(name: CollectionName): Loader {
  const spec = COLLECTIONS[name];
  return {
    name: `noi-dung-${name}`,
    load: async ({ config, store, parseData, generateDigest, logger, watcher }) => {
      const root = fileURLToPath(config.root);
      const sync = async () => {
        const { entries, problems } = readCollection(root, name);
        if (problems.some(isError)) logger.error(formatProblems(problems.filter(isError)));
        store.clear();
        const ids = new Set<string>();
        for (const entry of entries) {
          // A duplicate id is an error the guard reports; never let one entry replace another.
          if (!entry.id || ids.has(entry.id.toLowerCase())) continue;
          ids.add(entry.id.toLowerCase());
          try {
            const data = await parseData({ id: entry.id, data: entry.data as Record<string, unknown>, filePath: join(root, entry.file) });
            const digest = generateDigest(entry.text);
            if (entry.body === undefined) store.set({ id: entry.id, data, filePath: entry.file, digest });
            else store.set({ id: entry.id, data, body: entry.body, filePath: entry.file, digest, deferredRender: true });
          } catch {
            logger.error(`${entry.file}${entry.label ? ` (${entry.label})` : ''}: nội dung chưa hợp lệ, tạm bỏ qua; chạy npm run check để xem lỗi`);
          }
        }
      };
      await sync();
      if (!watcher) return;
      const watched = join(root, spec.path);
      watcher.add(watched);
      const onChange = (path: string) => {
        const inside = relative(watched, path);
        if (path === watched || (!inside.startsWith('..') && !inside.startsWith(sep) && inside !== path)) void sync();
      };
      watcher.on('change', onChange);
      watcher.on('add', onChange);
      watcher.on('unlink', onChange);
    },
  };
}
