import { describe, expect, it } from 'vitest';
import { groupByScope, groupByTopic, orderForNeed, sourceHosts } from './services.ts';

const line = (cost: string, hours: unknown = '24/7') => ({ kind: 'dien-thoai', cost, hours });
const office = { weekly: [{ days: ['t2'], from: '08:00', to: '17:00' }], publicHolidays: 'nghi' };
const police = { id: '113', topics: ['khan-cap', 'bao-luc-gia-dinh', 'mua-ban-nguoi'], scope: 'quoc-gia', order: 1, contacts: [line('mien-phi')] };
const child = { id: '111', topics: ['mua-ban-nguoi', 'xam-hai-tre-em'], scope: 'quoc-gia', order: 2, contacts: [line('mien-phi')] };
const shelter = {
  id: '1900',
  topics: ['bao-luc-gia-dinh', 'mua-ban-nguoi'],
  scope: 'quoc-gia',
  confidence: 'trung-binh',
  order: 20,
  contacts: [line('nguoi-goi-tra-cuoc')],
};
const legal = { id: '1800', topics: ['tro-giup-phap-ly', 'bao-luc-gia-dinh'], scope: 'quoc-gia', order: 10, contacts: [line('mien-phi', office)] };
const unsure = { id: 'medium-free', topics: ['bao-luc-gia-dinh'], scope: 'quoc-gia', confidence: 'trung-binh', order: 0, contacts: [line('mien-phi')] };
const ward = { id: 'ubnd', topics: ['bao-luc-gia-dinh'], scope: 'phuong', contacts: [] };
const ids = (list: { id: string }[]) => list.map((s) => s.id);

describe('orderForNeed', () => {
  it('puts the emergency line first, then free lines, then charged ones, whatever the staff order', () => {
    expect(ids(orderForNeed([shelter, legal, police], 'bao-luc-gia-dinh'))).toEqual(['113', '1800', '1900']);
    expect(ids(orderForNeed([shelter, child, police], 'mua-ban-nguoi'))).toEqual(['113', '111', '1900']);
  });

  it('among free lines, puts high confidence before medium and 24/7 before office hours', () => {
    expect(ids(orderForNeed([legal, unsure, shelter], 'bao-luc-gia-dinh'))).toEqual(['1800', 'medium-free', '1900']);
    const legal247 = { ...legal, id: '1800-24', contacts: [line('mien-phi')], order: 50 };
    expect(ids(orderForNeed([legal, legal247], 'tro-giup-phap-ly'))).toEqual(['1800-24', '1800']);
  });

  it('without a need, orders the whole directory by cost, confidence, hours and the staff order', () => {
    expect(ids(orderForNeed([shelter, legal, child, police], null))).toEqual(['113', '111', '1800', '1900']);
  });
});

describe('groupByTopic', () => {
  it('keeps topic order, lists a service under each of its needs and drops empty needs', () => {
    const groups = groupByTopic([police, child, ward], ['khan-cap', 'y-te', 'bao-luc-gia-dinh', 'mua-ban-nguoi']);
    expect(groups.map((g) => [g.topic, ids(g.services)])).toEqual([
      ['khan-cap', ['113']],
      ['bao-luc-gia-dinh', ['113', 'ubnd']],
      ['mua-ban-nguoi', ['113', '111']],
    ]);
  });
});

describe('groupByScope', () => {
  it('keeps every scope and counts the drafts waiting in an empty one', () => {
    const drafts = [
      { topics: ['bao-luc-gia-dinh'], scope: 'phuong' },
      { topics: ['y-te'], scope: 'phuong' },
    ];
    expect(groupByScope([police, child], ['quoc-gia', 'thanh-pho', 'phuong'], drafts).map((g) => [g.scope, g.services.length, g.pending])).toEqual([
      ['quoc-gia', 2, 0],
      ['thanh-pho', 0, 0],
      ['phuong', 0, 2],
    ]);
  });

  it('keeps only the need asked for', () => {
    const drafts = [{ topics: ['y-te'], scope: 'phuong' }];
    expect(groupByScope([police, child], ['quoc-gia', 'phuong'], drafts, 'xam-hai-tre-em').map((g) => [g.scope, ids(g.services), g.pending])).toEqual([
      ['quoc-gia', ['111'], 0],
      ['phuong', [], 0],
    ]);
  });
});

describe('sourceHosts', () => {
  it('names each site once, without www', () =>
    expect(sourceHosts(['https://www.thoidai.com.vn/a', 'https://baoquocte.vn/b', 'https://thoidai.com.vn/c'])).toBe('thoidai.com.vn, baoquocte.vn'));
});
