import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/** The national short codes, allowed by name because libphonenumber does not validate them. */
export const SHORT_CODES = ['111', '112', '113', '114', '115'] as const;

/** The old child and trafficking helpline: moved to 111, never published as a working line. */
export const RETIRED_NUMBERS: Record<string, string> = { '18001567': '111' };

export type ParsedPhone = { ok: true; digits: string; display: string } | { ok: false; message: string };

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

/** A number ready to print as a call link: its dialable digits, how it is shown, and its tel: link. */
export interface PhoneLink {
  digits: string;
  display: string;
  href: string;
}

const linkOf = ({ digits, display }: { digits: string; display: string }): PhoneLink => ({ digits, display, href: `tel:${digits}` });

/**
 * A valid number as a call link: national digits in the tel: link, which every Vietnamese phone dials,
 * and the number as staff grouped it. Throws on an invalid number rather than printing a broken link
 * (the content guard stops those before a build).
 */
export function phoneLink(value: string): PhoneLink {
  const parsed = parseVietnamesePhone(value);
  if (!parsed.ok) throw new Error(parsed.message);
  return linkOf(parsed);
}

/** Whether a contact is a phone line (contacts are also Zalo, web, app or address). */
export const isPhoneLine = (contact: { kind: string }): boolean => contact.kind === 'dien-thoai';

/** A published phone line with the service and contact it belongs to. */
export interface PhoneLine<S, C> extends PhoneLink {
  service: S;
  contact: C;
}

/** Every phone line of these services whose number is valid, in the services' order. */
export function phoneLines<S extends { contacts: readonly { kind: string; value: string }[] }>(services: readonly S[]): PhoneLine<S, S['contacts'][number]>[] {
  return services.flatMap((service) =>
    service.contacts.filter(isPhoneLine).flatMap((contact) => {
      const parsed = parseVietnamesePhone(contact.value);
      return parsed.ok ? [{ service, contact, ...linkOf(parsed) }] : [];
    }),
  );
}

/** The number a retired line moved to, or undefined if the number is not retired. */
export function retiredReplacement(value: string): string | undefined {
  return RETIRED_NUMBERS[normalisePhone(value)];
}
