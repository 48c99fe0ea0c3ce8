import { z } from 'astro/zod';
import type { Indicator } from '../../../schemas/indicator.ts';
import { measurementSchema, snapshotSchema, type Snapshot } from '../../../schemas/snapshot.ts';
import { formatValue } from '../../../shared/lib/format.ts';
import { isReported, measuredTooEarly, snapshotRuleProblems } from '../../progress/lib/illustrative.ts';
import { checkEntry, checkPart } from './check-entries.ts';
import { CONTENT_PATHS, readCollection, type RawEntry } from './files.ts';
import type { ContentProblem } from './problems.ts';

/** What the snapshot check needs from the rest of the content; null where that content is itself invalid. */
export interface SnapshotContext {
  indicators: readonly Indicator[] | null;
  unitIds: ReadonlySet<string> | null;
  period: { from: number; to: number } | null;
  /** Today, to refuse measured figures for a year that has not come yet. */
  today?: Date;
}

/** The file's top level, entries checked one by one afterwards so each error names its indicator. */
const snapshotShape = snapshotSchema.extend({ values: z.record(z.string(), z.unknown()) });

/** Label for one indicator's entry, e.g. 'values › "3.2a"'. */
const entryField = (id: string, field?: string) => [`values › "${id}"`, field].filter(Boolean).join(' › ');

/** Checks one indicator's entry against the indicator it names. */
function checkMeasurement(snapshot: RawEntry, id: string, indicator: Indicator | undefined, context: SnapshotContext, period: number): ContentProblem[] {
  const file = snapshot.file;
  const lineOf = (field?: string) => snapshot.lineOf(field ? ['values', id, field] : ['values', id]);
  if (context.indicators && !indicator) {
    const line = lineOf();
    return [
      {
        file,
        field: entryField(id),
        message: `không có chỉ tiêu "${id}" trong ${CONTENT_PATHS.indicators}; dùng một trong: ${context.indicators.map((i) => i.id).join(', ')}`,
        ...(line ? { line } : {}),
      },
    ];
  }
  const parsed = checkPart(snapshot, ['values', id], measurementSchema, entryField(id));
  if (!parsed.value) return parsed.problems;
  const entry = parsed.value;
  const problems: ContentProblem[] = [];
  const add = (field: string, message: string, level?: 'warning') => {
    const line = lineOf(field);
    problems.push({ file, field: entryField(id, field), message, ...(line ? { line } : {}), ...(level ? { level } : {}) });
  };
  if (indicator?.kind === 'qualitative') {
    if (entry.value != null) add('value', 'chỉ tiêu định tính không ghi số; dùng "state" với một trong: "chua-trien-khai", "dang-trien-khai", "da-dat"');
  } else if (indicator?.kind === 'quantitative') {
    if (entry.state != null) add('state', `chỉ tiêu định lượng cần số liệu trong "value" (đơn vị: ${indicator.unit}), không dùng "state"`);
    const range = indicator.range;
    if (entry.value != null && range && (entry.value < range.min || (range.max !== null && entry.value > range.max))) {
      const bounds =
        range.max === null
          ? `từ ${formatValue(range.min, indicator.unit)} trở lên`
          : `từ ${formatValue(range.min, indicator.unit)} đến ${formatValue(range.max, indicator.unit)}`;
      add('value', `giá trị ${entry.value} nằm ngoài khoảng cho phép của chỉ tiêu: phải ${bounds}`);
    }
  }
  const reported = isReported(entry);
  if (reported && entry.source === undefined) add('source', 'cần ghi nguồn số liệu hoặc cách tính');
  if (!reported && entry.note === undefined) add('note', 'chưa có số liệu: nên ghi chú vì sao (ví dụ "chưa điều tra")', 'warning');
  if (measuredTooEarly(entry, period, context.today ?? new Date())) add('illustrative', `năm ${period} chưa đến: chưa thể có số đo của năm này`);
  return problems;
}

/** Checks every snapshot file in content/snapshots/, then that no two files report the same period. */
export function checkSnapshots(root: string, context: SnapshotContext) {
  const problems: ContentProblem[] = [];
  const snapshots: { file: string; snapshot: Snapshot }[] = [];
  const seen = new Map<number, string>();
  const { entries, problems: read } = readCollection(root, 'snapshots');
  problems.push(...read);
  for (const entry of entries) {
    const file = entry.file;
    const top = checkEntry(entry, snapshotShape);
    problems.push(...top.problems);
    if (!top.value) continue;
    const { period, reportingUnit, values } = top.value;
    const before = problems.length;
    const at = (field: string) => {
      const line = entry.lineOf([field]);
      return { file, field, ...(line ? { line } : {}) };
    };
    const other = seen.get(period);
    if (other) problems.push({ ...at('period'), message: `kỳ ${period} đã có trong tệp ${other}; mỗi kỳ báo cáo chỉ có một tệp` });
    else seen.set(period, file);
    if (entry.id !== `${period}`) problems.push({ ...at('period'), message: `tệp của kỳ ${period} nên đặt tên ${period}.json`, level: 'warning' });
    if (context.period && (period < context.period.from - 1 || period > context.period.to)) {
      problems.push({ ...at('period'), message: `phải là một năm từ ${context.period.from - 1} (năm gốc) đến ${context.period.to}` });
    }
    for (const rule of snapshotRuleProblems({ ...top.value, values: values as Snapshot['values'] }, context.today ?? new Date()))
      problems.push({ ...at(rule.field), ...rule });
    if (context.unitIds && reportingUnit !== null && !context.unitIds.has(reportingUnit)) {
      problems.push({
        ...at('reportingUnit'),
        message: `không có đơn vị "${reportingUnit}" trong ${CONTENT_PATHS.ward}; dùng một trong: ${[...context.unitIds].join(', ')}`,
      });
    }
    const measured: Snapshot['values'] = {};
    for (const [id, raw] of Object.entries(values)) {
      const indicator = context.indicators?.find((i) => i.id === id);
      const found = checkMeasurement(entry, id, indicator, context, period);
      problems.push(...found);
      if (!found.some((p) => p.level !== 'warning')) measured[id] = measurementSchema.parse(raw);
    }
    const missing = context.indicators?.filter((i) => !(i.id in values)).map((i) => i.id) ?? [];
    if (missing.length > 0)
      problems.push({ ...at('values'), message: `chưa có mục cho chỉ tiêu ${missing.join(', ')}; trang sẽ ghi "chưa có số liệu"`, level: 'warning' });
    const errors = problems.slice(before).filter((p) => p.level !== 'warning');
    if (errors.length === 0) snapshots.push({ file, snapshot: { ...top.value, values: measured } });
  }
  return { problems, snapshots, count: entries.length };
}
