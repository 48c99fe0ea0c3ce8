import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { articleSchema } from '../../schemas/article.ts';
import { checkSingle } from './check-entries.ts';
import { CONTENT_PATHS, listFiles } from './files.ts';
import { parseDataFile, splitFrontMatter } from './parse.ts';
import type { ContentProblem } from './problems.ts';

/** Outside Astro the cover image is checked as a relative path; Astro resolves it in the build. */
const frontMatterSchema = articleSchema(z.string().min(1, 'cần đường dẫn ảnh'));

/** Checks every article's front matter and, when the objectives are known (not null), that its topics are objective slugs. */
export function checkArticles(root: string, topicSlugs: ReadonlySet<string> | null) {
  const problems: ContentProblem[] = [];
  const files = listFiles(root, CONTENT_PATHS.articles, ['.mdx', '.md']);
  for (const file of files) {
    const { frontMatter } = splitFrontMatter(readFileSync(join(root, file), 'utf8'));
    if (frontMatter === null) {
      problems.push({ file, field: 'front matter', message: 'thiếu phần thông tin đầu bài, đặt giữa hai dòng "---"' });
      continue;
    }
    const parsed = parseDataFile(`${file}.yaml`, frontMatter);
    if (!parsed.ok) {
      problems.push({ ...parsed.problem, file, field: `front matter, ${parsed.problem.field}` });
      continue;
    }
    const { value, problems: found } = checkSingle(file, parsed.data, frontMatterSchema);
    problems.push(...found);
    value?.topics.forEach((topic, i) => {
      if (topicSlugs && !topicSlugs.has(topic)) problems.push({ file, field: `topics[${i}]`, message: `chủ đề "${topic}" không có; chọn một trong: ${[...topicSlugs].join(', ')}` });
    });
  }
  return { problems, count: files.length };
}
