import { z } from 'astro/zod';
import { link, pastDate, slug, text } from './common.ts';

/** One figure the indicators need besides the snapshots, e.g. the ward's population, with its source. */
export const referenceFigureSchema = z
  .strictObject({
    /** Stable id, e.g. "dan-so-phuong". */
    id: slug(),
    /** What the figure is, in Vietnamese. */
    label: text(),
    /** The figure; null while no source gives it (never estimated or borrowed from another area). */
    value: z.number().nullable(),
    /** Unit of the figure, e.g. "người", "%". */
    unit: text(),
    /** The year the figure describes; null when unknown. */
    year: z.number().int().nullable(),
    /** ward: the ward's own figure; national: Vietnam as a whole, shown only as a comparison. */
    scope: z.enum(['ward', 'national']),
    /** Where the figure comes from; required when there is a value. */
    source: z.strictObject({ title: text(), url: link().optional() }).nullable(),
    /** The date the source was read (YYYY-MM-DD). */
    checkedAt: pastDate().nullable(),
    /** Anything a reader should know, e.g. why the value is missing. */
    note: text().optional(),
    /** Indicators the figure belongs to, by id. */
    indicators: z.array(z.string()).default([]),
  })
  .superRefine((figure, ctx) => {
    if (figure.value !== null && figure.source === null) ctx.addIssue({ code: 'custom', path: ['source'], message: 'số liệu có giá trị phải ghi nguồn' });
    if (figure.value === null && figure.note === undefined) ctx.addIssue({ code: 'custom', path: ['note'], message: 'khi chưa có số liệu, ghi chú vì sao' });
  });

export type ReferenceFigure = z.infer<typeof referenceFigureSchema>;
