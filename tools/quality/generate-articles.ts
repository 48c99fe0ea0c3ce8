import { stringify } from 'yaml';

/** Objective slugs the generated articles are filed under, cycled. */
const TOPICS = ['chinh-tri', 'kinh-te', 'gia-dinh', 'y-te', 'giao-duc', 'truyen-thong'];

/**
 * An extra article for the build benchmark (never committed): valid front matter
 * (src/schemas/article.ts) and a real article's body, so pages weigh what real ones do.
 */
export function generatedArticle(index: number, body: string): { name: string; text: string } {
  const number = String(index + 1).padStart(5, '0');
  const day = String((index % 28) + 1).padStart(2, '0');
  const frontMatter = {
    title: `Bài thử hiệu năng số ${number}`,
    description: `Bài viết sinh tự động để đo thời gian dựng trang, không xuất bản (số ${number}).`,
    publishDate: `2026-0${(index % 9) + 1}-${day}`,
    draft: false,
    topics: [TOPICS[index % TOPICS.length]],
    sources: [{ title: 'Luật Bình đẳng giới số 73/2006/QH11' }],
  };
  return { name: `bai-thu-hieu-nang-${number}.mdx`, text: `---\n${stringify(frontMatter)}---\n\n${body.trim()}\n` };
}
