import { existsSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { SKELETON_PLACEHOLDERS } from '../../articles/lib/skeleton.ts';
import { checkCollection, problemAt } from './check-entries.ts';
import { checkArticleBody } from './check-mdx.ts';
import { phoneRuns, retiredMessage, retiredNumberIn } from './check-phones.ts';
import { rawAddressLinks } from '../../../shared/lib/link-text.ts';
import type { ContentProblem } from './problems.ts';

export interface ArticleContext {
  /** Objective slugs, when objectives.yaml is valid. */
  topicSlugs: ReadonlySet<string> | null;
  /** Numbers listed by published services, when the services are valid. */
  publishedNumbers: ReadonlySet<string> | null;
}

/** Checks every article: front matter, body (on its MDX syntax tree), cover, topics, phone numbers and leftover sample text. */
export function checkArticles(root: string, context: ArticleContext) {
  const { checked, entries, problems } = checkCollection(root, 'articles');
  for (const entry of entries) {
    const source = entry.source ?? '';
    problems.push(...checkArticleBody(entry.file, source, { root, publishedNumbers: context.publishedNumbers, phoneRuns }));
    problems.push(...checkLinkTexts(entry.file, source));
    // The body, line by line (the front matter's fields were scanned with the data).
    const lines = source.split('\n');
    const bodyStart = lines.length - (entry.body ?? '').split('\n').length;
    lines.forEach((line, index) => {
      const found = retiredNumberIn(line);
      if (found && index >= bodyStart) problems.push({ file: entry.file, field: 'nội dung', line: index + 1, message: retiredMessage(found) });
    });
  }
  for (const { entry, value } of checked) {
    const cover = value.cover?.src;
    if (cover) {
      const target = resolve(dirname(join(root, entry.file)), cover);
      const message =
        !target.startsWith(join(root, 'content') + sep) || /^[a-z]+:|^\//i.test(cover)
          ? `ảnh bìa "${cover}" phải là tệp trong content/: đặt ảnh cạnh bài viết và ghi đường dẫn tương đối, ví dụ "./anh-bia.jpg"`
          : existsSync(target)
            ? undefined
            : `không tìm thấy ảnh "${cover}"; đặt ảnh cạnh bài viết và ghi đường dẫn tương đối, ví dụ "./anh-bia.jpg"`;
      if (message) problems.push(problemAt(entry, ['cover', 'src'], message));
    }
    value.topics.forEach((topic, i) => {
      if (context.topicSlugs && !context.topicSlugs.has(topic))
        problems.push(problemAt(entry, ['topics', i], `chủ đề "${topic}" không có; chọn một trong: ${[...context.topicSlugs].join(', ')}`));
    });
    if (!value.draft) problems.push(...placeholderProblems(entry.file, entry.source ?? ''));
  }
  return { problems, count: entries.length };
}

/** Link texts that are a bare address ("[/ho-tro/](/ho-tro/)"): a link says where it goes in words. */
export function checkLinkTexts(file: string, source: string): ContentProblem[] {
  return rawAddressLinks(source).map(({ line, text }) => ({
    file,
    field: 'nội dung',
    line,
    message: `chữ của liên kết là địa chỉ "${text}"; hãy viết bằng lời nơi liên kết dẫn tới, ví dụ [danh bạ hỗ trợ](/ho-tro/)`,
  }));
}

/** An article about to be published that still holds the sample text of `npm run new`. */
function placeholderProblems(file: string, source: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  source.split('\n').forEach((line, index) => {
    const text = line.replace(/^#+\s*|^description:\s*"?|"$/g, '').trim();
    if ((SKELETON_PLACEHOLDERS as readonly string[]).includes(text)) {
      problems.push({
        file,
        field: line.startsWith('description:') ? 'description' : 'nội dung',
        line: index + 1,
        message: `còn chữ mẫu của npm run new ("${text}"); viết nội dung thật trước khi bỏ draft: true`,
      });
    }
  });
  return problems;
}
