import { checkArticles } from './check-articles.ts';
import { checkCalendar } from './check-calendar.ts';
import { checkLessons } from './check-lessons.ts';
import { checkEmergencyNumbers } from './check-emergency.ts';
import { publishedNumbers } from './check-phones.ts';
import { checkPlanContent } from './check-plan.ts';
import { checkReach } from './check-reach.ts';
import { checkReferenceData } from './check-reference.ts';
import { checkServices } from './check-services.ts';
import { checkSnapshots } from './check-snapshots.ts';
import { CONTENT_PATHS } from './files.ts';
import type { ContentProblem } from './problems.ts';
import { planIndicatorCount } from '../../plan/lib/plan.ts';

/** Validates all content under `root` with the site's schemas, without building anything. */
export function validateContent(root: string): { problems: ContentProblem[]; summary: string[] } {
  const plan = checkPlanContent(root);
  const services = checkServices(root);
  const servicesValid = services.problems.every((p) => p.level === 'warning');
  const numbers = servicesValid ? publishedNumbers(services.services) : null;
  const articles = checkArticles(root, {
    topicSlugs: plan.objectivesValid ? new Set(plan.objectives.map((o) => o.slug)) : null,
    publishedNumbers: numbers,
  });
  // Snapshots are checked against the indicators only when indicators.yaml is itself valid.
  const indicatorsValid = plan.indicators.length > 0 && !plan.problems.some((p) => p.file === CONTENT_PATHS.indicators);
  const indicators = indicatorsValid ? plan.indicators : null;
  const snapshots = checkSnapshots(root, {
    indicators,
    unitIds: plan.ward ? new Set(plan.ward.units.map((u) => u.id)) : null,
    period: plan.plan?.period ?? null,
  });
  const reference = checkReferenceData(root, indicators && new Set(indicators.map((i) => i.id)));
  const calendar = checkCalendar(root);
  const lessons = checkLessons(root, indicators && new Set(indicators.map((i) => i.id)), numbers);
  const reach = checkReach(root);
  const emergency = plan.wardEntry && plan.ward && numbers ? checkEmergencyNumbers(plan.wardEntry, plan.ward, numbers) : [];
  const published = services.services.filter((s) => !s.draft).length;
  return {
    problems: [
      ...plan.problems,
      ...emergency,
      ...articles.problems,
      ...snapshots.problems,
      ...reference.problems,
      ...services.problems,
      ...calendar.problems,
      ...lessons.problems,
      ...reach.problems,
    ],
    summary: [
      `${plan.objectives.length} mục tiêu, ${planIndicatorCount(plan.indicators)} chỉ tiêu (${plan.indicators.length} mục số liệu), ${plan.tasks.length} nhiệm vụ, ${plan.duties.length} đơn vị thực hiện`,
      `${articles.count} bài viết`,
      `${lessons.count} bài học`,
      `${snapshots.count} kỳ số liệu, ${reference.figures.length} số liệu tham chiếu`,
      `${published} nơi hỗ trợ đã đăng, ${services.services.length - published} bản nháp`,
      `${calendar.count} ngày trong lịch`,
      `${reach.months.length} tháng số liệu lượt xem`,
    ],
  };
}
