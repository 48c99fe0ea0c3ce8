import type { Snapshot } from '../../../schemas/snapshot.ts';
import { isoDay } from '../../../shared/lib/dates.ts';

/** A rule broken by a snapshot file, by field, in Vietnamese for staff. */
export interface SnapshotRuleProblem {
  field: 'reportingUnit' | 'published' | 'period';
  message: string;
}

/** Whether a snapshot file holds any illustrative entry (it is then an illustrative file as a whole). */
export function isIllustrativeSnapshot(snapshot: Pick<Snapshot, 'values'>): boolean {
  return Object.values(snapshot.values).some((entry) => entry?.illustrative === true);
}

/**
 * What keeps made-up figures from passing as official: an illustrative file names no real unit
 * as its publisher and describes no year that has not come; no file is published in the future.
 */
export function snapshotRuleProblems(snapshot: Pick<Snapshot, 'period' | 'published' | 'reportingUnit' | 'values'>, today: Date): SnapshotRuleProblem[] {
  const problems: SnapshotRuleProblem[] = [];
  const illustrative = isIllustrativeSnapshot(snapshot);
  if (illustrative && snapshot.reportingUnit !== null) {
    problems.push({ field: 'reportingUnit', message: `tệp có số liệu minh họa không được ghi một đơn vị thật là nơi công bố ("${snapshot.reportingUnit}"): ghi "reportingUnit": null` });
  }
  if (!illustrative && snapshot.reportingUnit === null) {
    problems.push({ field: 'reportingUnit', message: 'số liệu thật cần đơn vị công bố: ghi mã đơn vị trong content/ward.yaml' });
  }
  if (snapshot.published.getTime() > today.getTime()) {
    problems.push({ field: 'published', message: `ngày công bố ${isoDay(snapshot.published)} chưa đến: chỉ ghi ngày đã công bố` });
  }
  if (illustrative && snapshot.period > today.getUTCFullYear()) {
    problems.push({ field: 'period', message: `năm ${snapshot.period} chưa đến: không ghi số liệu, kể cả số liệu minh họa, cho năm chưa đến` });
  }
  return problems;
}
