import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../../schemas/indicator.ts';
import { downloadPaths } from './downloads.ts';
import { indicatorsProgress } from './series.ts';

const indicator = (id: string): Indicator => ({
  id,
  objective: 1,
  label: 'Chỉ tiêu',
  statement: 's',
  shortName: 's',
  kind: 'quantitative',
  unit: '%',
  target: { value: 75, comparator: 'gte', year: 2030, text: '75%' },
  range: null,
  baseline: null,
  responsible: [],
});
const items = indicatorsProgress([indicator('1.1'), indicator('3.2a')], [], 2030);

describe('downloadPaths', () => {
  it.each([
    ['', 'csv', ['so-lieu', 'chi-tieu']],
    ['', 'json', ['so-lieu', 'chi-tieu']],
    ['chi-tieu/', 'csv', ['1.1', '3.2a']],
    ['chi-tieu/', 'json', ['1.1', '3.2a']],
  ] as const)('folder "%s", .%s → %o', (folder, extension, names) => {
    expect(downloadPaths(items, folder, extension).map((p) => p.params.name)).toEqual(names);
  });

  it('gives CSV bodies a byte order mark and JSON bodies valid JSON', () => {
    expect(downloadPaths(items, 'chi-tieu/', 'csv')[0]?.props.body.startsWith('\uFEFF')).toBe(true);
    expect(JSON.parse(downloadPaths(items, 'chi-tieu/', 'json')[0]?.props.body ?? '')).toMatchObject({ status: 'insufficient-data', rows: [] });
  });
});
