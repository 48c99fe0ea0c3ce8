import { checkCollection, problemAt } from './check-entries.ts';

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Checks content/calendar.yaml: each entry's fields, and that its days exist (no 31/4). */
export function checkCalendar(root: string) {
  const { checked, problems } = checkCollection(root, 'calendar');
  for (const { entry, value: event } of checked) {
    for (const key of ['start', 'end'] as const) {
      const d = event[key];
      if (d && d.day > (DAYS_IN_MONTH[d.month - 1] ?? 0)) problems.push(problemAt(entry, [key, 'day'], `tháng ${d.month} không có ngày ${d.day}`));
    }
  }
  return { problems, count: checked.length };
}
