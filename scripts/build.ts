// `npm run build`: builds into a temporary folder and swaps it into dist/ only when the whole
// build succeeded, so a content mistake never leaves a half-built or emptied site behind.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { placeholderSiteUrlProblem } from '../src/shared/lib/site-url.ts';

const root = process.cwd();
const dist = join(root, 'dist');
const staging = join(root, `.dist-building-${process.pid}`);
const previous = join(root, `.dist-previous-${process.pid}`);

/** A loud warning, before and after the build, while the site's address is a placeholder. */
const placeholder = (() => {
  try {
    return placeholderSiteUrlProblem(parse(readFileSync(join(root, 'content', 'ward.yaml'), 'utf8'))?.siteUrl);
  } catch {
    return null; // a broken ward.yaml is reported by the build itself, with its file and line
  }
})();
const warnPlaceholder = () => {
  if (placeholder) console.warn(`\n${'!'.repeat(72)}\nCẢNH BÁO: ${placeholder}\nKiểm tra trước khi triển khai: npm run check -- --deploy\n${'!'.repeat(72)}\n`);
};
warnPlaceholder();

const started = performance.now();
const astro = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', staging, ...process.argv.slice(2)], {
  stdio: 'inherit',
});
if (astro.status !== 0) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nBản dựng dừng lại; thư mục dist/ cũ được giữ nguyên.`);
  process.exit(astro.status ?? 1);
}
if (existsSync(dist)) renameSync(dist, previous);
renameSync(staging, dist);
rmSync(previous, { recursive: true, force: true });
console.log(`Đã dựng xong dist/ trong ${((performance.now() - started) / 1000).toFixed(1)} giây.`);
warnPlaceholder();
