import type { YearlyDates } from './occurrence.ts';

const dm = (d: { day: number; month: number }) => `${d.day}/${d.month}`;

/** The yearly dates as Vietnamese readers write them: "28/6" or "15/11 – 15/12". */
export const formatYearlyDates = (dates: YearlyDates) => (dates.end ? `${dm(dates.start)} – ${dm(dates.end)}` : dm(dates.start));
