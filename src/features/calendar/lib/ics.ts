import { createEvents, type EventAttributes } from 'ics';
import { nextDay } from '../../../shared/lib/dates.ts';
import { nextOccurrence, type Day, type YearlyDates } from './occurrence.ts';
import { occasionUrl } from '../../../shared/lib/routes.ts';

export interface IcsOccasion extends YearlyDates {
  id: string;
  name: string;
  about: string;
  link?: string | undefined;
}

const parts = (d: Day) => d.split('-').map(Number) as [number, number, number];

/** An iCalendar file of all-day events repeating every year, from each occasion's next occurrence. */
export function calendarIcs(occasions: readonly IcsOccasion[], today: Day, site: URL, calName: string): string {
  const events: EventAttributes[] = occasions.map((o) => {
    const { start, end } = nextOccurrence(o, today);
    return {
      uid: `${o.id}@${site.hostname}`,
      title: o.name,
      description: o.about,
      start: parts(start),
      end: parts(nextDay(end)),
      recurrenceRule: 'FREQ=YEARLY',
      url: new URL(o.link ?? occasionUrl(o.id), site).href,
      productId: site.hostname,
      calName,
    };
  });
  const { error, value } = createEvents(events);
  if (error || !value) throw error ?? new Error('ics: no output');
  return value;
}
