// `npm run new -- "Tiêu đề bài viết"`: creates content/articles/<slug>.mdx as a draft to fill in.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleSkeleton } from '../src/features/articles/lib/skeleton.ts';
import { vietnamDay } from '../src/shared/lib/dates.ts';
import { CONTENT_PATHS, readCollection } from '../src/features/content/lib/files.ts';

const title = process.argv.slice(2).join(' ').trim();
if (!title) {
  console.error('Cần tiêu đề bài viết, ví dụ: npm run new -- "Tiêu đề bài viết"');
  process.exit(1);
}
// Read through the same table and parser as the check and the build.
const objectives = readCollection(process.cwd(), 'objectives').entries.map((e) => e.data as { slug: string });
const topic = objectives[0]?.slug ?? 'gia-dinh';
let skeleton: ReturnType<typeof articleSkeleton>;
try {
  skeleton = articleSkeleton(title, vietnamDay(new Date()), topic);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const file = join(CONTENT_PATHS.articles, `${skeleton.slug}.mdx`);
if (existsSync(file)) {
  console.error(`Đã có tệp ${file}. Hãy đặt tiêu đề khác hoặc sửa tệp đó.`);
  process.exit(1);
}
writeFileSync(file, skeleton.text);
console.log(`Đã tạo ${file} (bản nháp, draft: true).
Tiếp theo: viết nội dung, chọn chủ đề (topics) trong: ${objectives.map((o) => o.slug).join(', ')};
xem trước bằng npm run dev, kiểm tra bằng npm run check, rồi đổi draft thành false để đăng.`);
