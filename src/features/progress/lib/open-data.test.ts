import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../../schemas/indicator.ts';
import { INDICATOR_COLUMNS, OBSERVATION_COLUMNS, observationRows, toCsv, toRecords, type Column } from './open-data.ts';
import { indicatorsProgress } from './series.ts';

const indicator: Indicator = {
  id: '1.1',
  objective: 1,
  label: 'Chỉ tiêu',
  statement: 's',
  shortName: 'Nữ lãnh đạo, "chủ chốt"',
  kind: 'quantitative',
  unit: '%',
  target: { value: 75, comparator: 'gte', year: 2030, text: '75%' },
  range: { min: 0, max: 100 },
  baseline: null,
  responsible: ['a', 'b'],
};
const snapshot = (period: number, value: number | null) => ({
  period,
  published: new Date('2026-11-28'),
  reportingUnit: 'a',
  values: { '1.1': { value, source: 'Minh họa, không phải số đo', provisional: false, illustrative: true } },
});
const items = indicatorsProgress([indicator], [snapshot(2028, 62.5), snapshot(2026, 50)], 2030);

describe('toCsv', () => {
  const columns: Column<Record<string, string | number | null>>[] = [
    { key: 'a', type: 'chuỗi', description: '', get: (r) => r.a ?? null },
    { key: 'b', type: 'số', description: '', get: (r) => r.b ?? null },
  ];
  it.each([
    [{ a: 'Lê Chân', b: 1.4 }, 'Lê Chân,1.4'],
    [{ a: 'có, dấu phẩy', b: null }, '"có, dấu phẩy",'],
    [{ a: 'nói "không"', b: 0 }, '"nói ""không""",0'],
    [{ a: 'hai\ndòng', b: 2 }, '"hai\ndòng",2'],
    [{ a: '=HYPERLINK("https://example.org")', b: -5 }, '"\'=HYPERLINK(""https://example.org"")",-5'],
    [{ a: '+84 912', b: 1 }, "'+84 912,1"],
    [{ a: '-1+2', b: 1 }, "'-1+2,1"],
    [{ a: '@SUM(A1)', b: 1 }, "'@SUM(A1),1"],
    [{ a: '\tx', b: 1 }, "'\tx,1"],
    [{ a: '\r=1', b: 1 }, '"\'\r=1",1'],
  ])('writes %o as %s', (row, line) => expect(toCsv(columns, [row])).toBe(`\uFEFFa,b\r\n${line}\r\n`));

  it('starts with a byte order mark so Excel reads UTF-8', () => expect(toCsv(columns, []).charCodeAt(0)).toBe(0xfeff));
});

describe('observationRows', () => {
  it('gives one row per period, in period order, with the indicator and flags', () => {
    const records = toRecords(OBSERVATION_COLUMNS, observationRows(items));
    expect(records.map((r) => [r.loai_so_lieu, r.period, r.indicator_id, r.value, r.illustrative, r.published])).toEqual([
      ['Số liệu minh họa, không phải số liệu chính thức', 2026, '1.1', 50, true, null],
      ['Số liệu minh họa, không phải số liệu chính thức', 2028, '1.1', 62.5, true, null],
    ]);
  });

  it('labels illustrative rows in the first column, read before any figure', () => {
    expect(OBSERVATION_COLUMNS[0]?.key).toBe('loai_so_lieu');
    expect(INDICATOR_COLUMNS[0]?.key).toBe('loai_so_lieu');
  });
});

describe('INDICATOR_COLUMNS', () => {
  it('gives the latest figure and the status', () => {
    expect(toRecords(INDICATOR_COLUMNS, items)[0]).toMatchObject({
      indicator_id: '1.1',
      latest_period: 2028,
      latest_value: 62.5,
      status: 'on-track',
      responsible: 'a;b',
    });
  });
  it('has a description for every column', () => {
    for (const column of [...INDICATOR_COLUMNS, ...OBSERVATION_COLUMNS]) expect(column.description.length).toBeGreaterThan(5);
  });
});
