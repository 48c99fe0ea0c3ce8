import { checkCollection, problemAt } from './check-entries.ts';
import { CONTENT_PATHS } from './files.ts';

/** Checks the sourced reference figures and that each names indicators that exist. */
export function checkReferenceData(root: string, indicatorIds: ReadonlySet<string> | null) {
  const { checked, values, problems } = checkCollection(root, 'referenceData');
  for (const { entry, value: figure } of checked) {
    figure.indicators.forEach((id, i) => {
      if (indicatorIds && !indicatorIds.has(id))
        problems.push(problemAt(entry, ['indicators', i], `không có chỉ tiêu "${id}" trong ${CONTENT_PATHS.indicators}`));
    });
  }
  return { problems, figures: values };
}
