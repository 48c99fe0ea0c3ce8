import { ui } from '../../../i18n/ui.ts';
import type { Unit } from '../../../schemas/ward.ts';
import type { ProgressStatus } from './progress.ts';
import type { IndicatorProgress } from './series.ts';

/** Slug of the filter for indicators the plan assigns to no unit. */
export const UNASSIGNED = 'chua-giao';

/** A filter of the overview by responsible unit: its URL slug, its label and the indicators it keeps. */
export interface UnitFilter {
  slug: string;
  label: string;
  items: IndicatorProgress[];
}

/** One filter per unit that reports on an indicator, in the ward file's order, then one for unassigned indicators. */
export function unitFilters(items: readonly IndicatorProgress[], units: readonly Unit[]): UnitFilter[] {
  const filters = units
    .map((unit) => ({ slug: unit.id, label: unit.shortName, items: items.filter((i) => i.indicator.responsible.includes(unit.id)) }))
    .filter((f) => f.items.length > 0);
  const unassigned = items.filter((i) => i.indicator.responsible.length === 0);
  return unassigned.length > 0 ? [...filters, { slug: UNASSIGNED, label: ui.plan.noUnit, items: unassigned }] : filters;
}

/** The indicators with one status. */
export function withStatus(items: readonly IndicatorProgress[], status: ProgressStatus): IndicatorProgress[] {
  return items.filter((i) => i.progress.status === status);
}
