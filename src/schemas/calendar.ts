import { z } from 'astro/zod';
import { link, slug, text } from './common.ts';

/** A day of the year, the same every year. */
const dayOfYearSchema = z.strictObject({
  /** Day of the month, 1–31. */
  day: z.number().int().min(1).max(31),
  /** Month, 1–12. */
  month: z.number().int().min(1).max(12),
});

/** A yearly day or period on the ward's calendar, e.g. the action month 15/11–15/12. */
export const calendarEventSchema = z.strictObject({
  /** Stable id, also the anchor on /lich/, e.g. "thang-hanh-dong". */
  id: slug(),
  /** Name of the occasion, in Vietnamese. */
  name: text(),
  /** First day. */
  start: dayOfYearSchema,
  /** Last day, for a period; omitted for a single day. */
  end: dayOfYearSchema.optional(),
  /** What the occasion is, in one or two sentences. */
  about: text(),
  /** The document that sets the date, e.g. "Quyết định số 72/2001/QĐ-TTg". */
  basis: text(),
  /** What the ward's plan says the ward does for it, close to the plan's own words; empty when the plan says nothing. */
  wardActions: z.array(text()).default([]),
  /** Where in the plan the actions come from, e.g. "Kế hoạch, mục II.2.3". */
  planReference: text().optional(),
  /** A page to read more, e.g. an article. */
  link: link().optional(),
});

/**
 * content/calendar.yaml: an object holding the list (not a bare list at the top), so the
 * browser editor, which edits one object per file, can open it.
 */
export const calendarSchema = z.object({
  /** The yearly days and periods, in any order. */
  events: z.array(calendarEventSchema),
});

export type CalendarEvent = z.infer<typeof calendarEventSchema>;
