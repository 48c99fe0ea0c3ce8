import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './helpers.ts';

/** What the build needs besides content: copied, since Vite resolves symlinked sources to their real path. */
const COPIED = ['src', 'public', 'scripts', 'deploy', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/**
 * A throw-away copy of the project whose content/ is the real one with `overlays` laid over it
 * (folders shaped like the project root, e.g. a fixture holding content/snapshots/2027.json).
 */
export function temporaryProject(...overlays: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'project-'));
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'));
  for (const name of [...COPIED, 'content']) cpSync(join(ROOT, name), join(root, name), { recursive: true });
  for (const overlay of overlays) cpSync(overlay, root, { recursive: true, filter: (src) => !src.endsWith('expected.json') });
  return root;
}

/** Runs `npm run build`'s script in a project folder and returns its exit status and output. */
export function runBuild(root: string): { status: number | null; output: string } {
  // A build of thousands of pages logs far more than spawnSync's default 1 MB, which would kill it.
  const result = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, FORCE_COLOR: '0' } });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
