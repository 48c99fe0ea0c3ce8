import { slugify } from '../../../shared/lib/slug.ts';

/** The sample text `npm run new` writes; an article still holding any of it cannot be published. */
export const SKELETON_PLACEHOLDERS = [
  'Một hoặc hai câu tóm tắt bài viết, hiện trong danh sách bài, kết quả tìm kiếm và khi chia sẻ qua Zalo, Facebook.',
  'Đoạn mở đầu: bài viết nói về điều gì và vì sao người đọc cần biết.',
  'Tiêu đề mục thứ nhất',
  'Nội dung.',
] as const;

const [description, opening, heading, body] = SKELETON_PLACEHOLDERS;

/** The file name and text of a new draft article, from its Vietnamese title and today's date (YYYY-MM-DD). */
export function articleSkeleton(title: string, today: string, topic: string): { slug: string; text: string } {
  const slug = slugify(title);
  if (!slug) throw new Error('Tiêu đề cần có ít nhất một chữ cái hoặc chữ số.');
  const text = `---
title: ${JSON.stringify(title.trim())}
description: "${description}"
publishDate: ${today}
draft: true
topics: [${topic}]
sources:
  - title: "Luật Bình đẳng giới số 73/2006/QH11"
---

${opening}

## ${heading}

${body}
`;
  return { slug, text };
}
