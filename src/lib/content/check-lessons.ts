import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { lessonSchema, type LessonData } from '../../schemas/lesson.ts';
import { componentUses, LESSON_COMPONENTS, planTargetIds } from '../lessons/components.ts';
import { COMPLETION_PATH, duplicateOrders } from '../lessons/course.ts';
import { checkMdxSyntax } from './check-articles.ts';
import { checkSingle } from './check-entries.ts';
import { CONTENT_PATHS, listFiles } from './files.ts';
import { parseDataFile, splitFrontMatter } from './parse.ts';
import type { ContentProblem } from './problems.ts';

/**
 * Checks every lesson of the course (content/lessons/*.mdx): front matter, MDX syntax, that each lesson has
 * its own `order`, that it uses only the lesson components, and (when the indicators are known, not null)
 * that <PlanTargets ids={[…]} /> names real indicators.
 */
export function checkLessons(root: string, indicatorIds: ReadonlySet<string> | null) {
  const problems: ContentProblem[] = [];
  const files = listFiles(root, CONTENT_PATHS.lessons, ['.mdx']);
  const valid: { file: string; order: number; data: LessonData }[] = [];
  for (const file of files) {
    const source = readFileSync(join(root, file), 'utf8');
    if (COMPLETION_PATH.endsWith(`/${basename(file, '.mdx')}/`)) {
      problems.push({ file, field: '(tên tệp)', message: `tên này dành cho trang hoàn thành khóa học ${COMPLETION_PATH}; đặt tên khác cho bài học` });
    }
    const { frontMatter } = splitFrontMatter(source);
    if (frontMatter === null) {
      problems.push({ file, field: 'front matter', message: 'thiếu phần thông tin đầu bài học, đặt giữa hai dòng "---"' });
      continue;
    }
    const parsed = parseDataFile(`${file}.yaml`, frontMatter);
    if (!parsed.ok) {
      problems.push({ ...parsed.problem, file, field: `front matter, ${parsed.problem.field}` });
      continue;
    }
    const { value, problems: found } = checkSingle(file, parsed.data, lessonSchema);
    problems.push(...found);
    if (value) valid.push({ file, order: value.order, data: value });
    const syntax = checkMdxSyntax(file, source);
    problems.push(...syntax);
    if (syntax.length === 0) problems.push(...checkComponents(file, source, indicatorIds));
  }
  for (const { file, order, other } of duplicateOrders(valid)) {
    problems.push({ file, field: 'order', message: `số thứ tự ${order} đã dùng cho ${other}; mỗi bài học cần một số riêng` });
  }
  return { problems, count: files.length, lessons: valid };
}

function checkComponents(file: string, source: string, indicatorIds: ReadonlySet<string> | null): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const known: readonly string[] = LESSON_COMPONENTS;
  for (const use of componentUses(source)) {
    const field = `nội dung, dòng ${use.line}`;
    if (!known.includes(use.name)) {
      problems.push({ file, field, message: `thành phần <${use.name}> không có; bài học chỉ dùng được: ${known.map((n) => `<${n}>`).join(', ')}` });
      continue;
    }
    if (use.name !== 'PlanTargets') continue;
    const ids = planTargetIds(use.attributes);
    if (ids.length === 0) problems.push({ file, field, message: 'cần ghi chỉ tiêu, ví dụ <PlanTargets ids={["3.1", "6.1"]} />' });
    for (const id of ids) {
      if (indicatorIds && !indicatorIds.has(id)) problems.push({ file, field, message: `chỉ tiêu "${id}" không có trong content/plan/indicators.yaml` });
    }
  }
  return problems;
}
