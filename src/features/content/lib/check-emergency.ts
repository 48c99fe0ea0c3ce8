import { parseVietnamesePhone } from '../../support/lib/phone.ts';
import type { Ward } from '../../../schemas/ward.ts';
import { problemAt } from './check-entries.ts';
import type { RawEntry } from './files.ts';
import type { ContentProblem } from './problems.ts';

/** Problems for numbers of the emergency box (ward.yaml) that no published service lists: the box shows only lines the directory sources. */
export function checkEmergencyNumbers(entry: RawEntry, ward: Pick<Ward, 'emergency'>, published: ReadonlySet<string>): ContentProblem[] {
  return ward.emergency.flatMap((line, i) => {
    const parsed = parseVietnamesePhone(line.phone);
    if (!parsed.ok || published.has(parsed.digits)) return [];
    return [
      problemAt(
        entry,
        ['emergency', i, 'phone'],
        `số "${line.phone}" không có ở nơi hỗ trợ nào đã đăng trong content/services/; khung khẩn cấp chỉ ghi số đã có trong danh bạ, kèm nguồn`,
      ),
    ];
  });
}
