import { describe, expect, it } from 'vitest';
import { headingOutline } from './heading-outline.ts';

describe('headingOutline', () => {
  const html = [
    '<h2 data-astro-cid-x>I. Mục tiêu</h2>',
    '<h3>1. Mục tiêu tổng quát</h3><h4>2.1. Không vào mục lục</h4>',
    '<h3 id="nhiem-vu-chung">2. Nhiệm vụ, giải pháp chung</h3>',
    '<h2>III. Kinh phí &amp; <em>nguồn</em></h2>',
    '<h2>I. Mục tiêu</h2>',
  ].join('');
  const { html: out, outline } = headingOutline(html);

  it('nests h3 under the h2 before it and leaves h4 out', () => {
    expect(outline).toEqual([
      {
        id: 'i-muc-tieu',
        label: 'I. Mục tiêu',
        children: [
          { id: 'muc-1-muc-tieu-tong-quat', label: '1. Mục tiêu tổng quát', children: [] },
          { id: 'nhiem-vu-chung', label: '2. Nhiệm vụ, giải pháp chung', children: [] },
        ],
      },
      { id: 'iii-kinh-phi-nguon', label: 'III. Kinh phí & nguồn', children: [] },
      { id: 'i-muc-tieu-2', label: 'I. Mục tiêu', children: [] },
    ]);
    expect(headingOutline('<h2>—</h2>').outline[0]?.id).toBe('muc');
  });
  it('writes the new ids into the headings and keeps an id already there', () => {
    expect(out).toContain('<h2 id="i-muc-tieu" data-astro-cid-x>I. Mục tiêu</h2>');
    expect(out).toContain('<h3 id="nhiem-vu-chung">');
    expect(out).toContain('<h2 id="i-muc-tieu-2">');
    expect(out).toContain('<h4>2.1. Không vào mục lục</h4>');
  });
});
