// Lighthouse's mobile audit (its default: a mid-range phone on a slow 4G connection, simulated)
// with Debian's Chromium, of one page served by nginx on loopback. Run by ../lighthouse.ts in this
// package of its own: `node scores.ts <url> <runs>` prints the page's scores as JSON on stdout.
import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CATEGORIES, type Scores } from '../lighthouse.ts';

async function startChrome(): Promise<LaunchedChrome> {
  return launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** One Lighthouse run; a run Lighthouse itself could not complete (a timeout on a busy machine) is tried again once. */
async function audit(chrome: LaunchedChrome, url: string, retry = true) {
  const result = await lighthouse(url, { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: [...CATEGORIES] });
  const error = result?.lhr.runtimeError;
  if (!result || error) {
    console.error(`  ${url}: Lighthouse run failed (${error?.code ?? 'no result'})${retry ? ', trying again' : ''}`);
    if (retry) return audit(chrome, url, false);
    throw new Error(`Lighthouse không chạy được trên ${url}`);
  }
  return result.lhr;
}

/** The four category scores of a page, 0–100, from the run with the median performance of `runs`. */
async function lighthouseScores(chrome: LaunchedChrome, url: string, runs = 3): Promise<Scores> {
  const reports: Awaited<ReturnType<typeof audit>>[] = [];
  for (let i = 0; i < runs; i++) reports.push(await audit(chrome, url));
  const performance = (lhr: (typeof reports)[number]) => lhr.categories.performance?.score ?? 0;
  reports.sort((a, b) => performance(a) - performance(b));
  const { categories, audits } = reports[Math.floor(reports.length / 2)]!;
  const failed = CATEGORIES.flatMap((id) => categories[id]?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
    .map((ref) => ref.id);
  if (failed.length > 0) console.error(`  ${url}: audits below full marks: ${[...new Set(failed)].join(', ')}`);
  return Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((categories[id]?.score ?? 0) * 100)])) as Scores;
}

const [url, runs = '3'] = process.argv.slice(2);
if (!url) throw new Error('usage: node scores.ts <url> [runs]');
const chrome = await startChrome();
try {
  console.log(JSON.stringify(await lighthouseScores(chrome, url, Number(runs))));
} finally {
  await chrome.kill();
}
