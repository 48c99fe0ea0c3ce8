import { checkArticles } from './check-articles.ts';
import { checkCalendar } from './check-calendar.ts';
import { checkPlanContent } from './check-plan.ts';
import type { ContentProblem } from './problems.ts';

/** Validates all content under `root` with the site's schemas, without building anything. */
export function validateContent(root: string): { problems: ContentProblem[]; summary: string[] } {
  const plan = checkPlanContent(root);
  const articles = checkArticles(root, plan.objectivesValid ? new Set(plan.objectives.map((o) => o.slug)) : null);
  const calendar = checkCalendar(root);
  return {
    problems: [...plan.problems, ...articles.problems, ...calendar.problems],
    summary: [
      `${plan.objectives.length} mục tiêu, ${plan.indicators.length} chỉ tiêu, ${plan.tasks.length} nhiệm vụ, ${plan.duties.length} đơn vị thực hiện`,
      `${articles.count} bài viết`,
      `${calendar.count} ngày trong lịch`,
    ],
  };
}
