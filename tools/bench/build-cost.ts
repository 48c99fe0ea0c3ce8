// Build time and output size of a project, cold (Astro's cache emptied first).
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runBuild } from '../fixtures/build-project.ts';

export interface BuildCost {
  seconds: number;
  pages: number;
  /** Bytes of dist/ without the precompressed .gz copies, and the .gz copies alone. */
  bytes: number;
  gzBytes: number;
}

export async function measureBuild(root: string): Promise<BuildCost> {
  rmSync(join(root, 'node_modules', '.astro'), { recursive: true, force: true });
  const started = performance.now();
  const { status, output } = await runBuild(root);
  const seconds = (performance.now() - started) / 1000;
  if (status !== 0) {
    const errors = output.split('\n').filter((line) => /error|lỗi|dừng/i.test(line));
    throw new Error(`Bản dựng thất bại trong ${root} (mã ${status}):\n${errors.join('\n') || output.slice(-3000)}`);
  }
  const dist = join(root, 'dist');
  let pages = 0;
  let bytes = 0;
  let gzBytes = 0;
  for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
    const stat = statSync(join(dist, file));
    if (!stat.isFile()) continue;
    if (file.endsWith('.gz')) gzBytes += stat.size;
    else bytes += stat.size;
    if (file.endsWith('.html')) pages++;
  }
  return { seconds, pages, bytes, gzBytes };
}
