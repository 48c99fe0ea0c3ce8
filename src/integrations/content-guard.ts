import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { ContentError, formatProblems } from '../lib/content/problems.ts';
import { validateContent } from '../lib/content/validate.ts';

/**
 * Runs the same validation as `npm run check` before Astro starts, so a build stops on the
 * first line of its output with every problem named by file and field, and nothing is written.
 */
export function contentGuard(): AstroIntegration {
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const { problems } = validateContent(fileURLToPath(config.root));
        const errors = problems.filter((p) => p.level !== 'warning');
        if (problems.length > errors.length) logger.warn(formatProblems(problems.filter((p) => p.level === 'warning')));
        if (errors.length === 0) return;
        if (command === 'build') throw new ContentError(errors);
        logger.error(new ContentError(errors).message);
      },
    },
  };
}
