import { FAIL_AFTER_MONTHS, freshness, monthsBetween, WARN_AFTER_MONTHS } from '../../support/lib/freshness.ts';
import { formatDate } from '../../../shared/lib/dates.ts';
import type { ServiceEntry } from './check-services.ts';
import { CONTENT_PATHS } from './files.ts';
import type { ContentProblem } from './problems.ts';

/** Problems for published services checked too long ago: a warning from 6 months, an error from 12. */
export function freshnessProblems(services: readonly ServiceEntry[], today: Date): ContentProblem[] {
  return services.flatMap((service): ContentProblem[] => {
    if (service.draft || !service.verifiedAt) return [];
    const state = freshness(service.verifiedAt, today);
    if (state === 'fresh') return [];
    const months = monthsBetween(service.verifiedAt, today);
    const file = `${CONTENT_PATHS.services}/${service.id}.yaml`;
    const message =
      state === 'expired'
        ? `kiểm tra lần cuối ngày ${formatDate(service.verifiedAt)}, đã ${months} tháng (quá ${FAIL_AFTER_MONTHS} tháng): gọi thử, đối chiếu nguồn rồi sửa verifiedAt, hoặc đặt draft: true`
        : `kiểm tra lần cuối ngày ${formatDate(service.verifiedAt)}, đã ${months} tháng (từ ${WARN_AFTER_MONTHS} tháng): nên gọi thử và đối chiếu nguồn`;
    return [{ file, field: 'verifiedAt', message, level: state === 'expired' ? 'error' : 'warning' }];
  });
}
