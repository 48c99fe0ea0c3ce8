import { ui } from '../../../i18n/ui.ts';
import { INDICATOR_COLUMNS, OBSERVATION_COLUMNS, jsonDownload, observationRows, toCsv } from './open-data.ts';
import { isIllustrative } from './illustrative.ts';
import type { IndicatorProgress } from './series.ts';
import { indicatorDownloadFile } from '../../../shared/lib/routes.ts';

/** The files of /du-lieu/, by name, each built from the same rows as CSV and JSON. */
export function downloadFiles(items: readonly IndicatorProgress[]): Record<string, string> {
  const notice = (list: readonly IndicatorProgress[]) => (isIllustrative(list.flatMap((i) => i.series)) ? `${ui.progress.illustrative}.` : null);
  const files: Record<string, string> = {
    'so-lieu.csv': toCsv(OBSERVATION_COLUMNS, observationRows(items)),
    'so-lieu.json': jsonDownload(OBSERVATION_COLUMNS, observationRows(items), notice(items)),
    'chi-tieu.csv': toCsv(INDICATOR_COLUMNS, items),
    'chi-tieu.json': jsonDownload(INDICATOR_COLUMNS, items, notice(items)),
  };
  for (const item of items) {
    const rows = observationRows([item]);
    files[indicatorDownloadFile(item.indicator.id, 'csv')] = toCsv(OBSERVATION_COLUMNS, rows);
    files[indicatorDownloadFile(item.indicator.id, 'json')] = jsonDownload(OBSERVATION_COLUMNS, rows, notice([item]), {
      status: item.progress.status,
      statement: item.indicator.statement,
    });
  }
  return files;
}

/**
 * Static paths for one download route, e.g. /du-lieu/[name].csv or /du-lieu/chi-tieu/[name].json:
 * the files of `folder` with that extension. Each route has its extension in its file name, so
 * Astro serves it as a file (no trailing slash), in dev as in the build.
 */
export function downloadPaths(items: readonly IndicatorProgress[], folder: '' | 'chi-tieu/', extension: 'csv' | 'json') {
  return Object.entries(downloadFiles(items))
    .map(([file, body]) => ({ name: file.slice(folder.length, -extension.length - 1), file, body }))
    .filter(({ file, name }) => file.startsWith(folder) && file.endsWith(`.${extension}`) && !name.includes('/'))
    .map(({ name, body }) => ({ params: { name }, props: { body } }));
}

/** The response for a download, with its Content-Type. */
export function downloadResponse(body: string, extension: 'csv' | 'json'): Response {
  return new Response(body, { headers: { 'Content-Type': extension === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8' } });
}
