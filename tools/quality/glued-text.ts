// Words run together across elements: "Chỉ tiêu 3.1" in one element and "Giờ làm việc" in the next,
// with no space between them, read "Chỉ tiêu 3.1Giờ" on screen, in search excerpts and to screen readers.

/** Two pieces of text that sit side by side on one line, each from a different element. */
export interface TextJoin {
  before: string;
  after: string;
}

/** Whether `before` ends in a letter or digit and `after` starts with a capital letter, with nothing between. */
export function isGlued({ before, after }: TextJoin): boolean {
  return /[\p{L}\p{N}]$/u.test(before) && /^\p{Lu}/u.test(after);
}

/** The joins that read as glued words, written as they appear ("3.1|Giờ"), for a failure message. */
export function gluedJoins(joins: readonly TextJoin[]): string[] {
  return joins.filter(isGlued).map(({ before, after }) => `${before.slice(-20)}|${after.slice(0, 20)}`);
}
