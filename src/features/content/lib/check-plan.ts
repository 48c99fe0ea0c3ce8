import { checkCollection, problemAt } from './check-entries.ts';
import { CONTENT_PATHS } from './files.ts';
import type { ContentProblem } from './problems.ts';

/** Checks the ward identity and the plan's files, then every reference between them. */
export function checkPlanContent(root: string) {
  const problems: ContentProblem[] = [];
  const ward = checkCollection(root, 'ward');
  const plan = checkCollection(root, 'plan');
  const objectives = checkCollection(root, 'objectives');
  const indicators = checkCollection(root, 'indicators');
  const tasks = checkCollection(root, 'tasks');
  const duties = checkCollection(root, 'duties');
  problems.push(...ward.problems, ...plan.problems, ...objectives.problems, ...indicators.problems, ...tasks.problems, ...duties.problems);
  const wardValue = ward.values[0];

  // References are checked only against files that are themselves valid: one broken file must
  // give one clear error, not a flood of "unknown id" errors elsewhere.
  const objectivesValid = objectives.values.length > 0 && objectives.problems.length === 0;
  const objectiveIds = new Set(objectives.values.map((o) => o.id));
  const unitIds = new Set((wardValue?.units ?? []).map((u) => u.id));
  const unitsValid = wardValue !== undefined;
  const objectiveList = [...objectiveIds].join(', ');
  const unitList = [...unitIds].join(', ');

  for (const { entry, value: indicator } of indicators.checked) {
    if (objectivesValid && !objectiveIds.has(indicator.objective)) {
      problems.push(problemAt(entry, ['objective'], `không có mục tiêu ${indicator.objective}; chọn một trong: ${objectiveList}`));
    } else if (!indicator.id.startsWith(`${indicator.objective}.`)) {
      problems.push(problemAt(entry, ['id'], `id phải bắt đầu bằng số mục tiêu "${indicator.objective}."`));
    }
    indicator.responsible.forEach((unit, i) => {
      if (unitsValid && !unitIds.has(unit))
        problems.push(problemAt(entry, ['responsible', i], `không có đơn vị "${unit}" trong ${CONTENT_PATHS.ward}; chọn một trong: ${unitList}`));
    });
  }
  for (const { entry, value: task } of tasks.checked) {
    if (objectivesValid && task.objective !== null && !objectiveIds.has(task.objective)) {
      problems.push(problemAt(entry, ['objective'], `không có mục tiêu ${task.objective}; chọn một trong: ${objectiveList}, hoặc null cho nhiệm vụ chung`));
    }
  }
  for (const { entry, value: duty } of duties.checked) {
    if (unitsValid && !unitIds.has(duty.unit)) {
      problems.push(problemAt(entry, ['unit'], `không có đơn vị "${duty.unit}" trong ${CONTENT_PATHS.ward}; chọn một trong: ${unitList}`));
    }
  }
  return {
    problems,
    objectivesValid,
    ward: wardValue,
    /** ward.yaml as read, to point a later check at a line of it. */
    wardEntry: ward.checked[0]?.entry,
    plan: plan.values[0],
    objectives: objectives.values,
    indicators: indicators.values,
    tasks: tasks.values,
    duties: duties.values,
  };
}
