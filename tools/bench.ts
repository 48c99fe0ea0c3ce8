// `npm run bench`: builds the site and prints, for each page type, the gzip bytes of a first
// load and Lighthouse's mobile scores, then the build time and output size with 1,000 and
// 5,000 extra generated articles (in a temporary copy, never committed). Figures, not tests:
// targets are shown beside them. BENCH_ARTICLES ("1000,5000"), BENCH_LIGHTHOUSE_RUNS (3, the
// median is shown) and BENCH_PORT (4390) change the defaults.
import { cpus, totalmem } from 'node:os';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startNginx } from './browser/nginx.ts';
import { splitFrontMatter } from '../src/features/content/lib/parse.ts';
import { generatedArticle } from './quality/generate-articles.ts';
import { temporaryProject } from './fixtures/build-project.ts';
import { measureBuild, type BuildCost } from './bench/build-cost.ts';
import { lighthouseScores } from './bench/lighthouse.ts';
import { pageWeight } from './bench/page-weight.ts';
import { searchCosts } from './bench/search-cost.ts';
import { printTelTable } from './bench/tel-timing.ts';

const ROOT = join(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const KB = 1024;
const kb = (bytes: number) => (bytes / KB).toFixed(1);

/** The first page under a folder of the build (an article), or null. */
function firstPageUnder(path: string): string | null {
  const dir = join(DIST, path);
  if (!existsSync(dir)) return null;
  const child = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'index.html')) && !/^\d+$|^trang-\d+$/.test(entry.name))
    .map((entry) => entry.name)
    .sort()[0];
  return child ? `${path}${child}/` : null;
}

/** The page of the first published support service (drafts have no page); the print sheets under /ho-tro/ are not services. */
function firstServicePage(): string | null {
  const id = readdirSync(join(ROOT, 'content', 'services'))
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => name.replace(/\.ya?ml$/, ''))
    .sort()
    .find((name) => existsSync(join(DIST, 'ho-tro', name, 'index.html')));
  return id ? `/ho-tro/${id}/` : null;
}

/** Page types with their target first load in KB; an indicator may reach 130 KB once its chart has loaded. */
const PAGE_TYPES: { type: string; path: string | null; budget: number; withLazy?: boolean }[] = [
  { type: 'home', path: '/', budget: 60 },
  { type: 'plan', path: '/ke-hoach/', budget: 60 },
  { type: 'objective', path: '/ke-hoach/muc-tieu/y-te/', budget: 60 },
  { type: 'article', path: firstPageUnder('/bai-viet/'), budget: 60 },
  { type: 'lesson', path: firstPageUnder('/kien-thuc/'), budget: 60 },
  { type: 'directory', path: '/ho-tro/', budget: 60 },
  { type: 'service', path: firstServicePage(), budget: 60 },
  { type: 'indicator', path: '/chi-tieu/4.1/', budget: 130, withLazy: true },
  { type: 'progress overview', path: '/tien-do/', budget: 60 },
  { type: 'search page', path: '/tim-kiem/', budget: 60 },
];

/** Search: bytes and time of the help queries marked `bench` in e2e/search-queries.json, beside Pagefind's default flow. */
async function printSearchCosts(baseUrl: string) {
  const { help } = JSON.parse(readFileSync(join(ROOT, 'e2e/search-queries.json'), 'utf8')) as { help: { query: string; bench?: boolean }[] };
  const { engineBytes, rows } = await searchCosts(
    baseUrl,
    help.filter((h) => h.bench).map((h) => h.query),
  );
  console.log('\n## Search: one typed query on /tim-kiem/ (Chromium, fresh cache, engine loaded)\n');
  console.log(
    `Loading the engine on arrival: ${kb(engineBytes)} KB, once. Per query, /pagefind/ bytes over the wire and time from the end of the typing pause to the results on screen; "Pagefind default" is search + the first 5 results' data on the same index (what Pagefind's stock UI, as in Starlight, loads).\n`,
  );
  console.log('| query | site KB | files | site ms | first result | Pagefind default KB | ms | bytes site / default |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const { site, reference } of rows) {
    console.log(
      `| ${site.query} | ${kb(site.bytes)} | ${site.files} | ${site.ms.toFixed(0)} | ${site.first} | ${kb(reference.bytes)} | ${reference.ms.toFixed(0)} | ${(site.bytes / reference.bytes).toFixed(2)} |`,
    );
  }
  const sum = (pick: (r: (typeof rows)[number]) => number) => rows.reduce((a, r) => a + pick(r), 0);
  console.log(
    `| all ${rows.length} queries | ${kb(sum((r) => r.site.bytes))} | | ${(sum((r) => r.site.ms) / rows.length).toFixed(0)} (mean) | | ${kb(sum((r) => r.reference.bytes))} | ${(sum((r) => r.reference.ms) / rows.length).toFixed(0)} (mean) | ${(sum((r) => r.site.bytes) / sum((r) => r.reference.bytes)).toFixed(2)} |`,
  );
}

