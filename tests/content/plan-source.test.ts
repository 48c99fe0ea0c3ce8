// The plan's files against the plan as issued (tests/fixtures/plan/ke-hoach-goc.md): the chỉ tiêu,
// their deadlines and section IV must follow the plan's own structure, words and order.
import { describe, expect, it } from 'vitest';
import { checkPlanContent } from '../../src/features/content/lib/check-plan.ts';
import { dutyCounts, planIndicatorCount, planIndicators } from '../../src/features/plan/lib/plan.ts';
import { ROOT } from '../../tools/fixtures/content-fixtures.ts';
import { sectionFourHeadings, sourceIndicators } from '../../tools/fixtures/plan-source.ts';

const content = checkPlanContent(ROOT);
const source = sourceIndicators();
const headings = sectionFourHeadings();
/** The plan mixes "-" and "–" in names; compare words, not dashes or spacing. */
const words = (text: string) => text.replace(/[–-]/g, '-').replace(/\s+/g, ' ').trim();

describe('the chỉ tiêu, as the plan numbers them', () => {
  it('reads the plan', () => expect(source.length).toBeGreaterThan(0));

  it('counts one chỉ tiêu per chỉ tiêu of the plan, parts joined', () => {
    expect(planIndicatorCount(content.indicators)).toBe(source.length);
    for (const objective of content.objectives) {
      expect(planIndicatorCount(content.indicators, objective.id)).toBe(source.filter((s) => s.objective === objective.id).length);
    }
  });

  it('keeps each chỉ tiêu under its objective, with its label and, parts joined, its exact words', () => {
    expect(planIndicators(content.indicators).map((i) => [i.objective, i.label, i.statement])).toEqual(source.map((s) => [s.objective, s.label, s.text]));
  });

  it('gives a target year only where the plan writes one, and the same year', () => {
    for (const chiTieu of planIndicators(content.indicators)) {
      const year = /năm (\d{4})/.exec(chiTieu.statement)?.[1];
      for (const part of chiTieu.parts) expect([part.id, part.target.year]).toEqual([part.id, year ? Number(year) : null]);
    }
  });
});

describe('section IV, as the plan orders and numbers it', () => {
  it('reads the plan', () => expect(headings.length).toBeGreaterThan(0));

  it('has every heading in the plan order, with the plan number or none', () => {
    expect(content.duties.map((d) => [d.number, words(d.heading)])).toEqual(headings.map((h) => [h.number, words(h.heading)]));
  });

  it('marks exactly the "Đề nghị" paragraphs as requests, and counts them from the plan', () => {
    const requested = headings.filter((h) => h.heading.startsWith('Đề nghị'));
    expect(content.duties.filter((d) => d.relation === 'de-nghi').map((d) => words(d.heading))).toEqual(requested.map((h) => words(h.heading)));
    expect(dutyCounts(content.duties)).toEqual({ assigned: headings.length - requested.length, requested: requested.length });
  });
});
