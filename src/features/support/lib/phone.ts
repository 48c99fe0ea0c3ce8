import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/** The national short codes, allowed by name because libphonenumber does not validate them. */
export const SHORT_CODES = ['111', '112', '113', '114', '115'] as const;

/** The old child and trafficking helpline: moved to 111, never published as a working line. */
export const RETIRED_NUMBERS: Record<string, string> = { '18001567': '111' };

export type ParsedPhone =
  | { ok: true; digits: string; display: string }
  | { ok: false; message: string };

/** Separators staff type between digits, and invisible characters pasted with a number. */
const SEPARATORS = /[\s.\-()\u00A0\u00AD\u200B-\u200F\u2060\uFEFF]/g;

const digitsOf = (value: string) => value.replace(SEPARATORS, '');

/**
 * A number as staff may write it, reduced once to its national form: separators and invisible
 * characters dropped, +84 or 0084 replaced by the leading 0 (or dropped before 1800/1900 and
 * short codes). "+84 1800.1567" and "(1800) 1567" both become "18001567".
 */
export function normalisePhone(value: string): string {
  const compact = digitsOf(value.trim());
  const international = /^(?:\+|00)84(\d+)$/.exec(compact)?.[1];
  if (international === undefined) return compact;
  return /^(?:1[89]00|11\d$)/.test(international) ? international : `0${international}`;
}

/** Validates a Vietnamese phone number as staff write it and returns its dialable digits and display form. */
export function parseVietnamesePhone(value: string): ParsedPhone {
  const compact = normalisePhone(value);
  if ((SHORT_CODES as readonly string[]).includes(compact)) return { ok: true, digits: compact, display: compact };
  if (!/^\+?\d+$/.test(compact)) return { ok: false, message: `"${value}" không phải số điện thoại: chỉ gồm chữ số và dấu cách, ví dụ "1800 1233"` };
  const phone = parsePhoneNumberFromString(compact, 'VN');
  if (!phone?.isValid() || phone.country !== 'VN') {
    return { ok: false, message: `"${value}" không phải số điện thoại Việt Nam hợp lệ (số cố định, di động, 1800/1900, hoặc ${SHORT_CODES.join(', ')})` };
  }
  const digits = digitsOf(phone.formatNational());
  // Keep the staff's own grouping ("1900 969 680") when it is just spaces between the same digits.
  const spaced = value.trim().replace(/\s+/g, ' ');
  const display = /^\d+( \d+)+$/.test(spaced) && digitsOf(spaced) === digits ? spaced : phone.formatNational();
  return { ok: true, digits, display };
}

/** The tel: link for a valid number: national digits, which every Vietnamese phone dials. */
export function telHref(value: string): string {
  const parsed = parseVietnamesePhone(value);
  if (!parsed.ok) throw new Error(parsed.message);
  return `tel:${parsed.digits}`;
}

/** The number a retired line moved to, or undefined if the number is not retired. */
export function retiredReplacement(value: string): string | undefined {
  return RETIRED_NUMBERS[normalisePhone(value)];
}