function buildRow(label: string, cost: BuildCost, base?: BuildCost, extra = 0) {
  const perArticle = base && extra > 0 ? `${(((cost.seconds - base.seconds) / extra) * 1000).toFixed(1)} ms, ${kb((cost.bytes - base.bytes) / extra)} KB` : '';
  return `| ${label} | ${cost.seconds.toFixed(1)} s | ${cost.pages} | ${kb(cost.bytes)} KB (+${kb(cost.gzBytes)} KB .gz) | ${perArticle} |`;
}

console.log(`# npm run bench, ${new Date().toISOString()}`);
console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${(totalmem() / KB ** 3).toFixed(1)} GB RAM, Node ${process.version}\n`);

const bundled = await measureBuild(ROOT);
const missing: string[] = [];
const nginx = await startNginx(DIST, Number(process.env.BENCH_PORT ?? 4390));
// BENCH_ONLY=search measures the search alone (about a minute).
const searchOnly = process.env.BENCH_ONLY === 'search';
if (searchOnly) {
  try {
    await printSearchCosts(nginx.baseUrl);
  } finally {
    nginx.stop();
  }
  process.exit(0);
}
try {
  console.log('## First load (gzip, as nginx sends it) and Lighthouse mobile\n');
  console.log('| page type | path | HTML KB | CSS KB | JS KB | total KB | target | lazy JS KB | performance | accessibility | best practices | SEO |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const { type, path, budget, withLazy } of PAGE_TYPES) {
    const file = path && join(DIST, path.endsWith('/') ? `${path}index.html` : path);
    if (!path || !file || !existsSync(file)) {
      missing.push(type);
      console.log(`| ${type} | ${path ?? '–'} | not in this build | | | | | | | | | |`);
      continue;
    }
    const weight = await pageWeight(nginx.baseUrl, DIST, path);
    const measured = withLazy ? weight.total + weight.lazyJs : weight.total;
    const verdict = measured <= budget * KB ? `≤ ${budget} ✓` : `≤ ${budget} ✗ MISSED`;
    const scores = lighthouseScores(`${nginx.baseUrl}${path}`, Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3));
    const mark = (score: number, target: number) => `${score}${score >= target ? '' : ' ✗'}`;
    console.log(
      `| ${type} | ${path} | ${kb(weight.html)} | ${kb(weight.css)} | ${kb(weight.js)} | ${kb(weight.total)} | ${verdict} | ${kb(weight.lazyJs)} | ${mark(scores.performance, 95)} | ${mark(scores.accessibility, 100)} | ${mark(scores['best-practices'], 100)} | ${mark(scores.seo, 100)} |`,
    );
  }
  if (missing.length) console.log(`\nNot in this build, skipped: ${missing.join(', ')}.`);
  await printSearchCosts(nginx.baseUrl);

  await printTelTable(nginx.baseUrl);
} finally {
  nginx.stop();
}

console.log('\n## Build time and output size (cold: Astro cache emptied first)\n');
console.log('| content | build time | HTML pages | dist/ | per extra article |');
console.log('| --- | --- | --- | --- | --- |');
console.log(buildRow('bundled content', bundled));
const bodies = readdirSync(join(ROOT, 'content/articles'))
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => splitFrontMatter(readFileSync(join(ROOT, 'content/articles', name), 'utf8')).body);
const base = await (async () => {
  const root = temporaryProject();
  try {
    return await measureBuild(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
})();
console.log(buildRow('bundled content, in a temporary copy', base));
for (const extra of (process.env.BENCH_ARTICLES ?? '1000,5000').split(',').map(Number)) {
  const root = temporaryProject();
  try {
    for (let i = 0; i < extra; i++) {
      const { name, text } = generatedArticle(i, bodies[i % bodies.length] ?? '');
      writeFileSync(join(root, 'content/articles', name), text);
    }
    const cost = await measureBuild(root);
    const target = extra === 5000 ? (cost.seconds < 180 ? ' (target < 180 s ✓)' : ' (target < 180 s ✗ MISSED)') : '';
    console.log(buildRow(`+ ${extra} generated articles${target}`, cost, base, extra));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
