// `npm run check`: validates every content file with the site's schemas in seconds, without building.
// `npm run check -- --deploy` also refuses a placeholder site address, before a deployment.
import { readCollection } from '../src/features/content/lib/files.ts';
import { errorHeading, formatProblems, isError } from '../src/features/content/lib/problems.ts';
import { validateContent } from '../src/features/content/lib/validate.ts';
import { placeholderSiteUrlProblem } from '../src/shared/lib/site-url.ts';

const args = process.argv.slice(2);
const deploy = args.includes('--deploy');
const root = args.find((a) => !a.startsWith('--')) ?? process.cwd();
const { problems, summary } = validateContent(root);
const errors = problems.filter(isError);
if (errors.length > 0) {
  console.error(`${errorHeading(errors.length)}\n${formatProblems(problems)}\n\nSửa các lỗi trên rồi chạy lại: npm run check`);
  process.exit(1);
}
if (problems.length > 0) console.error(`${formatProblems(problems)}\n`);
if (deploy) {
  // Read through the same table and YAML reader as the check above (the file is valid by now).
  const ward = readCollection(root, 'ward').entries[0]?.data as { siteUrl?: string } | undefined;
  const problem = placeholderSiteUrlProblem(ward?.siteUrl);
  if (problem) {
    console.error(`Chưa triển khai được: ${problem}`);
    process.exit(1);
  }
}
console.log(`✔ Nội dung hợp lệ${deploy ? ', sẵn sàng triển khai' : ''}: ${summary.join('; ')}.`);
