import { describe, expect, it } from 'vitest';
import { indexableHtml, spaceBetweenTags } from './index-text.ts';

describe('spaceBetweenTags', () => {
  it.each([
    ['<span>113</span><span>Công an</span>', '<span>113</span> <span>Công an</span>'],
    ['<dt>Nguồn</dt><dd>hieuluat.vn</dd>', '<dt>Nguồn</dt> <dd>hieuluat.vn</dd>'],
    ['<p>gia <b>đình</b> Việt</p>', '<p>gia <b>đình</b> Việt</p>'],
    ['<a href="/x/">1800 1233</a>, miễn phí', '<a href="/x/">1800 1233</a>, miễn phí'],
  ])('%s', (html, spaced) => expect(spaceBetweenTags(html)).toBe(spaced));
});

describe('indexableHtml', () => {
  it('spaces touching elements and folds đ', () => expect(indexableHtml('<b>Đà</b><i>đình</i>')).toBe('<b>D\u0335à</b> <i>d\u0335ình</i>'));
  it('without folding, only spaces', () => expect(indexableHtml('<b>Đà</b><i>đình</i>', false)).toBe('<b>Đà</b> <i>đình</i>'));
});
