import { describe, expect, it } from 'vitest';
import { joinList, t } from './t.ts';

describe('t', () => {
  it.each([
    ['Đang hiện {n} nơi hỗ trợ.', { n: 3 }, 'Đang hiện 3 nơi hỗ trợ.'],
    ['Trang {n}/{of}', { n: 2, of: 5 }, 'Trang 2/5'],
    ['{a} và {a}', { a: 'x' }, 'x và x'],
    ['Không có chỗ trống', {}, 'Không có chỗ trống'],
    ['Số {n} là 0', { n: 0 }, 'Số 0 là 0'],
  ])('fills %j', (template, vars, expected) => {
    expect(t(template, vars as never)).toBe(expected);
  });

  it('throws, naming the template and the placeholder, when a value is missing', () => {
    expect(() => t('Nơi hỗ trợ: {need}', {} as never)).toThrow(/"Nơi hỗ trợ: \{need\}".*\{need\}/);
  });

  it('throws when a value has no placeholder, so a misspelt name is not silently dropped', () => {
    expect(() => t('Đang hiện {n} nơi hỗ trợ.', { n: 1, m: 2 } as never)).toThrow(/\{m\}/);
  });

  it('leaves text in braces that is not a placeholder name alone', () => {
    expect(t('{ } và {1}', {} as never)).toBe('{ } và {1}');
  });
});

describe('joinList', () => {
  it.each([
    [[], ''],
    [['113'], '113'],
    [['113', '111'], '113 hoặc 111'],
    [['113', '111', '115'], '113, 111 hoặc 115'],
  ])('%j', (items, expected) => {
    expect(joinList(items, 'hoặc')).toBe(expected);
  });
});
