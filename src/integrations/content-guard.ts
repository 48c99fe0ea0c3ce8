import type { AstroIntegration } from 'astro';
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { errorPage } from '../features/content/lib/error-page.ts';
import { errorHeading, formatProblems, isError, type ContentProblem } from '../features/content/lib/problems.ts';
import { validateContent } from '../features/content/lib/validate.ts';

/**
 * Runs the same validation as `npm run check` before Astro starts. In a build, a mistake stops it
 * at once with the Vietnamese list of problems only (no stack trace, nothing written). In
 * `npm run dev`, every page shows the list in the browser until the content is fixed.
 */
export function contentGuard(): AstroIntegration {
  let root = '';
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        const { problems } = validateContent(root);
        const errors = problems.filter(isError);
        if (problems.length > errors.length) logger.warn(`\n${formatProblems(problems.filter((p) => !isError(p)))}`);
        if (errors.length === 0) return;
        const report = `${errorHeading(errors.length)}\n${formatProblems(errors)}\nSửa các lỗi trên rồi chạy lại (kiểm tra nhanh: npm run check).`;
        if (command === 'build') {
          // Astro would wrap a thrown error in English with a stack trace; staff read this instead.
          process.stderr.write(`\n${report}\n`);
          process.exit(1);
        }
        logger.error(`\n${report}`);
      },
      'astro:server:setup': ({ server }) => {
        let current: ContentProblem[] | undefined;
        const contentFolder = `${root}content${sep}`;
        server.watcher.on('all', (_event, path) => {
          if (path.startsWith(contentFolder)) current = undefined;
        });
        server.middlewares.use((request, response, next) => {
          if (!request.headers.accept?.includes('text/html')) return next();
          current ??= validateContent(root).problems.filter(isError);
          if (current.length === 0) return next();
          response.statusCode = 500;
          response.setHeader('Content-Type', 'text/html; charset=utf-8');
          response.end(errorPage(current));
        });
      },
    },
  };
}
