// Lighthouse's mobile scores for `npm run bench`. Lighthouse lives in a package of its own,
// tools/bench/lighthouse/ (its package.json and lock pin it), installed here on the first run: its
// 120 packages serve the benchmark only, so the project's `npm ci` (and CI) does not unpack them.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Scores = Record<(typeof CATEGORIES)[number], number>;

const PACKAGE = join(import.meta.dirname, 'lighthouse');

/** Installs tools/bench/lighthouse/ from its lock file, unless it is installed already. */
function installLighthouse(): void {
  if (existsSync(join(PACKAGE, 'node_modules', 'lighthouse'))) return;
  console.error('Cài Lighthouse cho npm run bench (lần đầu): npm ci trong tools/bench/lighthouse/');
  const install = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: PACKAGE, stdio: 'inherit' });
  if (install.status !== 0) throw new Error('Không cài được Lighthouse (npm ci trong tools/bench/lighthouse/)');
}

/** The four category scores of a page, 0–100, from the run with the median performance of `runs`. */
export function lighthouseScores(url: string, runs = 3): Scores {
  installLighthouse();
  const run = spawnSync(process.execPath, [join(PACKAGE, 'scores.ts'), url, String(runs)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (run.status !== 0) throw new Error(`Lighthouse không chạy được trên ${url}`);
  return JSON.parse(run.stdout) as Scores;
}
