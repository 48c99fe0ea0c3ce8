import { lessonComponentSpecs } from '../../course/lib/components.ts';
import { COURSE_COMPLETION_URL } from '../../../shared/lib/routes.ts';
import { duplicateOrders } from '../../course/lib/course.ts';
import { checkCollection, problemAt } from './check-entries.ts';
import { checkArticleBody } from './check-mdx.ts';
import { phoneRuns } from './check-phones.ts';

/**
 * Checks every lesson of the course (content/lessons/*.mdx), read through the one content table: front
 * matter, the body on its MDX syntax tree like an article (no code, no raw HTML, only the lesson
 * components, numbers a published service lists), each lesson's own `order`, the completion page's name
 * kept free, and (when the indicators are known, not null) that <PlanTargets ids="…" /> names real ones.
 */
export function checkLessons(root: string, indicatorIds: ReadonlySet<string> | null, publishedNumbers: ReadonlySet<string> | null) {
  const { checked, entries, problems } = checkCollection(root, 'lessons');
  const components = lessonComponentSpecs(indicatorIds);
  for (const entry of entries) {
    if (COURSE_COMPLETION_URL.endsWith(`/${entry.id}/`)) {
      problems.push({
        file: entry.file,
        field: '(tên tệp)',
        message: `tên này dành cho trang hoàn thành khóa học ${COURSE_COMPLETION_URL}; đặt tên khác cho bài học`,
      });
    }
    const source = entry.source ?? '';
    problems.push(...checkArticleBody(entry.file, source, { root, publishedNumbers, phoneRuns, components }));
  }
  const valid = checked.map(({ entry, value }) => ({ file: entry.file, order: value.order, data: value, entry }));
  for (const { file, order, other } of duplicateOrders(valid)) {
    const entry = valid.find((v) => v.file === file)?.entry;
    const message = `số thứ tự ${order} đã dùng cho ${other}; mỗi bài học cần một số riêng`;
    problems.push(entry ? problemAt(entry, ['order'], message) : { file, field: 'order', message });
  }
  return { problems, count: entries.length, lessons: valid.map(({ file, order, data }) => ({ file, order, data })) };
}
