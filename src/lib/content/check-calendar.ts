import { calendarEventSchema } from '../../schemas/calendar.ts';
import { checkList, entryLabel } from './check-entries.ts';
import { CONTENT_PATHS, readDataFile } from './files.ts';
import type { ContentProblem } from './problems.ts';

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The list under `events:` in content/calendar.yaml; undefined when the file has none. */
function eventsOf(data: unknown): unknown {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  return 'events' in data ? data.events : undefined;
}

/** Checks content/calendar.yaml: each entry's fields, and that its days exist (no 31/4). */
export function checkCalendar(root: string) {
  const problems: ContentProblem[] = [];
  const file = CONTENT_PATHS.calendar;
  const data = readDataFile(root, file, problems);
  const events = eventsOf(data);
  if (data !== undefined && events === undefined) problems.push({ file, field: 'events', message: 'tệp phải có events: rồi danh sách các ngày bên dưới (mỗi mục bắt đầu bằng "- ")' });
  const { values, problems: found } = checkList(file, events, calendarEventSchema);
  problems.push(...found);
  values.forEach((event, index) => {
    for (const key of ['start', 'end'] as const) {
      const d = event[key];
      if (d && d.day > (DAYS_IN_MONTH[d.month - 1] ?? 0)) problems.push({ file, field: `${entryLabel(index, event)} › ${key}`, message: `tháng ${d.month} không có ngày ${d.day}` });
    }
  });
  return { problems, count: values.length };
}
