import { joinList, t } from '../../../i18n/t.ts';
import { ui } from '../../../i18n/ui.ts';
import type { EmergencyNumber } from '../../../schemas/ward.ts';
import { parseVietnamesePhone } from '../../support/lib/phone.ts';

/** One line of the emergency box as the page links it. */
export interface EmergencyLine {
  /** The tel: link, national digits. */
  href: string;
  /** The number as read, e.g. "113". */
  display: string;
  /** Who answers, then cost and hours: "Công an · Miễn phí, 24/7". */
  label: string;
}

/** The emergency box's lines (content/ward.yaml, `emergency`), in the file's order. */
export function emergencyLines(numbers: readonly EmergencyNumber[]): EmergencyLine[] {
  return numbers.map((line) => {
    const parsed = parseVietnamesePhone(line.phone);
    if (!parsed.ok) throw new Error(`content/ward.yaml › emergency: ${parsed.message}`);
    return { href: `tel:${parsed.digits}`, display: parsed.display, label: [line.name, line.note].filter(Boolean).join(' · ') };
  });
}

/** "Nếu bạn đang gặp nguy hiểm, gọi 113": the box's first line is the one to call in danger. */
export function dangerLead(lines: readonly EmergencyLine[]): string {
  const first = lines[0];
  if (!first) throw new Error('content/ward.yaml › emergency: cần ít nhất một số khẩn cấp');
  return t(ui.support.dangerLead, { phone: first.display });
}

/** Every emergency number as one phrase: "113 hoặc 111". */
export const emergencyPhrase = (lines: readonly EmergencyLine[]): string =>
  joinList(
    lines.map((l) => l.display),
    ui.or,
  );
