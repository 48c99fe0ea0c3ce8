// `npm run check`: validates every content file with the site's schemas in seconds, without building.
// `npm run check -- --deploy` also refuses a placeholder site address, before a deployment.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { formatProblems } from '../src/lib/content/problems.ts';
import { validateContent } from '../src/lib/content/validate.ts';
import { placeholderSiteUrlProblem } from '../src/lib/site-url.ts';

const args = process.argv.slice(2);
const deploy = args.includes('--deploy');
const root = args.find((a) => !a.startsWith('--')) ?? process.cwd();
const { problems, summary } = validateContent(root);
const errors = problems.filter((p) => p.level !== 'warning');
if (problems.length > 0) console.error(formatProblems(problems));
if (errors.length > 0) {
  console.error(`\nNội dung có ${errors.length} lỗi. Sửa các lỗi trên rồi chạy lại: npm run check`);
  process.exit(1);
}
if (deploy) {
  const ward = (() => {
    try {
      return parse(readFileSync(join(root, 'content', 'ward.yaml'), 'utf8')) ?? {};
    } catch {
      return {};
    }
  })();
  const problem = placeholderSiteUrlProblem(ward.siteUrl);
  if (problem) {
    console.error(`Chưa triển khai được: ${problem}`);
    process.exit(1);
  }
}
console.log(`✔ Nội dung hợp lệ${deploy ? ', sẵn sàng triển khai' : ''}: ${summary.join('; ')}.`);
