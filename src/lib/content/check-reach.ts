import { basename } from 'node:path';
import { reachMonthSchema, type ReachMonth } from '../../schemas/reach.ts';
import { checkSingle } from './check-entries.ts';
import { CONTENT_PATHS, listFiles, readDataFile } from './files.ts';
import type { ContentProblem } from './problems.ts';

/** Whether a YYYY-MM-DD day exists (no 30 February). */
const isRealDay = (day: string) => {
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
};

/** Checks content/reach/YYYY-MM.json (written by `npm run reach -- --save`): fields, file name, days within the month. */
export function checkReach(root: string) {
  const problems: ContentProblem[] = [];
  const months: ReachMonth[] = [];
  for (const file of listFiles(root, CONTENT_PATHS.reach, ['.json'])) {
    const { value, problems: found } = checkSingle(file, readDataFile(root, file, problems), reachMonthSchema);
    problems.push(...found);
    if (!value) continue;
    const before = problems.length;
    if (basename(file) !== `${value.month}.json`) problems.push({ file, field: 'month', message: `số liệu tháng ${value.month} phải đặt trong tệp ${value.month}.json` });
    value.days.forEach((day, i) => {
      if (!day.startsWith(`${value.month}-`) || !isRealDay(day)) problems.push({ file, field: `days[${i}]`, message: `"${day}" không phải một ngày của tháng ${value.month}` });
      else if (value.days.indexOf(day) !== i) problems.push({ file, field: `days[${i}]`, message: `ngày ${day} bị ghi hai lần; mỗi ngày chỉ được đếm một lần` });
    });
    if (problems.length === before) months.push(value);
  }
  return { problems, months };
}
