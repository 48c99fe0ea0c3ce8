import type { Indicator } from '../../../schemas/indicator.ts';
import { ui } from '../../../i18n/ui.ts';
import { isoDay } from '../../../shared/lib/dates.ts';
import { isIllustrative, namesPublisher } from './illustrative.ts';
import type { IndicatorProgress, SeriesPoint } from './series.ts';

type Cell = string | number | boolean | null;

/** A column of a download: its name in the file, what it holds (for the data dictionary) and how to read it from a row. */
export interface Column<Row> {
  key: string;
  type: 'chuỗi' | 'số' | 'ngày' | 'đúng/sai';
  description: string;
  get: (row: Row) => Cell;
}

/** One indicator in one reporting period: a row of the observations download. */
export interface ObservationRow {
  indicator: Indicator;
  point: SeriesPoint;
}

/** The first column of every download, read before any figure: says in Vietnamese when a row's figures are illustrative. */
const natureColumn = <Row>(points: (row: Row) => SeriesPoint[]): Column<Row> => ({
  key: 'loai_so_lieu',
  type: 'chuỗi',
  description: `"${ui.progress.illustrative}" khi số liệu của dòng là số liệu minh họa; trống khi không phải.`,
  get: (row) => (isIllustrative(points(row)) ? ui.progress.illustrative : null),
});

const indicatorColumns: Column<{ indicator: Indicator }>[] = [
  { key: 'indicator_id', type: 'chuỗi', description: 'Mã chỉ tiêu theo Kế hoạch, ví dụ "3.2a".', get: (r) => r.indicator.id },
  { key: 'indicator_name', type: 'chuỗi', description: 'Tên ngắn của chỉ tiêu.', get: (r) => r.indicator.shortName },
  { key: 'objective', type: 'số', description: 'Số thứ tự mục tiêu cụ thể (1–6) mà chỉ tiêu thuộc về.', get: (r) => r.indicator.objective },
  { key: 'kind', type: 'chuỗi', description: '"quantitative": đo bằng số; "qualitative": đánh giá bằng trạng thái.', get: (r) => r.indicator.kind },
  { key: 'unit', type: 'chuỗi', description: 'Đơn vị đo của giá trị, ví dụ "%", "lần"; trống với chỉ tiêu định tính.', get: (r) => r.indicator.unit },
  { key: 'target_value', type: 'số', description: 'Giá trị mục tiêu, cùng đơn vị với value.', get: (r) => r.indicator.target.value },
  {
    key: 'target_comparator',
    type: 'chuỗi',
    description:
      'Cách trang so số liệu với mục tiêu khi đánh giá tiến độ (lời của Kế hoạch ở cột target_text): gte (lớn hơn hoặc bằng), gt (lớn hơn), lte (nhỏ hơn hoặc bằng), lt (nhỏ hơn), eq (bằng).',
    get: (r) => r.indicator.target.comparator,
  },
  {
    key: 'target_year',
    type: 'số',
    description: 'Năm phải đạt mục tiêu theo Kế hoạch; trống khi Kế hoạch không nêu năm.',
    get: (r) => r.indicator.target.year,
  },
  { key: 'target_text', type: 'chuỗi', description: 'Mục tiêu theo lời văn của Kế hoạch.', get: (r) => r.indicator.target.text },
];

