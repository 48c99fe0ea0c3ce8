import { describe, expect, it } from 'vitest';
import { SLUG, slugify, withoutMarks } from './slug.ts';

describe('slugify', () => {
  it.each([
    ['Tiêu đề bài viết', 'tieu-de-bai-viet'],
    ['Đăng ký kết hôn ở Đà Nẵng', 'dang-ky-ket-hon-o-da-nang'],
    ['Bạo lực gia đình: nhận biết và ứng phó', 'bao-luc-gia-dinh-nhan-biet-va-ung-pho'],
    ['Gọi 111 – miễn phí, 24/7!', 'goi-111-mien-phi-24-7'],
    ['  Người   dân  ', 'nguoi-dan'],
    ['Ưu tiên phụ nữ, trẻ em gái', 'uu-tien-phu-nu-tre-em-gai'],
    ['Phường Lê Chân', 'phuong-le-chan'],
    ['ĐỜI SỐNG GIA ĐÌNH', 'doi-song-gia-dinh'],
    // The same title typed with combining marks (NFD) gives the same slug.
    ['Tiê\u0301ng Viê\u0323t', 'tieng-viet'],
    ['!!!', ''],
  ])('%s → %s', (title, slug) => expect(slugify(title)).toBe(slug));
});

describe('SLUG', () => {
  it.each(['tram-y-te', 'bai-1', '2026'])('accepts %s', (id) => expect(SLUG.test(id)).toBe(true));
  it.each(['Tram-y-te', 'tram--y-te', '-tram', 'tram-', 'trạm', 'tram y te', ''])('refuses %j', (id) => expect(SLUG.test(id)).toBe(false));
  it('accepts what slugify writes', () => expect(SLUG.test(slugify('Đăng ký kết hôn – 2026'))).toBe(true));
});

describe('withoutMarks', () => {
  it.each([
    ['Đăng ký', 'Dang ky'],
    ['người đình', 'nguoi dinh'],
    ['Ủy ban nhân dân', 'Uy ban nhan dan'],
    // The search index writes đ as d + U+0335 (combining short stroke): the mark goes too.
    ['d\u0335ình', 'dinh'],
  ])('%s → %s', (text, expected) => expect(withoutMarks(text)).toBe(expected));
});
