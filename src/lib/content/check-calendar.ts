import { calendarEventSchema } from '../../schemas/calendar.ts';
import { checkList, entryLabel } from './check-entries.ts';
import { CONTENT_PATHS, readDataFile } from './files.ts';
import type { ContentProblem } from './problems.ts';

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Checks content/calendar.yaml: each entry's fields, and that its days exist (no 31/4). */
export function checkCalendar(root: string) {
  const problems: ContentProblem[] = [];
  const file = CONTENT_PATHS.calendar;
  const { values, problems: found } = checkList(file, readDataFile(root, file, problems), calendarEventSchema);
  problems.push(...found);
  values.forEach((event, index) => {
    for (const key of ['start', 'end'] as const) {
      const d = event[key];
      if (d && d.day > (DAYS_IN_MONTH[d.month - 1] ?? 0)) problems.push({ file, field: `${entryLabel(index, event)} › ${key}`, message: `tháng ${d.month} không có ngày ${d.day}` });
    }
  });
  return { problems, count: values.length };
}
