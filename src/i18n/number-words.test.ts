import { describe, expect, it } from 'vitest';
import { capitalise, numberWord } from './number-words.ts';

describe('numberWord', () => {
  it.each([
    [0, 'không'],
    [1, 'một'],
    [4, 'bốn'],
    [6, 'sáu'],
    [7, 'bảy'],
    [10, 'mười'],
    [11, '11'],
    [25, '25'],
  ])('%i → %s', (n, word) => {
    expect(numberWord(n)).toBe(word);
  });

  it.each([-1, 2.5, Number.NaN])('refuses %s, which is no count', (n) => {
    expect(() => numberWord(n)).toThrow(/không phải số đếm/);
  });
});

describe('capitalise', () => {
  it('capitalises a first letter with its diacritics', () => {
    expect(capitalise('sáu mục tiêu')).toBe('Sáu mục tiêu');
    expect(capitalise('đơn vị')).toBe('Đơn vị');
    expect(capitalise('')).toBe('');
  });
});
