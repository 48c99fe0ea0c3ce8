// `npm run reach -- ACCESS_LOG… [--month YYYY-MM] [--save]`: a month's page views and course
// completions from the server's private log (plain or rotated .gz files), printed as JSON.
// --save adds the days not yet counted to content/reach/YYYY-MM.json (every month in the log).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { CONTENT_PATHS } from '../src/features/content/lib/files.ts';
import { countMonth, latestMonth, RELOAD_SECONDS } from '../src/features/reach/lib/count.ts';
import { mergeMonth, monthFromCount, publicFigures } from '../src/features/reach/lib/figures.ts';
import { parseLog } from '../src/features/reach/lib/log.ts';
import { reachMonthSchema } from '../src/schemas/reach.ts';
import { ISO_MONTH } from '../src/shared/lib/dates.ts';

const args = process.argv.slice(2);
const save = args.includes('--save');
const monthAt = args.indexOf('--month');
const month = monthAt >= 0 ? args[monthAt + 1] : undefined;
const files = args.filter((a, i) => !a.startsWith('--') && (monthAt < 0 || i !== monthAt + 1));
if (files.length === 0 || (monthAt >= 0 && !ISO_MONTH.test(month ?? ''))) {
  console.error('Cách dùng: npm run reach -- /var/log/binh-dang-gioi/access.log* [--month YYYY-MM] [--save]');
  process.exit(2);
}

const entries = files.flatMap((file) => {
  const bytes = readFileSync(file);
  const { entries, unreadable } = parseLog((file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8'));
  if (unreadable > 0) console.error(`${file}: bỏ qua ${unreadable} dòng không đúng định dạng nhật ký riêng tư (deploy/log-format.conf)`);
  return entries;
});
// biome-ignore lint/complexity/useMathMinMax: days are ISO strings, compared as text (Math.max would turn them into NaN)
const newest = entries.reduce((d, e) => (e.day > d ? e.day : d), '');
const chosen = month ?? latestMonth(entries);
if (!chosen) {
  console.error('Nhật ký không có yêu cầu nào.');
  process.exit(1);
}

if (!save) {
  const count = countMonth(entries, chosen);
  const figures = monthFromCount(count, RELOAD_SECONDS);
  if (!figures) {
    console.error(`Nhật ký không có yêu cầu nào trong tháng ${chosen}.`);
    process.exit(1);
  }
  console.log(JSON.stringify(publicFigures(figures, count.leftOut), null, 2));
} else {
  const months = month ? [month] : [...new Set(entries.map((e) => e.day.slice(0, 7)))].sort();
  for (const m of months) {
    const file = join(CONTENT_PATHS.reach, `${m}.json`);
    const saved = existsSync(file) ? reachMonthSchema.parse(JSON.parse(readFileSync(file, 'utf8'))) : null;
    const merged = mergeMonth(saved, countMonth(entries, m), newest, RELOAD_SECONDS);
    if (!merged || merged === saved) {
      console.error(`${file}: không có ngày trọn vẹn nào mới (ngày mới nhất trong nhật ký, ${newest}, để lần chạy sau).`);
      continue;
    }
    mkdirSync(CONTENT_PATHS.reach, { recursive: true });
    writeFileSync(file, `${JSON.stringify(merged, null, 2)}\n`);
    console.error(`Đã ghi ${file}: ${merged.days.length} ngày đã đếm.`);
    console.log(JSON.stringify(publicFigures(merged), null, 2));
  }
}
