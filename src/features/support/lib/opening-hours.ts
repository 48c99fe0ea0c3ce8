// Opening hours of a contact, in Vietnam time.
import { inVietnam } from '../../../shared/lib/dates.ts';

/** Days as Vietnamese write them: thứ Hai (t2) … thứ Bảy (t7), Chủ nhật (cn). */
export const DAYS = ['cn', 't2', 't3', 't4', 't5', 't6', 't7'] as const;
export type Day = (typeof DAYS)[number];

/** One weekly period: the same opening time on each listed day. */
export interface WeeklyPeriod {
  days: Day[];
  from: string;
  to: string;
}

/** Hours are either always open or a weekly timetable with what happens on public holidays. */
export type Hours = '24/7' | { weekly: WeeklyPeriod[]; publicHolidays: 'nghi' | 'mo' | 'khong-ro' };

export type OpeningStatus =
  | { state: 'always' }
  | { state: 'open'; closesAt: string; holidayCaveat: boolean }
  | { state: 'closed'; opensAt: string; day: Day; inDays: number; holidayCaveat: boolean };

/** Minutes since midnight for "HH:MM"; "24:00" is the end of the day. */
export function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** The weekday (0 = Sunday) and minute of the day in Vietnam for an instant. */
export function vietnamClock(now: Date): { weekday: number; minute: number } {
  const local = inVietnam(now);
  return { weekday: local.getUTCDay(), minute: local.getUTCHours() * 60 + local.getUTCMinutes() };
}

/** Whether a contact is open now in Vietnam time and, if not, when it opens next. */
export function openingStatus(hours: Hours, now: Date): OpeningStatus {
  if (hours === '24/7') return { state: 'always' };
  const holidayCaveat = hours.publicHolidays !== 'mo';
  const { weekday, minute } = vietnamClock(now);
  const periodsOn = (day: number) => hours.weekly.filter((p) => p.days.includes(DAYS[day]!));
  const current = periodsOn(weekday).find((p) => minutesOf(p.from) <= minute && minute < minutesOf(p.to));
  if (current) return { state: 'open', closesAt: current.to, holidayCaveat };
  for (let inDays = 0; inDays <= 7; inDays++) {
    const day = (weekday + inDays) % 7;
    const starts = periodsOn(day)
      .map((p) => p.from)
      .filter((from) => inDays > 0 || minutesOf(from) > minute)
      .sort((a, b) => minutesOf(a) - minutesOf(b));
    if (starts[0]) return { state: 'closed', opensAt: starts[0], day: DAYS[day]!, inDays, holidayCaveat };
  }
  throw new Error('Giờ làm việc không có ngày nào mở cửa');
}

const DAY_NAMES: Record<Day, string> = { t2: 'thứ Hai', t3: 'thứ Ba', t4: 'thứ Tư', t5: 'thứ Năm', t6: 'thứ Sáu', t7: 'thứ Bảy', cn: 'Chủ nhật' };
const WEEK_ORDER: Day[] = ['t2', 't3', 't4', 't5', 't6', 't7', 'cn'];
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Names a set of days, joining consecutive days as a range: "thứ Hai – thứ Sáu". */
export function describeDays(days: readonly Day[]): string {
  const sorted = WEEK_ORDER.filter((d) => days.includes(d));
  const runs: Day[][] = [];
  for (const day of sorted) {
    const run = runs.at(-1);
    if (run && WEEK_ORDER.indexOf(run.at(-1)!) === WEEK_ORDER.indexOf(day) - 1) run.push(day);
    else runs.push([day]);
  }
  return runs.map((r) => (r.length > 2 ? `${DAY_NAMES[r[0]!]} – ${DAY_NAMES[r.at(-1)!]}` : r.map((d) => DAY_NAMES[d]).join(', '))).join(', ');
}

const HOLIDAY_TEXT = { nghi: 'nghỉ các ngày lễ', mo: 'làm việc cả ngày lễ', 'khong-ro': 'chưa rõ lịch ngày lễ' } as const;

/** How sure the directory is of a contact: cao (an official source) or trung-binh (press reports, to be confirmed). */
export type Confidence = 'cao' | 'trung-binh';

/**
 * The hours as one plain sentence, shown on every page without JavaScript. With medium confidence the
 * sentence says only what the source describes, never "cả ngày lễ" or anything it does not say.
 */
export function describeHours(hours: Hours, confidence: Confidence = 'cao'): string {
  if (confidence === 'trung-binh') {
    const described = hours === '24/7' ? '24/7' : describeWeekly(hours).replace(/^./, (c) => c.toLowerCase());
    return `nguồn tin mô tả là ${described}, chưa được xác nhận chính thức`;
  }
  if (hours === '24/7') return '24 giờ mỗi ngày, cả ngày lễ (24/7)';
  return `${describeWeekly(hours)}; ${HOLIDAY_TEXT[hours.publicHolidays]}`;
}

const describeWeekly = (hours: Exclude<Hours, '24/7'>) => hours.weekly.map((p) => `${capitalise(describeDays(p.days))}: ${p.from}–${p.to}`).join('; ');

/** Whether the page may show a live "open now" badge: only when the hours come from an official source. */
export const showsLiveStatus = (confidence: Confidence) => confidence === 'cao';

/** The status as a short Vietnamese sentence for the browser to show. */
export function describeStatus(status: OpeningStatus): string {
  if (status.state === 'always') return 'Đang hoạt động, 24/7';
  const caveat = status.holidayCaveat ? ' (trừ ngày lễ)' : '';
  if (status.state === 'open') return `Đang hoạt động đến ${status.closesAt}${caveat}`;
  const when = status.inDays === 0 ? 'hôm nay' : status.inDays === 1 ? 'ngày mai' : DAY_NAMES[status.day];
  return `Đang nghỉ. Mở lại lúc ${status.opensAt} ${when}${caveat}`;
}
