import type { SupportService } from '../../../schemas/service.ts';
import { checkCollection } from './check-entries.ts';

/** A service with its id, the file name without extension (also its URL slug). */
export type ServiceEntry = SupportService & { id: string };

/** Checks every file in content/services/; a service's id is its file name and nothing else. */
export function checkServices(root: string) {
  const { checked, problems } = checkCollection(root, 'services');
  const services: ServiceEntry[] = checked.map(({ entry, value }) => ({ ...value, id: entry.id }));
  return { problems, services };
}
