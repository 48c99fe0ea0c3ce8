// Lighthouse's mobile audit (its default: a mid-range phone on a slow 4G connection, simulated)
// with Debian's Chromium, against pages served by nginx on loopback.
import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse from 'lighthouse';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Scores = Record<(typeof CATEGORIES)[number], number>;

export async function startChrome(): Promise<LaunchedChrome> {
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
    console.log(`  ${url}: Lighthouse run failed (${error?.code ?? 'no result'})${retry ? ', trying again' : ''}`);
    if (retry) return audit(chrome, url, false);
    throw new Error(`Lighthouse không chạy được trên ${url}`);
  }
  return result.lhr;
}

/** The four category scores of a page, 0–100, from the run with the median performance of `runs`. */
export async function lighthouseScores(chrome: LaunchedChrome, url: string, runs = 3): Promise<Scores> {
  const reports: Awaited<ReturnType<typeof audit>>[] = [];
  for (let i = 0; i < runs; i++) reports.push(await audit(chrome, url));
  const performance = (lhr: (typeof reports)[number]) => lhr.categories.performance?.score ?? 0;
  reports.sort((a, b) => performance(a) - performance(b));
  const { categories, audits } = reports[Math.floor(reports.length / 2)]!;
  const failed = CATEGORIES.flatMap((id) => categories[id]?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
    .map((ref) => ref.id);
  if (failed.length > 0) console.log(`  ${url}: audits below full marks: ${[...new Set(failed)].join(', ')}`);
  return Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((categories[id]?.score ?? 0) * 100)])) as Scores;
}
