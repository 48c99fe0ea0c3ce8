import type { QualitativeState, Snapshot } from '../../../schemas/snapshot.ts';
import { isoDay } from '../../../shared/lib/dates.ts';
import { ui } from '../../../i18n/ui.ts';

/** A rule broken by a snapshot file, by field, in Vietnamese for staff. */
export interface SnapshotRuleProblem {
  field: 'reportingUnit' | 'published' | 'period';
  message: string;
}

/** A figure as a snapshot entry or a series point holds it: a value, a state, and whether it is made up. */
export interface Figure {
  value?: number | null | undefined;
  state?: QualitativeState | null | undefined;
  illustrative?: boolean | undefined;
}

/** Whether a figure reports something: a value or a state (an entry may also just say why there is none). */
export const isReported = (figure: Figure): boolean => figure.value != null || figure.state != null;

/**
 * The one rule for illustrative data: a figure is illustrative when it is marked so and reports
 * something; anything worked out from figures (a status, a chart, a count, a download, a whole
 * snapshot file) is illustrative when any figure it rests on is. Every page, download, preview and
 * the content guard ask this, and label what they show when the answer is yes.
 */
export function isIllustrative(figures: readonly Figure[]): boolean {
  return figures.some((f) => f.illustrative === true && isReported(f));
}

/** Text with the illustrative label after it when it rests on illustrative figures: "62,5% (minh họa)". */
export const markedIllustrative = (text: string, illustrative: boolean): string => (illustrative ? `${text} (${ui.progress.illustrativeWord})` : text);

/** Whether a snapshot file holds any illustrative figure (it is then an illustrative file as a whole). */
export const isIllustrativeSnapshot = (snapshot: Pick<Snapshot, 'values'>): boolean => isIllustrative(Object.values(snapshot.values));

/** Whether a period's publisher and date may be named: never for illustrative figures, which nobody published. */
export function namesPublisher<T extends Required<Figure> & { reportingUnit: string | null }>(point: T): point is T & { reportingUnit: string } {
  return !isIllustrative([point]) && point.reportingUnit !== null;
}

/** Whether a figure is reported as measured for a year that has not come (only illustrative figures are exempt, and the file rule stops them). */
export const measuredTooEarly = (figure: Figure, period: number, today: Date): boolean =>
  isReported(figure) && !figure.illustrative && period > today.getUTCFullYear();

/**
 * What keeps made-up figures from passing as official: an illustrative file names no real unit
 * as its publisher and describes no year that has not come; no file is published in the future.
 */
export function snapshotRuleProblems(snapshot: Pick<Snapshot, 'period' | 'published' | 'reportingUnit' | 'values'>, today: Date): SnapshotRuleProblem[] {
  const problems: SnapshotRuleProblem[] = [];
  const illustrative = isIllustrativeSnapshot(snapshot);
  if (illustrative && snapshot.reportingUnit !== null) {
    problems.push({
      field: 'reportingUnit',
      message: `tệp có số liệu minh họa không được ghi một đơn vị thật là nơi công bố ("${snapshot.reportingUnit}"): ghi "reportingUnit": null`,
    });
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
