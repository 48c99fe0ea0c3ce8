import { referenceFigureSchema } from '../../schemas/reference.ts';
import { checkList, entryLabel } from './check-entries.ts';
import { CONTENT_PATHS, readDataFile } from './files.ts';
import type { ContentProblem } from './problems.ts';

/** Checks the sourced reference figures and that each names indicators that exist. */
export function checkReferenceData(root: string, indicatorIds: ReadonlySet<string> | null) {
  const problems: ContentProblem[] = [];
  const file = CONTENT_PATHS.referenceData;
  const { values, problems: found } = checkList(file, readDataFile(root, file, problems), referenceFigureSchema);
  problems.push(...found);
  values.forEach((figure, index) => {
    figure.indicators.forEach((id, i) => {
      if (indicatorIds && !indicatorIds.has(id)) problems.push({ file, field: `${entryLabel(index, figure)} › indicators[${i}]`, message: `không có chỉ tiêu "${id}" trong ${CONTENT_PATHS.indicators}` });
    });
  });
  return { problems, figures: values };
}
