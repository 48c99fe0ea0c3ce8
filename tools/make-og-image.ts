// Makes public/og.png, the preview image that Zalo and Facebook show for shared links
// (they do not accept SVG). Run it again after changing content/ward.yaml:
//   node_modules/.bin/node tools/make-og-image.ts
import { checkCollection } from '../src/features/content/lib/check-entries.ts';
import { formatProblems } from '../src/features/content/lib/problems.ts';
import { launchChromium } from './browser/browser.ts';

/** The one checked entry of a single-file collection, read as the build reads it; stops on any mistake. */
function single<K extends 'ward' | 'plan'>(name: K) {
  const { values, problems } = checkCollection(process.cwd(), name);
  if (problems.length > 0 || !values[0]) throw new Error(formatProblems(problems));
  return values[0];
}
const ward = single('ward');
const plan = single('plan');
const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

const html = `<!doctype html><html lang="vi"><meta charset="utf-8"><style>
  body { margin: 0; width: 1200px; height: 630px; display: flex; flex-direction: column; justify-content: center;
    padding: 0 80px; box-sizing: border-box; background: #5b2a86; color: #fff; font-family: system-ui, 'Noto Sans', sans-serif; }
  h1 { font-size: 76px; line-height: 1.1; margin: 0 0 32px; }
  p { font-size: 34px; line-height: 1.35; margin: 0; max-width: 1000px; }
  .sign { margin-top: 48px; font-size: 30px; opacity: .9; }
</style><h1>${escapeHtml(ward.siteName)}</h1>
<p>Kế hoạch thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn ${plan.period.from}–${plan.period.to}</p>
<p class="sign">${escapeHtml(ward.committee)}, ${escapeHtml(ward.city)}</p></html>`;

const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
await page.setContent(html);
await page.screenshot({ path: 'public/og.png' });
await browser.close();
console.log('Đã tạo public/og.png');
