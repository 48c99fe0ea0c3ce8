import { checkArticles } from './check-articles.ts';
import { checkPlanContent } from './check-plan.ts';
import { checkServices } from './check-services.ts';
import type { ContentProblem } from './problems.ts';

/** Validates all content under `root` with the site's schemas, without building anything. */
export function validateContent(root: string): { problems: ContentProblem[]; summary: string[] } {
  const plan = checkPlanContent(root);
  const articles = checkArticles(root, plan.objectivesValid ? new Set(plan.objectives.map((o) => o.slug)) : null);
  const services = checkServices(root, plan.ward ? new Set(plan.ward.units.map((u) => u.id)) : null);
  const published = services.services.filter((s) => !s.draft).length;
  return {
    problems: [...plan.problems, ...articles.problems, ...services.problems],
    summary: [
      `${plan.objectives.length} mục tiêu, ${plan.indicators.length} chỉ tiêu, ${plan.tasks.length} nhiệm vụ, ${plan.duties.length} đơn vị thực hiện`,
      `${articles.count} bài viết`,
      `${published} nơi hỗ trợ đã đăng, ${services.services.length - published} bản nháp`,
    ],
  };
}
