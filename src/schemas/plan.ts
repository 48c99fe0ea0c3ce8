import { z } from 'astro/zod';
import { slug, text } from './common.ts';

/** A legal basis the plan cites. */
const legalBasisSchema = z.strictObject({
  /** The document's reference as printed, e.g. "Kế hoạch số 170/KH-UBND ngày 07/5/2026". */
  reference: text(),
  /** Who issued it. */
  issuer: text(),
  /** What it is about. */
  subject: text(),
});

/** The plan's identity, its general objective, funding and signature. */
export const planSchema = z.strictObject({
  /** Issuing body as printed at the top of the document. */
  issuingBody: text(),
  /** Document number as printed; the number part may be blank in the source, e.g. "Số: /KH-UBND". */
  number: text(),
  /** Place and date line as printed, blanks kept, e.g. "Phường Lê Chân, ngày tháng 5 năm 2026". */
  placeAndDate: text(),
  /** Year the plan was issued (the day is blank in the source). */
  year: z.number().int(),
  /** Month the plan was issued. */
  month: z.number().int().min(1).max(12),
  /** Title of the plan. */
  title: text(),
  /** The period the plan covers. */
  period: z.strictObject({ from: z.number().int(), to: z.number().int() }),
  /** Opening paragraphs, as printed. */
  preamble: z.array(text()).min(1),
  /** Documents the plan rests on. */
  legalBases: z.array(legalBasisSchema).min(1),
  /** Mục tiêu tổng quát, as printed. */
  generalObjective: text(),
  /** Section III: sources of funding, as printed. */
  funding: z.array(text()).min(1),
  /** Closing paragraph, as printed. */
  closing: text(),
  /** Recipients (Nơi nhận), as printed. */
  recipients: z.array(text()).min(1),
  /** The signature block. */
  signatory: z.strictObject({
    /** Signature lines above the name, e.g. "TM. ỦY BAN NHÂN DÂN". */
    lines: z.array(text()).min(1),
    /** Name of the person who signs. */
    name: text(),
  }),
});

/** One of the plan's six specific objectives (mục tiêu cụ thể). */
export const objectiveSchema = z.strictObject({
  /** The objective's number in the plan, 1 to 6. */
  id: z.number().int().min(1),
  /** URL slug and article topic for the objective's domain, e.g. "y-te". */
  slug: slug(),
  /** Heading as printed, e.g. "Trong lĩnh vực y tế". */
  title: text(),
  /** Short domain name for navigation, e.g. "Y tế". */
  domain: text(),
  /** One plain-language sentence for residents saying what the objective is about. */
  summary: text(),
});

/** A task or solution of section II, general (chung) or specific to one objective. */
export const taskSchema = z.strictObject({
  /** Stable id, e.g. "chung-1.1" or "4-2". */
  id: text(),
  /** The section number as printed, e.g. "1.1" or "2.4"; blank for unnumbered bullets. */
  section: text(),
  /** null for the general tasks, else the objective this task serves. */
  objective: z.number().int().nullable(),
  /** The task's text, as printed. */
  text: text(),
});

/** The duties of one unit under section IV, and the indicators it reports on. */
export const dutySchema = z.strictObject({
  /** The unit, by its id in content/ward.yaml. */
  unit: slug(),
  /** The number printed before the heading in section IV (1–7); null for the "Đề nghị" paragraphs the plan prints without one. */
  number: z.number().int().min(1).nullable(),
  /** The heading as printed in section IV, e.g. "Trạm y tế phường". */
  heading: text(),
  /** Whether the plan assigns (giao) or requests (đề nghị) the unit. */
  relation: z.enum(['giao', 'de-nghi']),
  /** The duties, as printed. */
  duties: z.array(text()).min(1),
});

export type Plan = z.infer<typeof planSchema>;
export type Objective = z.infer<typeof objectiveSchema>;
export type Task = z.infer<typeof taskSchema>;
export type Duty = z.infer<typeof dutySchema>;
