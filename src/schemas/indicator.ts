import { z } from 'astro/zod';
import { slug, text } from './common.ts';

/** How a target compares with a value: at least, more than, at most, less than, exactly. */
export const comparatorSchema = z.enum(['gte', 'gt', 'lte', 'lt', 'eq']);

/** A chỉ tiêu of the plan: one measurable (or qualitative) target. */
export const indicatorSchema = z
  .strictObject({
    /** Stable id: objective and number, with a letter where the plan joins two targets, e.g. "3.2a". */
    id: z.string().regex(/^\d+\.\d+[a-z]?$/, 'phải có dạng "3.2" hoặc "3.2a"'),
    /** The objective this indicator belongs to (1–6). */
    objective: z.number().int().min(1),
    /** The label as the plan numbers it, e.g. "Chỉ tiêu 2" (shown beside the id). */
    label: text(),
    /** The indicator's statement, exactly as written in the plan. */
    statement: text(),
    /** A short name for charts and tables. */
    shortName: text(),
    /** quantitative: measured by a number; qualitative: by a state. */
    kind: z.enum(['quantitative', 'qualitative']),
    /** Unit of the value, e.g. "%", "lần", "ca/100.000 trẻ sinh sống"; null for qualitative indicators. */
    unit: z.string().trim().min(1).nullable(),
    /** The target. */
    target: z.strictObject({
      /** Target value in the indicator's unit; null for a qualitative target. */
      value: z.number().nullable(),
      /** How a value must compare with the target value. */
      comparator: comparatorSchema.nullable(),
      /** Year by which the target should be met, as the plan gives it; null where the plan gives none (never add one). */
      year: z.number().int().nullable(),
      /** The target as the plan words it, e.g. "ít nhất 30%". */
      text: text(),
    }),
    /** Lowest and highest value a measurement may take, to catch typing mistakes. */
    range: z.strictObject({ min: z.number(), max: z.number().nullable() }).nullable(),
    /** Baseline value; the plan gives none, so it stays null until staff measure it. */
    baseline: z.number().nullable(),
    /** Units that lead and report on this indicator, by id in content/ward.yaml; empty where the plan names none. */
    responsible: z.array(slug()),
  })
  .superRefine((indicator, ctx) => {
    const quantitative = indicator.kind === 'quantitative';
    if (quantitative && (indicator.target.value === null || indicator.target.comparator === null)) {
      ctx.addIssue({ code: 'custom', path: ['target', 'value'], message: 'chỉ tiêu định lượng cần giá trị và phép so sánh mục tiêu' });
    }
    if (quantitative && indicator.unit === null) {
      ctx.addIssue({ code: 'custom', path: ['unit'], message: 'chỉ tiêu định lượng cần đơn vị đo' });
    }
    if (!quantitative && indicator.target.value !== null) {
      ctx.addIssue({ code: 'custom', path: ['target', 'value'], message: 'chỉ tiêu định tính không có giá trị số' });
    }
  });

export type Indicator = z.infer<typeof indicatorSchema>;
export type Comparator = z.infer<typeof comparatorSchema>;
