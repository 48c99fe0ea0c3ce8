import { z } from 'astro/zod';
import { ISO_DAY } from '../shared/lib/dates.ts';

const count = () => z.number({ error: 'phải là một số nguyên không âm' }).int('phải là một số nguyên không âm').min(0, 'phải là một số nguyên không âm');

/**
 * One month's reach figures in content/reach/YYYY-MM.json, written by `npm run reach -- --save`
 * from the server's private log: page views on this website, not people. Exact counts are kept so
 * later runs can add the days they see (the log itself is deleted after 7 days); pages show
 * counts under 10 as "<10".
 */
export const reachMonthSchema = z
  .object({
    /** The month, YYYY-MM. */
    month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'phải có dạng YYYY-MM, ví dụ "2027-01"'),
    /** The days of the month counted (YYYY-MM-DD), each once: the log is kept 7 days, so a month may be incomplete. */
    days: z.array(z.string().regex(ISO_DAY, 'phải là ngày dạng YYYY-MM-DD')).min(1, 'cần ít nhất một ngày đã đếm'),
    /** Page views by section: "/" for the home page, else the first folder, e.g. "/ho-tro/". */
    pageViews: z.record(z.string().regex(/^\/(?:[a-z0-9-]+\/)?$/, 'phải là "/" hoặc một mục dạng "/ho-tro/"'), count()),
    /** Views of the course's completion page. */
    courseCompletions: count(),
    /** Requests for the same page from the same network and browser within this many seconds counted once. */
    reloadSeconds: z.number().int().positive(),
  })
  .strict();

export type ReachMonth = z.infer<typeof reachMonthSchema>;
