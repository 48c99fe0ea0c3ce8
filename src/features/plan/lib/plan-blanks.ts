// The plan as published leaves its number and day blank ("Số:      /KH-UBND", "ngày      tháng 5").
// Wherever the blanks are shown, the reader is told they are the original's, not a fault of the site.

import { joinList, t } from '../../../i18n/t.ts';
import { ui } from '../../../i18n/ui.ts';

/** Which parts of the document's number and date are left blank, in the words a sentence uses. */
export function blankParts(number: string, placeAndDate: string): string[] {
  const parts: string[] = [];
  if (/Số:\s*\//i.test(number)) parts.push(ui.plan.blankNumber);
  if (/ngày\s+tháng/i.test(placeAndDate)) parts.push(ui.plan.blankDate);
  return parts;
}

/** The sentence explaining the blanks, or null when the plan has its number and date. */
export function blanksNote(number: string, placeAndDate: string): string | null {
  const parts = blankParts(number, placeAndDate);
  if (parts.length === 0) return null;
  return t(ui.plan.blanksNote, { parts: joinList(parts, ui.and) });
}
