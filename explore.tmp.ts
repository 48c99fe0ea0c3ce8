import { launchChromium } from './e2e/browser.ts';
const base = 'http://localhost:4328';
const browser = await launchChromium();
const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
{ const p = await ctx.newPage(); await p.goto(`${base}/admin/`); await p.getByRole('button', { name: 'Đăng nhập' }).click(); await p.waitForTimeout(2000); await p.close(); }
for (const [name, hash] of [['service', '#/collections/services/entries/tro-giup-phap-ly-1800-1233'], ['snapshot', '#/collections/snapshots/entries/2026'], ['calendar', '#/collections/settings/entries/calendar']]) {
  const page = await ctx.newPage();
  page.on('pageerror', (e) => console.log(name, 'pageerror', e.message.slice(0, 300)));
  page.on('console', (m) => { if (m.type() === 'error') console.log(name, 'console', m.text().slice(0, 200)); });
  await page.goto(`${base}/admin/${hash}`);
  await page.waitForTimeout(5000);
  await page.screenshot({ path: `/tmp/shots-editor/${name}.png` });
  await page.close();
}
await browser.close();
