// `npm run check`: validates every content file with the site's schemas in seconds, without building.
import { formatProblems } from '../src/lib/content/problems.ts';
import { validateContent } from '../src/lib/content/validate.ts';

const root = process.argv[2] ?? process.cwd();
const { problems, summary } = validateContent(root);
const errors = problems.filter((p) => p.level !== 'warning');
if (problems.length > 0) console.error(formatProblems(problems));
if (errors.length > 0) {
  console.error(`\nNội dung có ${errors.length} lỗi. Sửa các lỗi trên rồi chạy lại: npm run check`);
  process.exit(1);
}
console.log(`✔ Nội dung hợp lệ: ${summary.join('; ')}.`);
