import { isCalendarDay } from '../../../shared/lib/dates.ts';
import type { ReachMonth } from '../../../schemas/reach.ts';
import { checkCollection, problemAt } from './check-entries.ts';
import type { ContentProblem } from './problems.ts';

/** Checks content/reach/YYYY-MM.json (written by `npm run reach -- --save`): fields, file name, days within the month. */
export function checkReach(root: string) {
  const { checked, problems } = checkCollection(root, 'reach');
  const months: ReachMonth[] = [];
  for (const { entry, value } of checked) {
    const found: ContentProblem[] = [];
    if (entry.id !== value.month) found.push(problemAt(entry, ['month'], `số liệu tháng ${value.month} phải đặt trong tệp ${value.month}.json`));
    value.days.forEach((day, i) => {
      if (!day.startsWith(`${value.month}-`) || !isCalendarDay(day))
        found.push(problemAt(entry, ['days', i], `"${day}" không phải một ngày của tháng ${value.month}`));
      else if (value.days.indexOf(day) !== i) found.push(problemAt(entry, ['days', i], `ngày ${day} bị ghi hai lần; mỗi ngày chỉ được đếm một lần`));
    });
    problems.push(...found);
    if (found.length === 0) months.push(value);
  }
  return { problems, months };
}