/** Columns of the observations downloads (all periods, and one indicator's series). */
export const OBSERVATION_COLUMNS: Column<ObservationRow>[] = [
  natureColumn((r) => [r.point]),
  { key: 'period', type: 'số', description: 'Kỳ báo cáo: năm mà số liệu mô tả.', get: (r) => r.point.year },
  {
    key: 'published',
    type: 'ngày',
    description: 'Ngày công bố số liệu của kỳ (YYYY-MM-DD); trống với số liệu minh họa, vì không ai công bố chúng.',
    get: (r) => (namesPublisher(r.point) ? isoDay(r.point.published) : null),
  },
  { key: 'reporting_unit', type: 'chuỗi', description: 'Mã đơn vị tổng hợp số liệu của kỳ; trống với số liệu minh họa.', get: (r) => r.point.reportingUnit },
  ...indicatorColumns,
  { key: 'value', type: 'số', description: 'Giá trị đo được, dấu chấm thập phân; trống nếu chưa có số liệu.', get: (r) => r.point.value },
  { key: 'state', type: 'chuỗi', description: 'Trạng thái của chỉ tiêu định tính: chua-trien-khai, dang-trien-khai hoặc da-dat.', get: (r) => r.point.state },
  { key: 'source', type: 'chuỗi', description: 'Nguồn số liệu hoặc cách tính.', get: (r) => r.point.source },
  { key: 'note', type: 'chuỗi', description: 'Ghi chú, ví dụ vì sao chưa có số liệu.', get: (r) => r.point.note },
  { key: 'provisional', type: 'đúng/sai', description: 'true nếu là số liệu sơ bộ, có thể còn thay đổi.', get: (r) => r.point.provisional },
  {
    key: 'illustrative',
    type: 'đúng/sai',
    description: 'true nếu số liệu của dòng là số liệu minh họa, không phải số liệu chính thức.',
    get: (r) => isIllustrative([r.point]),
  },
];

/** Columns of the indicators download: one row per indicator with its latest figure and status. */
export const INDICATOR_COLUMNS: Column<IndicatorProgress>[] = [
  natureColumn((r) => r.series),
  ...indicatorColumns,
  {
    key: 'responsible',
    type: 'chuỗi',
    description: 'Mã các đơn vị chủ trì, báo cáo, cách nhau bằng dấu chấm phẩy.',
    get: (r) => r.indicator.responsible.join(';'),
  },
  { key: 'latest_period', type: 'số', description: 'Kỳ có số liệu mới nhất.', get: (r) => r.latest?.year ?? null },
  { key: 'latest_value', type: 'số', description: 'Giá trị mới nhất.', get: (r) => r.latest?.value ?? null },
  { key: 'latest_state', type: 'chuỗi', description: 'Trạng thái mới nhất (chỉ tiêu định tính).', get: (r) => r.latest?.state ?? null },
  {
    key: 'status',
    type: 'chuỗi',
    description: 'Đánh giá tiến độ: achieved, on-track, accelerate, slow, regressing, in-progress, not-started, insufficient-data (xem trang Phương pháp).',
    get: (r) => r.progress.status,
  },
  {
    key: 'illustrative',
    type: 'đúng/sai',
    description: 'true nếu số liệu hoặc đánh giá của dòng dựa trên số liệu minh họa.',
    get: (r) => isIllustrative(r.series),
  },
];

/** Every indicator's figure in every period, by period then indicator. */
export function observationRows(items: readonly IndicatorProgress[]): ObservationRow[] {
  return items.flatMap((item) => item.series.map((point) => ({ indicator: item.indicator, point }))).sort((a, b) => a.point.year - b.point.year);
}

function csvCell(cell: Cell): string {
  if (cell === null) return '';
  // A text cell starting with = + - @ (or a tab or CR) would run as a formula in a spreadsheet:
  // a leading apostrophe keeps it text (OWASP "CSV injection"). Numbers stay numbers, -5 included.
  const text = typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV file (RFC 4180, CRLF) starting with a UTF-8 byte order mark, so Excel shows Vietnamese letters. */
export function toCsv<Row>(columns: readonly Column<Row>[], rows: readonly Row[]): string {
  const lines = [columns.map((c) => c.key), ...rows.map((row) => columns.map((c) => csvCell(c.get(row))))];
  return `\uFEFF${lines.map((cells) => cells.join(',')).join('\r\n')}\r\n`;
}

/** Rows as plain JSON objects keyed by column name. */
export function toRecords<Row>(columns: readonly Column<Row>[], rows: readonly Row[]): Record<string, Cell>[] {
  return rows.map((row) => Object.fromEntries(columns.map((c) => [c.key, c.get(row)])));
}

/** The JSON download of one table: a notice when figures are illustrative, then the rows. */
export function jsonDownload<Row>(columns: readonly Column<Row>[], rows: readonly Row[], notice: string | null, extra: Record<string, unknown> = {}): string {
  return `${JSON.stringify({ ...(notice ? { notice } : {}), ...extra, rows: toRecords(columns, rows) }, null, 2)}\n`;
}
