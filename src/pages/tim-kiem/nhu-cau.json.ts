// Build-time only: the search records for the directory filtered by each need. The Pagefind
// integration adds them to the index and deletes this file (src/integrations/pagefind.ts).
import { services } from '../../data/site.ts';
import { ui } from '../../i18n/ui.ts';
import { needRecords } from '../../lib/search/help.ts';
import { TOPICS } from '../../schemas/service.ts';

export function GET() {
  return Response.json(needRecords(services, TOPICS, ui.support.topics, ui.search.directory));
}
