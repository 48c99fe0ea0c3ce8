import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { mdxToJs } from 'satteri';
import { z } from 'astro/zod';
import { articleSchema } from '../../schemas/article.ts';
import { rawAddressLinks } from '../link-text.ts';
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
    const source = readFileSync(join(root, file), 'utf8');
    const { frontMatter } = splitFrontMatter(source);
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
    if (file.endsWith('.mdx')) problems.push(...checkMdxSyntax(file, source));
    problems.push(...checkLinkTexts(file, source));
    const cover = value?.cover?.src;
    if (cover && !existsSync(join(root, dirname(file), cover))) {
      problems.push({ file, field: 'cover.src', message: `không tìm thấy ảnh "${cover}"; đặt ảnh cạnh bài viết và ghi đường dẫn tương đối, ví dụ "./anh-bia.jpg"` });
    }
    value?.topics.forEach((topic, i) => {
      if (topicSlugs && !topicSlugs.has(topic)) problems.push({ file, field: `topics[${i}]`, message: `chủ đề "${topic}" không có; chọn một trong: ${[...topicSlugs].join(', ')}` });
    });
  }
  return { problems, count: files.length };
}

/** Link texts that are a bare address ("[/ho-tro/](/ho-tro/)"): a link says where it goes in words. */
export function checkLinkTexts(file: string, source: string): ContentProblem[] {
  return rawAddressLinks(source).map(({ line, text }) => ({
    file,
    field: `nội dung, dòng ${line}`,
    message: `chữ của liên kết là địa chỉ "${text}"; hãy viết bằng lời nơi liên kết dẫn tới, ví dụ [danh bạ hỗ trợ](/ho-tro/)`,
  }));
}

/** Compiles the MDX body with the same compiler as the build (Sätteri), so a syntax error is caught in a second. */
export function checkMdxSyntax(file: string, source: string): ContentProblem[] {
  try {
    mdxToJs(source);
    return [];
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const [, line, column, rest] = /^(\d+):(\d+):\s*(.*)$/s.exec(message) ?? [];
    const where = line ? `nội dung, dòng ${line}, cột ${column}` : 'nội dung';
    return [{ file, field: where, message: `MDX không hợp lệ: ${(rest ?? message).split('\n')[0]}. Thẻ như <Note> phải có thẻ đóng </Note>; dấu { và } phải đi thành cặp (muốn viết chữ { thì gõ \\{)` }];
  }
}
