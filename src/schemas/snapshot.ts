import { z } from 'astro/zod';
import { isoDate, slug, text } from './common.ts';

/** The states a qualitative indicator can be in, from not started to achieved. */
export const qualitativeStateSchema = z.enum(['chua-trien-khai', 'dang-trien-khai', 'da-dat']);

/** One indicator's measurement in one reporting period. */
export const measurementSchema = z.strictObject({
  /** The value in the indicator's unit (quantitative indicators); null when there is no figure yet. */
  value: z.number({ error: 'phải là một số (không kèm đơn vị, không đặt trong ngoặc kép) hoặc null' }).nullable().optional(),
  /** The state of a qualitative indicator; null when not reported. */
  state: qualitativeStateSchema.nullable().optional(),
  /** Where the figure comes from or how it was worked out; required whenever there is a value or a state. */
  source: text().optional(),
  /** Anything a reader should know, e.g. why there is no figure. */
  note: text().optional(),
  /** The figure may still change (số liệu sơ bộ). */
  provisional: z.boolean().default(false),
  /** The figure is made up to show how the site works, not measured (số liệu minh họa). */
  illustrative: z.boolean().default(false),
});

/** One reporting period's figures for the plan's indicators: one file per year in content/snapshots/. */
export const snapshotSchema = z.strictObject({
  /** The year the figures describe, e.g. 2027. */
  period: z
    .number({ error: 'phải là một năm viết bằng số, ví dụ 2027' })
    .int('phải là một năm, ví dụ 2027')
    .min(2000, 'phải là năm có 4 chữ số, ví dụ 2027')
    .max(2100, 'phải là năm có 4 chữ số, ví dụ 2027'),
  /** The date the figures were published (YYYY-MM-DD). */
  published: isoDate(),
  /** The unit that compiled the figures, by its id in content/ward.yaml; null in a file of illustrative
   * figures, which must never name a real unit as their publisher. */
  reportingUnit: slug().nullable(),
  /** Figures by indicator id, e.g. { "1.1": { "value": 50, "source": "…" } }. */
  values: z.record(z.string(), measurementSchema),
});

export type QualitativeState = z.infer<typeof qualitativeStateSchema>;
export type Measurement = z.infer<typeof measurementSchema>;
export type Snapshot = z.infer<typeof snapshotSchema>;
