import { normalisePhone, parseVietnamesePhone, RETIRED_NUMBERS } from '../../support/lib/phone.ts';
import type { ServiceEntry } from './check-services.ts';

/** Digits with the separators and invisible characters staff put between them, optionally after + or 00. */
const RUN = /(?:\+|\b00)?\(?\d(?:[\d \t.\-()\u00A0\u00AD\u200B-\u200F\u2060\uFEFF]*\d)?/g;

/** Every number-like run in a text, as written and in national form ("+84 1800.1567" → "18001567"). */
export function phoneRuns(text: string): { raw: string; national: string }[] {
  return [...text.matchAll(RUN)].map(([raw]) => ({ raw, national: normalisePhone(raw.replace(/^\(|\)$/g, '')) }));
}

/** The line that replaced a retired number anywhere in a text, e.g. "111" for "+84 1800 1567", else undefined. */
export function retiredNumberIn(text: string): { raw: string; replacement: string } | undefined {
  for (const run of phoneRuns(text)) {
    const digits = run.national.replace(/\D/g, '');
    for (const [retired, replacement] of Object.entries(RETIRED_NUMBERS)) if (digits.includes(retired)) return { raw: run.raw.trim(), replacement };
  }
  return undefined;
}

/** The message for a retired number found in content. */
export const retiredMessage = (found: { raw: string; replacement: string }) =>
  `số ${found.raw} đã ngừng, nay là ${found.replacement}; không đăng số cũ ở bất cứ đâu`;

/** National forms of every phone or Zalo number that a published service lists. */
export function publishedNumbers(services: readonly ServiceEntry[]): Set<string> {
  const numbers = new Set<string>();
  for (const service of services) {
    if (service.draft) continue;
    for (const contact of service.contacts) {
      const parsed = contact.kind === 'dien-thoai' || contact.kind === 'zalo' ? parseVietnamesePhone(contact.value) : undefined;
      if (parsed?.ok) numbers.add(parsed.digits);
    }
  }
  return numbers;
}
