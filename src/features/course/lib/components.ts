// The components a lesson's MDX may use. Pages pass exactly these to <Content components={…}>;
// the content check (the same MDX tree check as articles) refuses any other tag, {expression},
// import or raw HTML, so a typo stops the build with its line and a lesson cannot run code.
import type { ArticleComponent } from '../../content/lib/article-components.ts';

/** Names of the MDX components lessons may use: the help numbers (from the directory's data) and the plan's targets. */
export const LESSON_COMPONENTS = ['HelpNumbers', 'PlanTargets'] as const;
export type LessonComponent = (typeof LESSON_COMPONENTS)[number];

/** What each lesson component shows and the plain-text attributes it takes, for the content check. */
export const LESSON_COMPONENT_SPECS: Readonly<Record<LessonComponent, ArticleComponent>> = {
  HelpNumbers: { description: 'các số điện thoại hỗ trợ, lấy từ danh bạ', attributes: [] },
  PlanTargets: { description: 'chỉ tiêu của Kế hoạch, trích từ content/plan', attributes: ['ids'] },
};

/** The indicator ids a <PlanTargets ids="3.1 6.1" /> asks for (separated by spaces or commas). */
export function planTargetIds(ids: string | undefined): string[] {
  return (ids ?? '').split(/[\s,]+/).filter(Boolean);
}

/**
 * The lesson components with the rule the content check applies to <PlanTargets>: at least one
 * indicator, and (when the plan's indicators are known, not null) only indicators of the plan.
 */
export function lessonComponentSpecs(indicatorIds: ReadonlySet<string> | null): Readonly<Record<LessonComponent, ArticleComponent>> {
  const checkIds = ({ ids }: Readonly<Record<string, string>>) => {
    const chosen = planTargetIds(ids);
    if (chosen.length === 0) return ['cần ghi chỉ tiêu, ví dụ <PlanTargets ids="3.1 6.1" />'];
    return indicatorIds ? chosen.filter((id) => !indicatorIds.has(id)).map((id) => `chỉ tiêu "${id}" không có trong content/plan/indicators.yaml`) : [];
  };
  return { ...LESSON_COMPONENT_SPECS, PlanTargets: { ...LESSON_COMPONENT_SPECS.PlanTargets, check: checkIds } };
}
