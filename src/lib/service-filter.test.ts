import { describe, expect, it } from 'vitest';
import { filterFromSearch, matchesFilter, searchFromFilter, type FilterState } from './service-filter.ts';

const needs = ['mua-ban-nguoi', 'bao-luc-gia-dinh'];
const scopes = ['quoc-gia', 'phuong'];

describe('filterFromSearch', () => {
  it.each([
    ['', { need: null, scope: null }],
    ['?nhu-cau=mua-ban-nguoi', { need: 'mua-ban-nguoi', scope: null }],
    ['?pham-vi=phuong&nhu-cau=bao-luc-gia-dinh', { need: 'bao-luc-gia-dinh', scope: 'phuong' }],
    ['?nhu-cau=khong-co&pham-vi=quoc-gia', { need: null, scope: 'quoc-gia' }],
    ['?utm=x', { need: null, scope: null }],
  ])('%j → %j', (search, state) => expect(filterFromSearch(search, needs, scopes)).toEqual(state));
});

describe('searchFromFilter', () => {
  it.each([
    [{ need: null, scope: null }, '', ''],
    [{ need: 'mua-ban-nguoi', scope: null }, '', '?nhu-cau=mua-ban-nguoi'],
    [{ need: 'mua-ban-nguoi', scope: 'phuong' }, '', '?nhu-cau=mua-ban-nguoi&pham-vi=phuong'],
    [{ need: null, scope: null }, '?nhu-cau=mua-ban-nguoi&pham-vi=phuong', ''],
    [{ need: null, scope: 'quoc-gia' }, '?a=1&nhu-cau=x', '?a=1&pham-vi=quoc-gia'],
  ] as [FilterState, string, string][])('%j over %j → %j', (state, current, search) => expect(searchFromFilter(state, current)).toBe(search));

  it.each([
    { need: 'bao-luc-gia-dinh', scope: 'quoc-gia' },
    { need: null, scope: 'phuong' },
    { need: 'mua-ban-nguoi', scope: null },
  ] as FilterState[])('round-trips %j', (state) => expect(filterFromSearch(searchFromFilter(state), needs, scopes)).toEqual(state));
});

describe('matchesFilter', () => {
  it.each([
    [{ need: null, scope: null }, true],
    [{ need: 'mua-ban-nguoi', scope: null }, true],
    [{ need: 'bao-luc-gia-dinh', scope: null }, false],
    [{ need: 'mua-ban-nguoi', scope: 'quoc-gia' }, true],
    [{ need: 'mua-ban-nguoi', scope: 'phuong' }, false],
  ] as [FilterState, boolean][])('%j → %s for a national trafficking line', (state, shown) => {
    expect(matchesFilter(state, ['mua-ban-nguoi', 'xam-hai-tre-em'], 'quoc-gia')).toBe(shown);
  });
});
