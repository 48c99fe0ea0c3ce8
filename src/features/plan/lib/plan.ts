import { t } from '../../../i18n/t.ts';
import { ui } from '../../../i18n/ui.ts';
import type { Indicator } from '../../../schemas/indicator.ts';
import type { Duty, Task } from '../../../schemas/plan.ts';
import type { Unit } from '../../../schemas/ward.ts';

/** The indicator's number as the plan shows it, e.g. "3.2a" → "Chỉ tiêu 3.2 (a)". */
export function indicatorNumber(id: string): string {
  const match = /^(\d+\.\d+)([a-z]?)$/.exec(id);
  if (!match) return id;
  return match[2] ? `${match[1]} (${match[2]})` : (match[1] ?? id);
}

/** The chỉ tiêu's number in the plan, without the letter of a stored part: "3.2a" → "3.2". */
export function planNumber(id: string): string {
  return id.replace(/[a-z]$/, '');
}

/** A chỉ tiêu as the plan numbers it: one stored record, or several where the plan joins two targets in one sentence (3.2, 5.4). */
export interface PlanIndicator {
  /** The plan's number, e.g. "3.2". */
  number: string;
  objective: number;
  /** The plan's label, e.g. "Chỉ tiêu 2". */
  label: string;
  /** The stored records, in order: one, or the parts (a), (b). */
  parts: Indicator[];
  /** The chỉ tiêu's words as the plan prints them: the parts' statements joined. */
  statement: string;
}

/** Groups stored indicators into the plan's chỉ tiêu, in the plan's order: every count and heading readers see comes from here. */
export function planIndicators(indicators: readonly Indicator[]): PlanIndicator[] {
  const groups = new Map<string, Indicator[]>();
  for (const indicator of [...indicators].sort((a, b) => compareIndicatorIds(a.id, b.id))) {
    const number = planNumber(indicator.id);
    groups.set(number, [...(groups.get(number) ?? []), indicator]);
  }
  return [...groups].map(([number, parts]) => ({
    number,
    objective: parts[0]!.objective,
    label: parts[0]!.label,
    parts,
    statement: parts.map((p) => p.statement).join(' '),
  }));
}

/** How many chỉ tiêu the plan has (3.2 and 5.4 count once each, as in the plan). */
export function planIndicatorCount(indicators: readonly Indicator[], objective?: number): number {
  return planIndicators(indicators).filter((i) => objective === undefined || i.objective === objective).length;
}

/** The heading of a target: "Mục tiêu năm 2030", or plain "Mục tiêu" where the plan gives no year (none is added). */
export function targetHeading(indicator: Pick<Indicator, 'target'>, short = false): string {
  if (indicator.target.year !== null) return `${short ? ui.plan.objective : ui.plan.target} ${indicator.target.year}`;
  return ui.plan.objective;
}

/** The target in the plan's words, saying so where the plan gives it no year: "100% (Kế hoạch không nêu năm)". */
export function targetText(indicator: Pick<Indicator, 'target'>): string {
  return indicator.target.year === null ? t(ui.plan.noYear, { target: indicator.target.text }) : indicator.target.text;
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

/** How many units section IV assigns tasks to (giao) and how many it only requests action from (đề nghị). */
export function dutyCounts(duties: readonly Duty[]): { assigned: number; requested: number } {
  return { assigned: duties.filter((d) => d.relation === 'giao').length, requested: duties.filter((d) => d.relation === 'de-nghi').length };
}
