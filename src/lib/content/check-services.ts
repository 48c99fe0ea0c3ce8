import { basename } from 'node:path';
import { serviceSchema, type SupportService } from '../../schemas/service.ts';
import { checkSingle } from './check-entries.ts';
import { CONTENT_PATHS, listFiles, readDataFile } from './files.ts';
import type { ContentProblem } from './problems.ts';

/** A service with its id, the file name without extension (also its URL slug). */
export type ServiceEntry = SupportService & { id: string };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Checks every file in content/services/ and, when the ward's unit ids are known, each service's unit. */
export function checkServices(root: string, unitIds: ReadonlySet<string> | null) {
  const problems: ContentProblem[] = [];
  const services: ServiceEntry[] = [];
  for (const file of listFiles(root, CONTENT_PATHS.services, ['.yaml', '.yml'])) {
    const id = basename(file).replace(/\.ya?ml$/, '');
    if (!SLUG.test(id)) problems.push({ file, field: '(tên tệp)', message: 'tên tệp chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ "duong-day-111.yaml"' });
    const { value, problems: found } = checkSingle(file, readDataFile(root, file, problems), serviceSchema);
    problems.push(...found);
    if (!value) continue;
    if (value.unit && unitIds && !unitIds.has(value.unit)) {
      problems.push({ file, field: 'unit', message: `đơn vị "${value.unit}" không có trong content/ward.yaml; chọn một trong: ${[...unitIds].join(', ')}` });
    }
    services.push({ ...value, id });
  }
  return { problems, services };
}
