// Counts presses of Shift for the quick-exit shortcut, as GOV.UK's Exit This Page does: only Shift
// presses that follow each other with no other key between them, all within 5 seconds of the first.
// Typing a capital letter (Shift, then the letter) or composing Vietnamese with an input method starts
// the count again, so someone writing a search, a note or a name is never thrown off the site.

export const PRESSES_TO_EXIT = 3;
export const WINDOW_MS = 5000;

/** Presses so far and when the first of them happened. */
export interface ShiftCount {
  presses: number;
  since: number;
}

export const NO_PRESSES: ShiftCount = { presses: 0, since: 0 };

/** What the page saw: a key going down (with `repeat` for a held key, `composing` inside an IME) or text being composed. */
export type KeyEvent = { type: 'keydown'; key: string; repeat?: boolean; composing?: boolean } | { type: 'composition' };

/** The count after one more Shift press at `now`; starts again when the window has passed. */
export function pressShift(count: ShiftCount, now: number): ShiftCount {
  if (count.presses === 0 || now - count.since > WINDOW_MS) return { presses: 1, since: now };
  return { presses: count.presses + 1, since: count.since };
}

/**
 * The count after any keyboard event at `now`. A held Shift (auto-repeat) is one press; any other key,
 * an IME's "Process"/"Unidentified" key or a composition update resets the count.
 */
export function countKey(count: ShiftCount, event: KeyEvent, now: number): ShiftCount {
  if (event.type === 'composition' || event.composing) return NO_PRESSES;
  if (event.key !== 'Shift') return NO_PRESSES;
  if (event.repeat) return count;
  return pressShift(count, now);
}
