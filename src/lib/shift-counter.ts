// Counts presses of Shift for the quick-exit shortcut: 3 presses, each within 5 seconds of the first.

export const PRESSES_TO_EXIT = 3;
export const WINDOW_MS = 5000;

/** Presses so far and when the first of them happened. */
export interface ShiftCount { presses: number; since: number }

/** The count after one more Shift press at `now`; starts again when the window has passed. */
export function pressShift(count: ShiftCount, now: number): ShiftCount {
  if (count.presses === 0 || now - count.since > WINDOW_MS) return { presses: 1, since: now };
  return { presses: count.presses + 1, since: count.since };
}
