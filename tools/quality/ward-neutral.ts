// src/ holds nothing ward- or plan-specific: another ward reuses it by replacing content/. These
// helpers find, in code outside comments, the words and numbers that only content may hold.
import { slugify } from '../../src/shared/lib/slug.ts';

/** What content/ says about this ward and plan, as the scan needs it. */
export interface WardFacts {
  /** content/ward.yaml `name` and `city`, e.g. "phường Lê Chân", "thành phố Hải Phòng". */
  names: string[];
  /** The plan's years (content/plan/plan.yaml `period` and `year`). */
  years: number[];
  /** The emergency box's numbers (content/ward.yaml `emergency`). */
  phones: string[];
}

/** One thing to look for: what it is (for the message) and the pattern that finds it. */
export interface Term {
  what: string;
  pattern: RegExp;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A place name without its generic head word: "phường Lê Chân" → "Lê Chân". */
const properName = (name: string) => name.replace(/^(?:phường|xã|thị trấn|đặc khu|thành phố|tỉnh|quận|huyện)\s+/iu, '');

/**
 * The patterns for one ward's facts. A name is found with or without diacritics and spaces
 * ("Lê Chân", "lechan", "le-chan"); a year only standing alone, not inside a date ("2026-05-07",
 * "1/1/2026" are examples and legal dates, not the plan's period); a phone only standing alone
 * (not inside "203.0.113.0").
 */
export function wardTerms(facts: WardFacts): Term[] {
  const names = facts.names.map(properName).flatMap((name) => {
    const slug = slugify(name);
    return [
      { what: `tên "${name}"`, pattern: new RegExp(escapeRegExp(name), 'iu') },
      { what: `tên "${name}" không dấu`, pattern: new RegExp(`${escapeRegExp(slug)}|${escapeRegExp(slug.replace(/-/g, ''))}`, 'i') },
    ];
  });
  const years = [...new Set(facts.years)].map((year) => ({ what: `năm ${year} của Kế hoạch`, pattern: new RegExp(`(?<![\\d./-])${year}(?![\\d./-])`) }));
  const phones = [...new Set(facts.phones)].map((phone) => ({
    what: `số khẩn cấp ${phone}`,
    pattern: new RegExp(`(?<![\\d.])${escapeRegExp(phone)}(?![\\d.])`),
  }));
  return [...names, ...years, ...phones];
}

const TOKEN = /('(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`)|(\/\*[\s\S]*?\*\/|<!--[\s\S]*?-->|\/\/[^\n]*)/g;

/** The text with its comments (//, /* *\/, <!-- -->) blanked, strings kept, lines where they were. */
export function withoutComments(text: string): string {
  return text.replace(TOKEN, (match, string: string | undefined) => (string !== undefined ? match : match.replace(/[^\n]/g, ' ')));
}

/** Every line of a file's code (comments aside) that holds one of the terms. */
export function findTerms(text: string, terms: readonly Term[]): { line: number; what: string; text: string }[] {
  return withoutComments(text)
    .split('\n')
    .flatMap((line, i) => terms.filter((term) => term.pattern.test(line)).map((term) => ({ line: i + 1, what: term.what, text: line.trim() })));
}
