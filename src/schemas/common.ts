import { z } from 'astro/zod';
import { dayStart, isCalendarDay, ISO_DAY, isoDay, vietnamDay } from '../shared/lib/dates.ts';
import { SLUG } from '../shared/lib/slug.ts';
import { unknownFieldMessage } from '../features/content/lib/suggest.ts';

/** Zod's type names in words staff use. */
const TYPE_NAMES: Record<string, string> = {
  string: 'chữ',
  number: 'một số',
  int: 'một số nguyên',
  boolean: 'true hoặc false',
  array: 'một danh sách (mỗi phần tử bắt đầu bằng "- " hoặc viết trong [ ])',
  object: 'một nhóm trường (các dòng "tên: giá trị" thụt lề bên dưới)',
  null: 'null',
  date: 'một ngày',
};

/** A value as staff would recognise it in the error message. */
function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'một danh sách';
  if (typeof value === 'object') return 'một nhóm trường';
  if (typeof value === 'string') return `chữ "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return `${TYPE_NAMES[typeof value] ?? 'giá trị'} ${String(value)}`;
}

/** Error map passed per parse (not global config): an unknown field gets a "did you mean" suggestion. */
export const fieldErrorMap: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'invalid_type') {
    if (issue.input === undefined) return 'cần có trường này';
    return `phải là ${TYPE_NAMES[issue.expected] ?? issue.expected}, không phải ${describeValue(issue.input)}`;
  }
  if (issue.code === 'too_big' || issue.code === 'too_small') {
    const limit = Number(issue.code === 'too_big' ? issue.maximum : issue.minimum);
    const bound = issue.code === 'too_big' ? (issue.inclusive === false ? 'nhỏ hơn' : 'tối đa') : issue.inclusive === false ? 'lớn hơn' : 'ít nhất';
    if (issue.origin === 'array') return `cần ${bound} ${limit} phần tử`;
    if (issue.origin === 'string') return `cần ${bound} ${limit} ký tự`;
    return `phải ${bound === 'tối đa' ? 'không lớn hơn' : bound === 'ít nhất' ? 'không nhỏ hơn' : bound} ${limit}`;
  }
  if (issue.code === 'invalid_value') return `phải là một trong: ${issue.values.map(String).join(', ')}`;
  if (issue.code === 'invalid_format' && issue.format === 'regex') return 'viết chưa đúng dạng quy định cho trường này';
  if (issue.code !== 'unrecognized_keys') return undefined;
  const shape = (issue.inst as { _zod?: { def?: { shape?: Record<string, unknown> } } } | undefined)?._zod?.def?.shape ?? {};
  return issue.keys.map((key) => unknownFieldMessage(key, Object.keys(shape))).join('; ');
};

/** Ids that appear twice in a list, ignoring letter case. */
export function duplicateIds(ids: readonly string[]): { index: number; id: string; first: number }[] {
  const seen = new Map<string, number>();
  return ids.flatMap((id, index) => {
    const first = seen.get(id.toLowerCase());
    if (first === undefined) seen.set(id.toLowerCase(), index);
    return first === undefined ? [] : [{ index, id, first }];
  });
}

/** A non-empty string, trimmed: staff often leave stray spaces in YAML. */
export const text = () => z.string().trim().min(1, 'không được để trống');

/** A lowercase ASCII slug used as a stable id in URLs and references. */
export const slug = () => z.string().regex(SLUG, 'chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ "tram-y-te"');

/** Whether a value is a full https:// address a browser can open (no spaces, no backslash). */
export function isHttpsUrl(value: string): boolean {
  if (!/^https:\/\/[^\s\\]+$/.test(value) || !URL.canParse(value)) return false;
  const url = new URL(value);
  return url.protocol === 'https:' && url.hostname.includes('.') && url.username === '' && url.password === '';
}

/** Whether a value is a path on this site: one leading "/", never "//" or "/\" (which browsers read as another site). */
export const isInternalPath = (value: string) => /^\/(?![/\\])[^\s\\]*$/.test(value);

/** A full https:// address (no http:, javascript:, data: or anything else). */
export const httpsUrl = (message = 'phải là địa chỉ đầy đủ bắt đầu bằng https://') => z.string().refine(isHttpsUrl, { message });

/** An https:// address, or a path on this site starting with a single "/". */
export const link = () =>
  z.string().refine((value) => isHttpsUrl(value) || isInternalPath(value), {
    message: 'phải là địa chỉ bắt đầu bằng https:// hoặc đường dẫn trong trang bắt đầu bằng một dấu /',
  });

/** Why a date is wrong, in words staff recognise. */
function dateMessage(value: unknown): string {
  if (typeof value === 'number') return `phải là ngày đủ dạng YYYY-MM-DD, ví dụ ${value}-05-07 (một con số như ${value} chưa phải là ngày)`;
  if (typeof value !== 'string') return 'phải là ngày dạng YYYY-MM-DD, ví dụ 2026-05-07';
  if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$/.test(value)) return `"${value}" viết theo kiểu ngày/tháng/năm; hãy viết năm-tháng-ngày, ví dụ 2026-05-07`;
  if (ISO_DAY.test(value)) return `ngày ${value} không có trên lịch (kiểm tra số ngày của tháng)`;
  return `"${value}" phải là ngày dạng YYYY-MM-DD, ví dụ 2026-05-07`;
}

/**
 * A calendar date written as YYYY-MM-DD text, checked to be a real day, then read as UTC midnight.
 * The YAML reader keeps dates as text, so no parser's timestamp rules ever decide what a date is.
 */
export const isoDate = () =>
  z
    .unknown()
    .superRefine((value, ctx) => {
      if (typeof value !== 'string' || !isCalendarDay(value)) ctx.addIssue({ code: 'custom', message: dateMessage(value), input: value });
    })
    .transform((value) => dayStart(value as string))
    // For the browser editor's forms (generated from the JSON Schema): a date picker writing YYYY-MM-DD.
    .meta({ type: 'string', format: 'date' });

/** A real calendar day that is not later than today in Vietnam (e.g. the day something was checked). */
export const pastDate = () =>
  isoDate().refine((date) => isoDay(date) <= vietnamDay(new Date()), { message: 'ngày này chưa đến; ghi ngày đã thực sự kiểm tra' });
