// `npm run check`: validates every content file with the site's schemas in seconds, without building.
import { errorHeading, formatProblems, isError } from '../src/lib/content/problems.ts';
import { validateContent } from '../src/lib/content/validate.ts';

const root = process.argv[2] ?? process.cwd();
const { problems, summary } = validateContent(root);
const errors = problems.filter(isError);
if (errors.length > 0) {
  console.error(`${errorHeading(errors.length)}\n${formatProblems(problems)}\n\nSửa các lỗi trên rồi chạy lại: npm run check`);
  process.exit(1);
}
if (problems.length > 0) console.error(`${formatProblems(problems)}\n`);
console.log(`✔ Nội dung hợp lệ: ${summary.join('; ')}.`);
