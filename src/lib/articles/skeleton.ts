import { slugify } from '../slug.ts';

/** The file name and text of a new draft article, from its Vietnamese title and today's date (YYYY-MM-DD). */
export function articleSkeleton(title: string, today: string, topic: string): { slug: string; text: string } {
  const slug = slugify(title);
  if (!slug) throw new Error('Tiêu đề cần có ít nhất một chữ cái hoặc chữ số.');
  const text = `---
title: ${JSON.stringify(title.trim())}
description: "Một hoặc hai câu tóm tắt bài viết, hiện trong danh sách bài, kết quả tìm kiếm và khi chia sẻ qua Zalo, Facebook."
publishDate: ${today}
draft: true
topics: [${topic}]
audience: [nguoi-dan]
sources:
  - title: "Luật Bình đẳng giới số 73/2006/QH11"
---

Đoạn mở đầu: bài viết nói về điều gì và vì sao người đọc cần biết.

## Tiêu đề mục thứ nhất

Nội dung.
`;
  return { slug, text };
}
