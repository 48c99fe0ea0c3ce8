import type { APIContext } from 'astro';
import { calendar, ward } from '../../data/site.ts';
import { ui } from '../../i18n/ui.ts';
import { vietnamDay } from '../../shared/lib/dates.ts';
import { calendarIcs } from '../../features/calendar/lib/ics.ts';

export function GET(context: APIContext) {
  const site = context.site ?? new URL(ward.siteUrl);
  const body = calendarIcs(calendar, vietnamDay(new Date()), site, `${ui.calendar.heading} – ${ward.name}`);
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
