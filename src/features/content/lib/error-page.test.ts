import { describe, expect, it } from 'vitest';
import { errorPage } from './error-page.ts';
import { formatProblems } from './problems.ts';

const problems = [
  { file: 'content/services/thu.yaml', field: 'verifiedAt', message: 'ngày 2026-02-30 không có trên lịch', line: 13 },
  { file: 'content/articles/bai.mdx', field: 'nội dung', message: 'không dùng thẻ <script> trong bài viết', line: 12 },
];

describe('errorPage', () => {
  it('lists every problem with its file, line and field, escaped, under one heading', () => {
    const html = errorPage(problems);
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(html).toContain('Nội dung có 2 lỗi');
    expect(html).toContain('<code>content/services/thu.yaml</code>');
    expect(html).toContain('<strong>dòng 13</strong> · <code>verifiedAt</code>');
    expect(html).toContain('&#60;script&#62;');
    expect(html).not.toContain('<script>');
  });
});

describe('formatProblems', () => {
  it('heads a file with errors with ✖ and sorts by line', () => {
    const text = formatProblems([{ ...problems[0]!, line: 20 }, problems[0]!]);
    expect(text.split('\n')).toEqual([
      '✖ content/services/thu.yaml',
      '  lỗi · dòng 13 · verifiedAt: ngày 2026-02-30 không có trên lịch',
      '  lỗi · dòng 20 · verifiedAt: ngày 2026-02-30 không có trên lịch',
    ]);
  });

  it('does not head a file with only warnings with ✖', () => {
    const text = formatProblems([{ file: 'content/snapshots/2027.json', field: 'values', message: 'chưa có mục', level: 'warning' }]);
    expect(text).not.toContain('✖');
    expect(text.split('\n')[0]).toBe('⚠ content/snapshots/2027.json');
    expect(text).toContain('cảnh báo · values');
  });
});
