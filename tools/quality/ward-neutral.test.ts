import { describe, expect, it } from 'vitest';
import { findTerms, wardTerms, withoutComments } from './ward-neutral.ts';

const terms = wardTerms({ names: ['phường Lê Chân', 'thành phố Hải Phòng'], years: [2026, 2030, 2026], phones: ['113', '111'] });
const found = (text: string) => findTerms(text, terms).map((f) => f.what);

describe('withoutComments', () => {
  it('blanks line, block, JSX and HTML comments but keeps their lines', () => {
    const text = 'a // Lê Chân\n/** năm 2030\n */ b {/* 113 */} <!-- 111 -->\nc';
    const out = withoutComments(text);
    expect(out.split('\n')).toHaveLength(text.split('\n').length);
    expect(out).not.toMatch(/Lê Chân|2030|113|111/);
    expect(out).toMatch(/a[\s\S]*b[\s\S]*c/);
  });

  it('keeps strings, even those that hold // or /*', () => {
    expect(withoutComments("const url = 'https://lechan.example'; // x")).toContain('https://lechan.example');
    expect(withoutComments('const glob = "**/*.mdx"; const y = 2030;')).toContain('2030');
  });
});

describe('findTerms', () => {
  it.each([
    ['<h1>Bình đẳng giới ở phường Lê Chân</h1>', 'tên "Lê Chân"'],
    ["const city = 'Hải Phòng';", 'tên "Hải Phòng"'],
    ["httpsUrl('ví dụ https://binhdanggioi.lechan.gov.vn')", 'tên "Lê Chân" không dấu'],
    ['href="/le-chan/"', 'tên "Lê Chân" không dấu'],
    ['<h2>Chỉ tiêu đến năm 2030</h2>', 'năm 2030 của Kế hoạch'],
    ['giai đoạn 2026–2030', 'năm 2026 của Kế hoạch'],
    ['<a href="tel:113">113</a>', 'số khẩn cấp 113'],
  ])('flags %s', (line, what) => {
    expect(found(line)).toContain(what);
  });

  it.each([
    ["'ví dụ 2026-05-07'", 'a date given as an example'],
    ['có hiệu lực từ ngày 1/1/2026', 'a legal date'],
    ['30/11/2026', 'a day/month/year date'],
    ['203.0.113.0 thay cho 203.0.113.57', 'a documentation IP address'],
    ['giai đoạn {plan.period.from}–{plan.period.to}', 'years from content'],
    ['mã 20301 và 11130', 'longer numbers'],
    ['// gọi 113 ở Lê Chân đến 2030', 'a comment'],
  ])('leaves %s alone (%s)', (line) => {
    expect(found(line)).toEqual([]);
  });

  it('gives the line of each find', () => {
    expect(findTerms('a\nb\n<p>Lê Chân</p>\n', terms)).toEqual([{ line: 3, what: 'tên "Lê Chân"', text: '<p>Lê Chân</p>' }]);
  });
});
