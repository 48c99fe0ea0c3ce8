import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { articleSchema } from '../../src/schemas/article.ts';
import { splitFrontMatter } from '../../src/features/content/lib/parse.ts';
import { generatedArticle } from './generate-articles.ts';

const schema = articleSchema(z.string());

describe('generatedArticle', () => {
  it.each([0, 1, 8, 27, 999, 4999])('article %i has front matter the schema accepts and keeps the body', (index) => {
    const { name, text } = generatedArticle(index, 'Đoạn văn thử.\n');
    expect(name).toMatch(/^bai-thu-hieu-nang-\d{5}\.mdx$/);
    const { frontMatter } = splitFrontMatter(text);
    expect(schema.safeParse(parse(frontMatter ?? '')).success).toBe(true);
    expect(text.endsWith('\nĐoạn văn thử.\n')).toBe(true);
  });

  it('gives every article its own file name and title', () => {
    const names = new Set(Array.from({ length: 5000 }, (_, i) => generatedArticle(i, '').name));
    expect(names.size).toBe(5000);
  }, 30_000);
});
