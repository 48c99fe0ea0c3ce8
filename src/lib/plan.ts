import type { Indicator } from '../schemas/indicator.ts';
import type { Duty, Task } from '../schemas/plan.ts';
import type { Unit } from '../schemas/ward.ts';

/** The indicator's number as the plan shows it, e.g. "3.2a" → "Chỉ tiêu 3.2 (a)". */
export function indicatorNumber(id: string): string {
  const match = /^(\d+\.\d+)([a-z]?)$/.exec(id);
  if (!match) return id;
  return match[2] ? `${match[1]} (${match[2]})` : (match[1] ?? id);
}

/** Orders indicator ids the way the plan does: 1.1 < 2.1 < 3.2a < 3.2b < 3.10. */
export function compareIndicatorIds(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/** Indicators of one objective, in the plan's order. */
export function indicatorsOf(objective: number, indicators: readonly Indicator[]): Indicator[] {
  return indicators.filter((i) => i.objective === objective).sort((a, b) => compareIndicatorIds(a.id, b.id));
}

/** Specific tasks of one objective, or the general tasks when `objective` is null, in file order. */
export function tasksOf(objective: number | null, tasks: readonly Task[]): Task[] {
  return tasks.filter((t) => t.objective === objective);
}

/** The units responsible for an indicator, resolved to their records. */
export function responsibleUnits(indicator: Indicator, units: readonly Unit[]): Unit[] {
  return indicator.responsible.map((id) => units.find((u) => u.id === id)).filter((u): u is Unit => u !== undefined);
}

/** One row of the responsibilities table: a unit, its duties and the indicators it reports on. */
export interface ResponsibilityRow {
  unit: Unit;
  duty: Duty | undefined;
  indicators: Indicator[];
}

/** Builds the unit × indicator table from section IV: every unit the plan names, in the ward file's order. */
export function responsibilityRows(units: readonly Unit[], duties: readonly Duty[], indicators: readonly Indicator[]): ResponsibilityRow[] {
  return units.map((unit) => ({
    unit,
    duty: duties.find((d) => d.unit === unit.id),
    indicators: indicators.filter((i) => i.responsible.includes(unit.id)).sort((a, b) => compareIndicatorIds(a.id, b.id)),
  }));
}

/** Indicators for which the plan names no responsible unit (shown honestly, not hidden). */
export function unassignedIndicators(indicators: readonly Indicator[]): Indicator[] {
  return indicators.filter((i) => i.responsible.length === 0);
}
