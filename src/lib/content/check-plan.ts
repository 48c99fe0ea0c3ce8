import { indicatorSchema } from '../../schemas/indicator.ts';
import { dutySchema, objectiveSchema, planSchema, taskSchema } from '../../schemas/plan.ts';
import { wardSchema } from '../../schemas/ward.ts';
import { checkList, checkSingle, entryLabel } from './check-entries.ts';
import { CONTENT_PATHS, readDataFile } from './files.ts';
import type { ContentProblem } from './problems.ts';

/** Checks the ward identity and the plan's files, then every reference between them. */
export function checkPlanContent(root: string) {
  const problems: ContentProblem[] = [];
  const read = (path: string) => readDataFile(root, path, problems);
  const ward = checkSingle(CONTENT_PATHS.ward, read(CONTENT_PATHS.ward), wardSchema);
  const plan = checkSingle(CONTENT_PATHS.plan, read(CONTENT_PATHS.plan), planSchema);
  const objectives = checkList(CONTENT_PATHS.objectives, read(CONTENT_PATHS.objectives), objectiveSchema);
  const indicators = checkList(CONTENT_PATHS.indicators, read(CONTENT_PATHS.indicators), indicatorSchema);
  const tasks = checkList(CONTENT_PATHS.tasks, read(CONTENT_PATHS.tasks), taskSchema);
  const duties = checkList(CONTENT_PATHS.duties, read(CONTENT_PATHS.duties), dutySchema);
  problems.push(...ward.problems, ...plan.problems, ...objectives.problems, ...indicators.problems, ...tasks.problems, ...duties.problems);

  // References are checked only against files that are themselves valid: one broken file must
  // give one clear error, not a flood of "unknown id" errors elsewhere.
  const objectivesValid = objectives.values.length > 0 && objectives.problems.length === 0;
  const objectiveIds = new Set(objectives.values.map((o) => o.id));
  const unitIds = new Set((ward.value?.units ?? []).map((u) => u.id));
  const unitsValid = ward.value !== undefined;
  const objectiveList = [...objectiveIds].join(', ');
  const unitList = [...unitIds].join(', ');

  indicators.values.forEach((indicator, index) => {
    const label = entryLabel(index, indicator);
    if (objectivesValid && !objectiveIds.has(indicator.objective)) {
      problems.push({ file: CONTENT_PATHS.indicators, field: `${label} › objective`, message: `không có mục tiêu ${indicator.objective}; chọn một trong: ${objectiveList}` });
    } else if (!indicator.id.startsWith(`${indicator.objective}.`)) {
      problems.push({ file: CONTENT_PATHS.indicators, field: `${label} › id`, message: `id phải bắt đầu bằng số mục tiêu "${indicator.objective}."` });
    }
    indicator.responsible.forEach((unit, i) => {
      if (unitsValid && !unitIds.has(unit)) problems.push({ file: CONTENT_PATHS.indicators, field: `${label} › responsible[${i}]`, message: `không có đơn vị "${unit}" trong ${CONTENT_PATHS.ward}; chọn một trong: ${unitList}` });
    });
  });
  tasks.values.forEach((task, index) => {
    if (objectivesValid && task.objective !== null && !objectiveIds.has(task.objective)) {
      problems.push({ file: CONTENT_PATHS.tasks, field: `${entryLabel(index, task)} › objective`, message: `không có mục tiêu ${task.objective}; chọn một trong: ${objectiveList}, hoặc null cho nhiệm vụ chung` });
    }
  });
  duties.values.forEach((duty, index) => {
    if (unitsValid && !unitIds.has(duty.unit)) {
      problems.push({ file: CONTENT_PATHS.duties, field: `${entryLabel(index, duty)} › unit`, message: `không có đơn vị "${duty.unit}" trong ${CONTENT_PATHS.ward}; chọn một trong: ${unitList}` });
    }
  });
  return {
    problems,
    objectivesValid,
    ward: ward.value,
    plan: plan.value,
    objectives: objectives.values,
    indicators: indicators.values,
    tasks: tasks.values,
    duties: duties.values,
  };
}
