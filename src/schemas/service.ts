import { z } from 'astro/zod';
import { DAYS, type Hours } from '../features/support/lib/opening-hours.ts';
import { parseVietnamesePhone } from '../features/support/lib/phone.ts';
import { httpsUrl, isHttpsUrl, pastDate, text } from './common.ts';

/** What a service helps with; the directory groups services by these, in this order. */
export const TOPICS = [
  'khan-cap',
  'bao-luc-gia-dinh',
  'bao-luc-gioi',
  'bao-luc-tinh-duc',
  'mua-ban-nguoi',
  'xam-hai-tre-em',
  'tro-giup-phap-ly',
  'y-te',
  'tu-van-tam-ly',
  'noi-tam-lanh',
] as const;

/** Where a service works: the whole country, the city, or the ward. */
export const SCOPES = ['quoc-gia', 'thanh-pho', 'phuong'] as const;

const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const isTime = (value: string) => TIME.test(value);
const time = () => z.string().regex(TIME, 'phải là giờ dạng HH:MM, ví dụ "08:00" hoặc "17:30"');

/** One weekly period, in Vietnam time. */
const weeklyPeriodSchema = z
  .strictObject({
    /** Days it applies to: t2 (thứ Hai) … t7 (thứ Bảy), cn (Chủ nhật). */
    days: z.array(z.enum(DAYS, { error: `ngày phải là một trong: ${DAYS.join(', ')}` })).min(1, 'cần ít nhất một ngày'),
    /** Opening time, "HH:MM". */
    from: time(),
    /** Closing time, "HH:MM", later than `from`. */
    to: time(),
  })
  .refine((p) => !isTime(p.from) || !isTime(p.to) || p.from < p.to, { message: 'giờ đóng (to) phải sau giờ mở (from)', path: ['to'] });

const HOLIDAYS = ['nghi', 'mo', 'khong-ro'] as const;

/**
 * When a contact answers: `always: true` for 24/7, or a weekly timetable in Vietnam time with the
 * rule for public holidays. One object (not the string "24/7" or a timetable) so the browser
 * editor can show it as one form; the parsed value is the `Hours` the site uses.
 */
export const hoursSchema = z
  .strictObject(
    {
      /** Open all day, every day (24/7). */
      always: z.boolean().default(false),
      /** The weekly timetable; empty when `always` is true. */
      weekly: z.array(weeklyPeriodSchema).default([]),
      /** On public holidays: nghi (closed), mo (open as usual) or khong-ro (not known); only with a weekly timetable. */
      publicHolidays: z.enum(HOLIDAYS, { error: 'ngày lễ phải là nghi, mo hoặc khong-ro' }).optional(),
    },
    { error: 'giờ làm việc phải có always: true (mở 24/7), hoặc weekly (các khung giờ) và publicHolidays' },
  )
  .superRefine((hours, ctx) => {
    if (hours.always) return;
    if (hours.weekly.length === 0) ctx.addIssue({ code: 'custom', path: ['weekly'], message: 'cần ít nhất một khung giờ, hoặc always: true nếu mở 24/7' });
    if (!hours.publicHolidays) ctx.addIssue({ code: 'custom', path: ['publicHolidays'], message: 'ngày lễ phải là nghi, mo hoặc khong-ro' });
  })
  .transform((hours): Hours => (hours.always ? '24/7' : { weekly: hours.weekly, publicHolidays: hours.publicHolidays ?? 'khong-ro' }));

/** One way to reach a service. */
export const contactSchema = z
  .strictObject({
    /** dien-thoai (phone), zalo, web, ung-dung (app) or dia-chi (address). */
    kind: z.enum(['dien-thoai', 'zalo', 'web', 'ung-dung', 'dia-chi'], { error: 'kind phải là dien-thoai, zalo, web, ung-dung hoặc dia-chi' }),
    /** The number, the web address or the postal address. */
    value: text(),
    /** When it answers. */
    hours: hoursSchema,
    /** mien-phi (free) or nguoi-goi-tra-cuoc (charged to the caller); for a phone line. */
    cost: z.enum(['mien-phi', 'nguoi-goi-tra-cuoc', 'khong-ro'], { error: 'cost phải là mien-phi, nguoi-goi-tra-cuoc hoặc khong-ro' }),
    /** A short note shown beside the contact, e.g. "Báo tin mua bán người". */
    note: text().optional(),
  })
  .superRefine((contact, ctx) => {
    if (contact.kind === 'dien-thoai') {
      const parsed = parseVietnamesePhone(contact.value);
      if (!parsed.ok) ctx.addIssue({ code: 'custom', path: ['value'], message: parsed.message });
    }
    if (contact.kind === 'web' && !isHttpsUrl(contact.value)) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'địa chỉ web phải bắt đầu bằng https://' });
    }
  });

/** A place or line that helps people facing violence, abuse or trafficking: one file in content/services/. */
export const serviceSchema = z
  .strictObject({
    /** Full name, e.g. "Tổng đài điện thoại quốc gia bảo vệ trẻ em". */
    name: text(),
    /** One or two sentences: what it does, in plain words. */
    summary: text(),
    /** What it helps with, from the fixed list of topics, its main purpose first (it leads that group). */
    topics: z.array(z.enum(TOPICS, { error: `chủ đề phải là một trong: ${TOPICS.join(', ')}` })).min(1, 'cần ít nhất một chủ đề'),
    /** Who it serves, e.g. "Trẻ em dưới 16 tuổi, cha mẹ, người chứng kiến". */
    audience: text(),
    /** quoc-gia, thanh-pho or phuong. */
    scope: z.enum(SCOPES, { error: `phạm vi phải là một trong: ${SCOPES.join(', ')}` }),
    /** Ways to reach it; a published entry needs at least one. */
    contacts: z.array(contactSchema).default([]),
    /** Public web pages that confirm the contacts (https://…). */
    source: z.array(httpsUrl('nguồn phải là địa chỉ đầy đủ bắt đầu bằng https://')).optional(),
    /** The day staff last checked the contacts against the source. */
    verifiedAt: pastDate().optional(),
    /** cao (high) or trung-binh (medium, shown to staff as "cần xác nhận"). */
    confidence: z.enum(['cao', 'trung-binh'], { error: 'độ tin cậy phải là cao hoặc trung-binh' }).default('cao'),
    /** A draft is built nowhere: it waits for verified contacts. */
    draft: z.boolean().default(false),
    /** Order within a group: lower first. Emergency lines use small numbers. */
    order: z.number().int().default(100),
  })
  .superRefine((service, ctx) => {
    if (service.draft) return;
    if (!service.source?.length)
      ctx.addIssue({ code: 'custom', path: ['source'], message: 'cần ít nhất một nguồn (địa chỉ https://) trước khi đăng; nếu chưa có, đặt draft: true' });
    if (!service.verifiedAt)
      ctx.addIssue({ code: 'custom', path: ['verifiedAt'], message: 'cần ngày kiểm tra gần nhất dạng YYYY-MM-DD; nếu chưa kiểm tra, đặt draft: true' });
    if (service.contacts.length === 0)
      ctx.addIssue({ code: 'custom', path: ['contacts'], message: 'cần ít nhất một cách liên hệ đã kiểm tra; nếu chưa có, đặt draft: true' });
  });

export type SupportService = z.infer<typeof serviceSchema>;
export type Contact = z.infer<typeof contactSchema>;
export type Topic = (typeof TOPICS)[number];
export type Scope = (typeof SCOPES)[number];
