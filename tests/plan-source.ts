import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers.ts';

/** The plan as issued, copied unchanged from the seed. */
export const PLAN_SOURCE = readFileSync(join(ROOT, 'tests', 'fixtures', 'plan', 'ke-hoach-goc.md'), 'utf8');

/** A chỉ tiêu as the plan prints it in section I.2. */
export interface SourceIndicator { objective: number; label: string; text: string }

/** Every chỉ tiêu line of section I, with the objective it sits under. */
export function sourceIndicators(source = PLAN_SOURCE): SourceIndicator[] {
  const sectionI = source.slice(source.indexOf('**I. MỤC TIÊU**'), source.indexOf('II. NHIỆM VỤ'));
  const found: SourceIndicator[] = [];
  let objective = 0;
  for (const line of sectionI.split('\n')) {
    const heading = /Mục tiêu (\d+):/.exec(line);
    if (heading) objective = Number(heading[1]);
    const item = /^\s*(?:-\s*)?\*(Chỉ tiêu(?: \d+)?):\*\s*(.+?)\s*$/.exec(line);
    if (item) found.push({ objective, label: item[1]!, text: item[2]! });
  }
  return found;
}

/** A heading of section IV as printed: its number (null when the plan prints none) and its words. */
export interface SourceHeading { number: number | null; heading: string }

/** The headings of section IV, in the plan's order; the Công đoàn's is printed inline, before its text. */
export function sectionFourHeadings(source = PLAN_SOURCE): SourceHeading[] {
  const sectionIV = source.slice(source.indexOf('IV. TỔ CHỨC THỰC HIỆN'), source.indexOf('Trên đây là Kế hoạch'));
  return sectionIV
    .split('\n')
    .slice(1)
    .map((line) => /^(?:#+\s*)?\*{2,3}(?:(\d+)\.\s*)?([^*]+?)\s*:\s*\*{2,3}/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ number: m[1] ? Number(m[1]) : null, heading: m[2]!.trim() }));
}
