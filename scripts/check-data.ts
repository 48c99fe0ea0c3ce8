// `npm run check:data`: are the support-service contacts still fresh? Warns on entries not checked for
// 6 months, fails on 12. CHECK_DATE=YYYY-MM-DD checks as of another day (for tests and planning).
import { checkServices } from '../src/features/content/lib/check-services.ts';
import { freshnessProblems } from '../src/features/content/lib/check-freshness.ts';
import { formatProblems } from '../src/features/content/lib/problems.ts';
import { dayStart } from '../src/shared/lib/dates.ts';

const root = process.argv[2] ?? process.cwd();
const today = process.env.CHECK_DATE ? dayStart(process.env.CHECK_DATE) : new Date();
const { problems: invalid, services } = checkServices(root);
const problems = [...invalid, ...freshnessProblems(services, today)];
const errors = problems.filter((p) => p.level !== 'warning');
if (problems.length > 0) console.error(formatProblems(problems));
const unconfirmed = services.filter((s) => !s.draft && s.confidence === 'trung-binh');
for (const s of unconfirmed) console.log(`ℹ ${s.name}: cần xác nhận (độ tin cậy trung bình), content/services/${s.id}.yaml`);
if (errors.length > 0) {
  console.error(`\nDanh bạ có ${errors.length} lỗi. Sửa rồi chạy lại: npm run check:data`);
  process.exit(1);
}
const published = services.filter((s) => !s.draft).length;
console.log(`✔ Danh bạ: ${published} nơi hỗ trợ đã đăng, ${problems.length} cảnh báo, ${services.length - published} bản nháp chờ số liên lạc.`);
