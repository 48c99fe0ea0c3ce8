const WORDS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'] as const;

/**
 * A small count in Vietnamese words, as a heading writes it ("sáu" for 6); digits from 11 up,
 * where words read worse than figures. Counts come from content, so the words follow it.
 */
export function numberWord(n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new Error(`numberWord: ${n} không phải số đếm`);
  return WORDS[n] ?? String(n);
}

/** The same text with its first letter a capital, for a count that opens a heading: "Sáu mục tiêu". */
export const capitalise = (text: string): string => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
