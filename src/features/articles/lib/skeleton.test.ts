import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { articleSchema } from '../../../schemas/article.ts';
import { splitFrontMatter } from '../../content/lib/parse.ts';
import { articleSkeleton } from './skeleton.ts';

describe('articleSkeleton', () => {
  it.each([
    ['Tiêu đề bài viết', 'tieu-de-bai-viet'],
    ['Đăng ký kết hôn: "những điều cần biết"', 'dang-ky-ket-hon-nhung-dieu-can-biet'],
  ])('%s → %s.mdx, a draft whose front matter passes the schema', (title, slug) => {
    const skeleton = articleSkeleton(title, '2026-11-28', 'gia-dinh');
    expect(skeleton.slug).toBe(slug);
    const data = articleSchema(z.string()).parse(parse(splitFrontMatter(skeleton.text).frontMatter ?? ''));
    expect(data).toMatchObject({ title, draft: true, topics: ['gia-dinh'] });
    expect(data.publishDate.toISOString().slice(0, 10)).toBe('2026-11-28');
  });
  it('refuses a title with no letters', () => expect(() => articleSkeleton('!!!', '2026-11-28', 'gia-dinh')).toThrow(/ít nhất một chữ/));
});
