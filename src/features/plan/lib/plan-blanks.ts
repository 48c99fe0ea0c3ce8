// The plan as published leaves its number and day blank ("Số:      /KH-UBND", "ngày      tháng 5").
// Wherever the blanks are shown, the reader is told they are the original's, not a fault of the site.

/** Which parts of the document's number and date are left blank, in the words a sentence uses. */
export function blankParts(number: string, placeAndDate: string): string[] {
  const parts: string[] = [];
  if (/Số:\s*\//i.test(number)) parts.push('số văn bản');
  if (/ngày\s+tháng/i.test(placeAndDate)) parts.push('ngày ký');
  return parts;
}

/** The sentence explaining the blanks, or null when the plan has its number and date. */
export function blanksNote(number: string, placeAndDate: string): string | null {
  const parts = blankParts(number, placeAndDate);
  if (parts.length === 0) return null;
  return `Bản kế hoạch được công bố để trống ${parts.join(' và ')}; trang này giữ nguyên như bản gốc.`;
}
