// How long a person in danger on a cheap phone and a poor network waits before an emergency number can
// be tapped: the time from navigation until the first tel: link is on screen and styled (its own
// background painted, not the browser's default link), with 400 kbit/s, 400 ms round trips and a 4× slower CPU.
import type { Browser } from 'playwright-core';
import { launchChromium } from '../browser/browser.ts';

export const THROTTLED_PHONE = { downloadKbit: 400, uploadKbit: 400, latencyMs: 400, cpuSlowdown: 4 } as const;

/** Seconds until a tel: link is visible and styled, on a fresh phone with nothing cached: the median of `runs`. */
export async function telLinkSeconds(browser: Browser, url: string, runs = 3): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, serviceWorkers: 'block' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: THROTTLED_PHONE.latencyMs,
      downloadThroughput: (THROTTLED_PHONE.downloadKbit * 1000) / 8,
      uploadThroughput: (THROTTLED_PHONE.uploadKbit * 1000) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLED_PHONE.cpuSlowdown });
    // Checked at every frame from the start of the document: the first frame where the link is on screen with its background.
    await page.addInitScript(() => {
      const check = () => {
        const link = document.querySelector('a[href^="tel:"]');
        const box = link?.getBoundingClientRect();
        const styled = link && getComputedStyle(link).backgroundColor !== 'rgba(0, 0, 0, 0)';
        if (box && styled && box.height > 0 && box.bottom <= innerHeight) (window as unknown as { telShown: number }).telShown = performance.now();
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => (window as unknown as { telShown?: number }).telShown !== undefined, undefined, { timeout: 30_000 });
    times.push((await page.evaluate(() => (window as unknown as { telShown: number }).telShown)) / 1000);
    await context.close();
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

/** The height of a page in screens of a 360×740 phone. */
export async function screensTall(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto(url);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await context.close();
  return height / 740;
}

/** Prints the bench's table for the pages a person in danger opens first: / and /ho-tro/. */
export async function printTelTable(baseUrl: string, runs = 3): Promise<void> {
  const { downloadKbit, latencyMs, cpuSlowdown } = THROTTLED_PHONE;
  console.log(`\n## Emergency numbers on a throttled phone (${downloadKbit} kbit/s, ${latencyMs} ms RTT, ${cpuSlowdown}× CPU, 360×740, nothing cached)\n`);
  console.log(`| page | tel: link visible and styled (median of ${runs}) | page height in 360×740 screens |`);
  console.log('| --- | --- | --- |');
  const browser = await launchChromium();
  try {
    for (const path of ['/', '/ho-tro/']) {
      const url = `${baseUrl}${path}`;
      console.log(`| ${path} | ${(await telLinkSeconds(browser, url, runs)).toFixed(2)} s | ${(await screensTall(browser, url)).toFixed(2)} |`);
    }
  } finally {
    await browser.close();
  }
}
